import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError, optionalText } from './input';

/** A list attribute's options from the node's value list: at least two, none empty or repeated. */
export function listOptionsFrom(
	ctx: IExecuteFunctions,
	itemIndex: number,
	values: Array<{ value?: unknown }> | undefined,
): Array<{ value: string }> {
	const options = (values ?? []).map((option) => optionalText(ctx, itemIndex, 'List Options', option.value) ?? '');
	if (options.some((value) => !value)) throw inputError(ctx, itemIndex, 'List Options', 'an option is empty');
	const repeated = options.find((value, index) => options.indexOf(value) !== index);
	if (repeated !== undefined) throw inputError(ctx, itemIndex, 'List Options', `"${repeated}" is given twice`);
	if (options.length < 2) {
		throw inputError(ctx, itemIndex, 'List Options', `a list attribute needs at least 2 options, got ${options.length}`);
	}
	return options.map((value) => ({ value }));
}
