import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { CustomAttributePair } from './input';
import { customAttributesFrom, inputError, toUnixSeconds } from './input';

/** Field names of the node → Intercom's body keys, for the simple string/boolean fields. */
const PLAIN_FIELDS: Record<string, string> = {
	role: 'role',
	email: 'email',
	emailVerified: 'email_verified',
	externalId: 'external_id',
	phone: 'phone',
	name: 'name',
	avatar: 'avatar',
	ownerId: 'owner_id',
	unsubscribedFromEmails: 'unsubscribed_from_emails',
};

/** Builds the create/update contact body from the node's fields of item `i`. */
export function buildContactBody(ctx: IExecuteFunctions, itemIndex: number, fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [key, apiKey] of Object.entries(PLAIN_FIELDS)) {
		const value = fields[key];
		if (value === undefined || value === '') continue;
		body[apiKey] = typeof value === 'boolean' ? value : String(value).trim();
	}
	if (body.owner_id !== undefined && !/^\d+$/.test(String(body.owner_id))) {
		throw inputError(ctx, itemIndex, 'Owner', `"${String(body.owner_id)}" is not an admin ID`);
	}
	if (body.email_verified !== undefined && !body.email) {
		throw inputError(ctx, itemIndex, 'Email Verified', 'needs an Email in the same request');
	}
	if (fields.signedUpAt !== undefined && fields.signedUpAt !== '') {
		body.signed_up_at = toUnixSeconds(ctx, itemIndex, 'Signed Up At', fields.signedUpAt);
	}
	if (fields.lastSeenAt !== undefined && fields.lastSeenAt !== '') {
		body.last_seen_at = toUnixSeconds(ctx, itemIndex, 'Last Seen At', fields.lastSeenAt);
	}
	const pairs = (fields.customAttributesUi as { attribute?: CustomAttributePair[] } | undefined)?.attribute;
	const customAttributes = customAttributesFrom(ctx, itemIndex, pairs, fields.customAttributesJson);
	if (customAttributes) body.custom_attributes = customAttributes;
	return body;
}
