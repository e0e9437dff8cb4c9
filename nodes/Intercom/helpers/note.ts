import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath } from '../transport/path';
import { optionParameter, requiredId } from './input';

/** `/contacts/{id}/notes` or `/companies/{id}/notes` for item `i`. */
export function notesEndpoint(ctx: IExecuteFunctions, itemIndex: number): string {
	const owner = optionParameter(ctx, itemIndex, 'noteOwner', 'Notes Of', ['contact', 'company'], 'contact');
	return owner === 'company'
		? apiPath`/companies/${requiredId(ctx, itemIndex, 'companyId', 'Company')}/notes`
		: apiPath`/contacts/${requiredId(ctx, itemIndex, 'contactId', 'Contact')}/notes`;
}
