import type { IExecuteFunctions } from 'n8n-workflow';

import { optionParameter, requiredId, requiredString } from '../helpers/input';
import { InputError } from '../helpers/inputError';
import { apiPath, unsafeSegmentReason } from '../transport/path';

/*
 * Parameters read into request paths. They follow the transport's path rules, so they live with
 * the operations: helpers/ does not depend on transport/.
 */

/**
 * A required free-form value that goes into a path as one segment (an external ID): any text,
 * sent percent-encoded, but never empty or a dot segment.
 */
export function requiredPathValue(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	field: string,
): string {
	const value = requiredString(ctx, itemIndex, parameter, field);
	const reason = unsafeSegmentReason(value);
	if (reason) throw new InputError(field, `"${value}" ${reason}`);
	return value;
}

/** `/contacts/{id}/notes` or `/companies/{id}/notes` for item `i`. */
export function notesEndpoint(ctx: IExecuteFunctions, itemIndex: number): string {
	const owner = optionParameter(
		ctx,
		itemIndex,
		'noteOwner',
		'Notes Of',
		['contact', 'company'],
		'contact',
	);
	return owner === 'company'
		? apiPath`/companies/${requiredId(ctx, itemIndex, 'companyId', 'Company')}/notes`
		: apiPath`/contacts/${requiredId(ctx, itemIndex, 'contactId', 'Contact')}/notes`;
}
