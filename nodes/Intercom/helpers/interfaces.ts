import type { IDataObject } from 'n8n-workflow';

export interface IntercomErrorItem {
	code: string;
	message?: string | null;
	field?: string | null;
}

export interface CursorPages {
	type?: string;
	page?: number;
	per_page?: number;
	total_pages?: number;
	next?: { page?: number; starting_after?: string | null } | string | null;
}

export interface ListResponse extends IDataObject {
	type?: string;
	pages?: CursorPages;
	total_count?: number;
}

export interface SearchFilter {
	field: string;
	operator: string;
	value: string | number | boolean | null | Array<string | number>;
}

export interface SearchGroup {
	operator: 'AND' | 'OR';
	value: Array<SearchFilter | SearchGroup>;
}

export type SearchQuery = SearchFilter | SearchGroup;

export interface SearchSort {
	field: string;
	order: 'ascending' | 'descending';
}
