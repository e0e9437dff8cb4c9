import type { IDataObject } from 'n8n-workflow';

import type { CustomAttributePair } from './input';
import {
	customAttributesFrom,
	optionalBoolean,
	optionalText,
	optionalUnixSeconds,
	optionalValue,
} from './input';
import { InputError } from './inputError';
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

/** Builds the create/update contact body from the node's fields (dates read in `timeZone`). */
export function buildContactBody(fields: IDataObject, timeZone: string): IDataObject {
	const body: IDataObject = {};
	const role = optionalValue('Role', fields.role, (v) => asOption(v, ROLES));
	if (role !== undefined) body.role = role;
	const email = optionalValue('Email', fields.email, asEmail);
	if (email !== undefined) body.email = email;
	for (const [key, apiKey, label] of BOOLEAN_FIELDS) {
		const value = optionalBoolean(label, fields[key]);
		if (value !== undefined) body[apiKey] = value;
	}
	for (const [key, apiKey, label] of TEXT_FIELDS) {
		const value = optionalText(label, fields[key]);
		if (value !== undefined) body[apiKey] = value;
	}
	const ownerId = optionalText('Owner', fields.ownerId);
	if (ownerId !== undefined) {
		if (!/^\d+$/.test(ownerId)) throw new InputError('Owner', `"${ownerId}" is not an admin ID`);
		body.owner_id = ownerId;
	}
	if (body.email_verified !== undefined && !body.email) {
		throw new InputError('Email Verified', 'needs an Email in the same request');
	}
	const signedUpAt = optionalUnixSeconds('Signed Up At', fields.signedUpAt, timeZone);
	if (signedUpAt !== undefined) body.signed_up_at = signedUpAt;
	const lastSeenAt = optionalUnixSeconds('Last Seen At', fields.lastSeenAt, timeZone);
	if (lastSeenAt !== undefined) body.last_seen_at = lastSeenAt;
	const pairs = (fields.customAttributesUi as { attribute?: CustomAttributePair[] } | undefined)
		?.attribute;
	const customAttributes = customAttributesFrom(pairs, fields.customAttributesJson, timeZone);
	if (customAttributes) body.custom_attributes = customAttributes;
	return body;
}
