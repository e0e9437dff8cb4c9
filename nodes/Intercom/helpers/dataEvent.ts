import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import {
	optionParameter,
	optionalText,
	readValue,
	requiredEmail,
	requiredId,
	requiredString,
} from './input';
import { InputError } from './inputError';
import { asText } from './values';

/** Intercom keeps at most this many metadata pairs on an event. */
export const MAX_EVENT_METADATA = 10;

/** The event's contact for item `i`: which identifier and its value. */
export function eventContact(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { kind: 'id' | 'userId' | 'email'; value: string } {
	const kind = optionParameter(
		ctx,
		itemIndex,
		'identifyBy',
		'Identify Contact By',
		['id', 'userId', 'email'],
		'id',
	);
	if (kind === 'userId')
		return { kind, value: requiredString(ctx, itemIndex, 'userId', 'User ID') };
	if (kind === 'email') return { kind, value: requiredEmail(ctx, itemIndex, 'email', 'Email') };
	return { kind, value: requiredId(ctx, itemIndex, 'contactId', 'Contact') };
}

/** Metadata pairs → an object of strings (numbers as their text); at most MAX_EVENT_METADATA, each with a key. */
export function eventMetadata(
	pairs: Array<{ key?: unknown; value?: unknown }> | undefined,
): IDataObject | undefined {
	const list = pairs ?? [];
	if (list.length > MAX_EVENT_METADATA) {
		throw new InputError(
			'Metadata',
			`has ${list.length} pairs; Intercom takes at most ${MAX_EVENT_METADATA} per event`,
		);
	}
	const out: IDataObject = {};
	for (const pair of list) {
		const key = optionalText('Metadata › Key', pair.key);
		if (!key) throw new InputError('Metadata', 'a pair has no key');
		if (key in out) throw new InputError(`Metadata › ${key}`, 'is given twice');
		out[key] = pair.value === undefined ? '' : readValue(`Metadata › ${key}`, pair.value, asText);
	}
	return Object.keys(out).length ? out : undefined;
}
