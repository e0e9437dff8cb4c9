import { optionalText } from './input';
import { InputError } from './inputError';

/** A list attribute's options from the node's value list: at least two, none empty or repeated. */
export function listOptionsFrom(
	values: Array<{ value?: unknown }> | undefined,
): Array<{ value: string }> {
	const options = (values ?? []).map((option) => optionalText('List Options', option.value) ?? '');
	if (options.some((value) => !value)) throw new InputError('List Options', 'an option is empty');
	const repeated = options.find((value, index) => options.indexOf(value) !== index);
	if (repeated !== undefined) throw new InputError('List Options', `"${repeated}" is given twice`);
	if (options.length < 2) {
		throw new InputError(
			'List Options',
			`a list attribute needs at least 2 options, got ${options.length}`,
		);
	}
	return options.map((value) => ({ value }));
}
