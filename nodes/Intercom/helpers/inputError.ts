/**
 * Bad input, found before any request is sent: the field as the user sees it and what is wrong
 * with it. Helpers throw it without knowing the item; the node's execute() turns it into a
 * NodeOperationError naming the field and the item ("Email: … (item 2)").
 */
export class InputError extends Error {
	constructor(
		readonly field: string,
		readonly problem: string,
		readonly options: { description?: string } = {},
	) {
		super(`${field}: ${problem}`);
		this.name = 'InputError';
	}
}

/** `value` when it is a number from `min` to `max`; else an InputError naming the field. */
export function numberInRange(
	value: unknown,
	field: string,
	{ min, max }: { min: number; max: number },
): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max) {
		throw new InputError(field, `must be between ${min} and ${max}, not ${String(value)}`);
	}
	return n;
}
