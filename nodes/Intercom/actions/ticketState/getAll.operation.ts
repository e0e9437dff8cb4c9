import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit, simplify } from '../../descriptions/common.description';
import { booleanParameter, limitOf, optionalBoolean, optionalValue } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { simplifyTicketState, ticketStateTypeIds } from '../../helpers/ticket';
import { asOption, asText } from '../../helpers/values';
import { workspaceTicketStates } from '../../lookups/ticketStates';

const CATEGORIES = ['submitted', 'in_progress', 'waiting_on_customer', 'resolved'] as const;

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Category',
				name: 'category',
				type: 'options',
				options: [
					{ name: 'In Progress', value: 'in_progress' },
					{ name: 'Resolved', value: 'resolved' },
					{ name: 'Submitted', value: 'submitted' },
					{ name: 'Waiting on Customer', value: 'waiting_on_customer' },
				],
				default: 'submitted',
				description: 'Only states of this category',
			},
			{
				displayName: 'Include Archived',
				name: 'includeArchived',
				type: 'boolean',
				default: false,
				description: 'Whether to include archived states',
			},
			{
				displayName: 'Ticket Type Name or ID',
				name: 'ticketTypeId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getTicketTypes' },
				default: '',
				description:
					'Only the states of this ticket type. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
	simplify,
];

const displayOptions = { show: { resource: ['ticketState'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const limit = limitOf(this, i);
	const simple = booleanParameter(this, i, 'simple', 'Simplify', true);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const category = optionalValue('Category', filters.category, (v) => asOption(v, CATEGORIES));
	const includeArchived = optionalBoolean('Include Archived', filters.includeArchived) === true;
	const ticketTypeId = optionalValue('Ticket Type', filters.ticketTypeId, asText)?.trim();
	if (ticketTypeId !== undefined && !/^[A-Za-z0-9_-]+$/.test(ticketTypeId))
		throw new InputError('Ticket Type', `"${ticketTypeId}" is not a valid Intercom ID`);
	// One answer holds every state: filtered here, then cut to the Limit.
	const states = (await workspaceTicketStates(this)).filter((state) => {
		if (!includeArchived && state.archived === true) return false;
		if (category !== undefined && state.category !== category) return false;
		if (ticketTypeId !== undefined) {
			const typeIds = ticketStateTypeIds(state);
			if (typeIds && !typeIds.includes(ticketTypeId)) return false;
		}
		return true;
	});
	const kept = limit === undefined ? states : states.slice(0, limit);
	return simple ? kept.map(simplifyTicketState) : kept;
}
