import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplify } from '../../descriptions/common.description';
import {
	searchFilterProperties,
	ticketFilterTexts,
	ticketSearchFields,
} from '../../descriptions/filter.description';
import { booleanParameter, limitOf } from '../../helpers/input';
import { searchBodyFrom } from '../../helpers/searchParameters';
import { simplifyTickets } from '../../helpers/simplify';
import { listBySearchCursor } from '../../transport';

const properties: INodeProperties[] = [
	...searchFilterProperties(
		ticketSearchFields,
		JSON.stringify(
			{
				operator: 'AND',
				value: [
					{ field: 'open', operator: '=', value: true },
					{ field: 'category', operator: '=', value: 'request' },
				],
			},
			null,
			2,
		),
		ticketFilterTexts,
	),
	...returnAllOrLimit,
	simplify,
];

const displayOptions = { show: { resource: ['ticket'], operation: ['search'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const body = searchBodyFrom(this, i, ticketSearchFields, {
		customPrefix: 'ticket_attribute',
		sortable: false,
	});
	const tickets = await listBySearchCursor.call(this, {
		path: '/tickets/search',
		itemsKey: 'tickets',
		body,
		limit: limitOf(this, i),
	});
	return simple ? simplifyTickets(tickets) : tickets;
}
