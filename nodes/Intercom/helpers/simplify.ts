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

/** The company fields kept by Simplify; plan and tags are flattened to names. */
export const COMPANY_SIMPLE_FIELDS = [
	'id',
	'company_id',
	'name',
	'website',
	'industry',
	'size',
	'monthly_spend',
	'user_count',
	'session_count',
	'created_at',
	'updated_at',
	'remote_created_at',
	'last_request_at',
	'custom_attributes',
];

export function simplifyCompanies(data: IDataObject[]): IDataObject[] {
	return data.map((company) => {
		const out = pick(company, COMPANY_SIMPLE_FIELDS);
		const plan = company.plan as IDataObject | undefined;
		if (plan && typeof plan === 'object' && 'name' in plan) out.plan = plan.name;
		const tags = (company.tags as IDataObject | undefined)?.tags;
		if (Array.isArray(tags)) out.tags = (tags as IDataObject[]).map((tag) => tag.name);
		return out;
	});
}
