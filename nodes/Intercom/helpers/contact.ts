import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { CustomAttributePair } from './input';
import { customAttributesFrom, inputError, optionalBoolean, optionalText, optionalUnixSeconds, optionalValue } from './input';
import { asEmail, asOption } from './values';

/** Text fields of the node → Intercom's body keys and the fields' labels. */
const TEXT_FIELDS: Array<[string, string, string]> = [
	['externalId', 'external_id', 'External ID'],
	['phone', 'phone', 'Phone'],
	['name', 'name', 'Name'],
	['avatar', 'avatar', 'Avatar URL'],
];

/** True/false fields of the node → Intercom's body keys and the fields' labels. */
const BOOLEAN_FIELDS: Array<[string, string, string]> = [
	['emailVerified', 'email_verified', 'Email Verified'],
	['unsubscribedFromEmails', 'unsubscribed_from_emails', 'Unsubscribed From Emails'],
];

const ROLES = ['user', 'lead'] as const;

/** Builds the create/update contact body from the node's fields of item `i`. */
export function buildContactBody(ctx: IExecuteFunctions, itemIndex: number, fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	const role = optionalValue(ctx, itemIndex, 'Role', fields.role, (v) => asOption(v, ROLES));
	if (role !== undefined) body.role = role;
	const email = optionalValue(ctx, itemIndex, 'Email', fields.email, asEmail);
	if (email !== undefined) body.email = email;
	for (const [key, apiKey, label] of BOOLEAN_FIELDS) {
		const value = optionalBoolean(ctx, itemIndex, label, fields[key]);
		if (value !== undefined) body[apiKey] = value;
	}
	for (const [key, apiKey, label] of TEXT_FIELDS) {
		const value = optionalText(ctx, itemIndex, label, fields[key]);
		if (value !== undefined) body[apiKey] = value;
	}
	const ownerId = optionalText(ctx, itemIndex, 'Owner', fields.ownerId);
	if (ownerId !== undefined) {
		if (!/^\d+$/.test(ownerId)) throw inputError(ctx, itemIndex, 'Owner', `"${ownerId}" is not an admin ID`);
		body.owner_id = ownerId;
	}
	if (body.email_verified !== undefined && !body.email) {
		throw inputError(ctx, itemIndex, 'Email Verified', 'needs an Email in the same request');
	}
	const signedUpAt = optionalUnixSeconds(ctx, itemIndex, 'Signed Up At', fields.signedUpAt);
	if (signedUpAt !== undefined) body.signed_up_at = signedUpAt;
	const lastSeenAt = optionalUnixSeconds(ctx, itemIndex, 'Last Seen At', fields.lastSeenAt);
	if (lastSeenAt !== undefined) body.last_seen_at = lastSeenAt;
	const pairs = (fields.customAttributesUi as { attribute?: CustomAttributePair[] } | undefined)?.attribute;
	const customAttributes = customAttributesFrom(ctx, itemIndex, pairs, fields.customAttributesJson);
	if (customAttributes) body.custom_attributes = customAttributes;
	return body;
}
