import type { IDataObject } from 'n8n-workflow';

/** The contact fields kept by Simplify. */
export const CONTACT_SIMPLE_FIELDS = [
	'id',
	'role',
	'external_id',
	'email',
	'phone',
	'name',
	'owner_id',
	'created_at',
	'updated_at',
	'signed_up_at',
	'last_seen_at',
	'unsubscribed_from_emails',
	'custom_attributes',
];

export function pick(data: IDataObject, keys: string[]): IDataObject {
	const out: IDataObject = {};
	for (const key of keys) if (key in data) out[key] = data[key];
	return out;
}

export function simplifyContacts(data: IDataObject[]): IDataObject[] {
	return data.map((contact) => pick(contact, CONTACT_SIMPLE_FIELDS));
}
