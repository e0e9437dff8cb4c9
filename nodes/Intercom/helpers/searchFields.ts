/**
 * How a search field's value is typed: `date` matches by calendar day (contacts: no !=, <=, >=,
 * IN, NIN), `timestamp` is a Unix time compared as a number (conversations, tickets).
 */
export type FieldKind = 'string' | 'date' | 'timestamp' | 'boolean' | 'integer' | 'tag';

/** A field the search filter builder offers: its label, Intercom's field name and its kind. */
export interface SearchFieldDef {
	name: string;
	value: string;
	kind: FieldKind;
}
