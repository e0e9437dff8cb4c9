import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';

import { InputError } from './inputError';

/**
 * The binary data of input item `i` in field `name`, through n8n's own lookup (so the workflow's
 * binary mode is respected); refused, naming `field` (the parameter the user filled in) and the
 * item's binary fields, when it has none of that name.
 */
export function inputBinaryOf(
	ctx: IExecuteFunctions,
	i: number,
	name: string,
	field: string,
): IBinaryData {
	let data: IBinaryData | undefined;
	try {
		data = ctx.helpers.assertBinaryData(i, name);
	} catch {
		// n8n's message names neither the parameter nor the field as the user sees it.
		data = undefined;
	}
	if (data !== undefined) return data;
	const present = Object.keys(ctx.getInputData()[i]?.binary ?? {});
	throw new InputError(field, `the input item has no binary field "${name}"`, {
		description: present.length
			? `Its binary fields: ${present.join(', ')}.`
			: 'The input item has no file: make sure the previous node outputs one.',
	});
}
