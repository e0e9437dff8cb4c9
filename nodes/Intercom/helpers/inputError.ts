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
