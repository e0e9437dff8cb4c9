import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { CustomAttributePair } from './input';
import { customAttributesFrom, inputError, requiredId, requiredString, toUnixSeconds } from './input';

/** Text fields whose node name is Intercom's body key. */
const STRING_FIELDS = ['name', 'plan', 'website', 'industry'];

/** Whole-number fields: Intercom's body key, the field's label, and Intercom's maximum where it states one. */
const WHOLE_NUMBER_FIELDS: Record<string, [string, string, number?]> = {
	size: ['size', 'Size'],
	monthlySpend: ['monthly_spend', 'Monthly Spend', 2 ** 31 - 1],
};

/** Builds the create-or-update / update company body from the node's fields of item `i`. */
export function buildCompanyBody(ctx: IExecuteFunctions, itemIndex: number, fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const key of STRING_FIELDS) {
		const value = fields[key];
		if (value === undefined || value === null || String(value).trim() === '') continue;
		body[key] = String(value).trim();
	}
	for (const [key, [apiKey, label, max]] of Object.entries(WHOLE_NUMBER_FIELDS)) {
		const value = fields[key];
		if (value === undefined || value === null || value === '') continue;
		const n = typeof value === 'number' ? value : Number(String(value).trim());
		if (!Number.isInteger(n) || n < 0) {
			throw inputError(ctx, itemIndex, label, `"${String(value)}" is not a whole number of 0 or more`);
		}
		if (max !== undefined && n > max) throw inputError(ctx, itemIndex, label, `${n} is over Intercom’s maximum of ${max}`);
		body[apiKey] = n;
	}
	if (fields.remoteCreatedAt !== undefined && fields.remoteCreatedAt !== '') {
		body.remote_created_at = toUnixSeconds(ctx, itemIndex, 'Remote Created At', fields.remoteCreatedAt);
	}
	const pairs = (fields.customAttributesUi as { attribute?: CustomAttributePair[] } | undefined)?.attribute;
	const customAttributes = customAttributesFrom(ctx, itemIndex, pairs, fields.customAttributesJson);
	if (customAttributes) body.custom_attributes = customAttributes;
	return body;
}

/**
 * Tags or untags the company of item `i` through POST /tags, which takes the tag by name (a new
 * name creates the tag when tagging) and `untag: true` on the company to remove it.
 */
export function companyTagBody(ctx: IExecuteFunctions, itemIndex: number, untag: boolean): IDataObject {
	const companyId = requiredId(ctx, itemIndex, 'companyId', 'Company');
	const tagName = requiredString(ctx, itemIndex, 'tagName', 'Tag');
	return { name: tagName, companies: [untag ? { id: companyId, untag: true } : { id: companyId }] };
}
