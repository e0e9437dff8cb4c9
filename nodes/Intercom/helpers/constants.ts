/** Largest `per_page` Intercom accepts for cursor lists and searches. */
export const MAX_CURSOR_PAGE_SIZE = 150;

/** Largest `per_page` used for page-numbered lists (Intercom states none; n8n core uses 60). */
export const MAX_NUMBERED_PAGE_SIZE = 60;

/** Intercom's search limits: filters per AND/OR group and nesting depth. */
export const SEARCH_MAX_FILTERS_PER_GROUP = 15;
export const SEARCH_MAX_NESTING = 2;
