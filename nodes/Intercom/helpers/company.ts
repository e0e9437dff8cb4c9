import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { CustomAttributePair } from './input';
import {
	customAttributesFrom,
	optionalText,
	optionalUnixSeconds,
	optionalValue,
	requiredId,
	requiredString,
} from './input';
import { InputError } from './inputError';
import { asNumber } from './values';

/** Text fields whose node name is Intercom's body key, with the fields' labels. */
const TEXT_FIELDS: Record<string, string> = {
	name: 'Name',
	plan: 'Plan',
	website: 'Website',
	industry: 'Industry',
};

/** Whole-number fields: Intercom's body key, the field's label, and Intercom's maximum where it states one. */
const WHOLE_NUMBER_FIELDS: Record<string, [string, string, number?]> = {
	size: ['size', 'Size'],
	monthlySpend: ['monthly_spend', 'Monthly Spend', 2 ** 31 - 1],
};

/** Builds the create-or-update / update company body from the node's fields (dates read in `timeZone`). */
export function buildCompanyBody(fields: IDataObject, timeZone: string): IDataObject {
	const body: IDataObject = {};
	for (const [key, label] of Object.entries(TEXT_FIELDS)) {
		const value = optionalText(label, fields[key]);
		if (value) body[key] = value;
	}
	for (const [key, [apiKey, label, max]] of Object.entries(WHOLE_NUMBER_FIELDS)) {
		const n = optionalValue(label, fields[key], (v) => asNumber(v, { integer: true, min: 0 }));
		if (n === undefined) continue;
		if (max !== undefined && n > max)
			throw new InputError(label, `${n} is over Intercom’s maximum of ${max}`);
		body[apiKey] = n;
	}
	const remoteCreatedAt = optionalUnixSeconds(
		'Remote Created At',
		fields.remoteCreatedAt,
		timeZone,
	);
	if (remoteCreatedAt !== undefined) body.remote_created_at = remoteCreatedAt;
	const pairs = (fields.customAttributesUi as { attribute?: CustomAttributePair[] } | undefined)
		?.attribute;
	const customAttributes = customAttributesFrom(pairs, fields.customAttributesJson, timeZone);
	if (customAttributes) body.custom_attributes = customAttributes;
	return body;
}

/**
 * Tags or untags the company of item `i` through POST /tags, which takes the tag by name (a new
 * name creates the tag when tagging) and `untag: true` on the company to remove it.
 */
export function companyTagBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	untag: boolean,
): IDataObject {
	const companyId = requiredId(ctx, itemIndex, 'companyId', 'Company');
	const tagName = requiredString(ctx, itemIndex, 'tagName', 'Tag');
	return { name: tagName, companies: [untag ? { id: companyId, untag: true } : { id: companyId }] };
}
