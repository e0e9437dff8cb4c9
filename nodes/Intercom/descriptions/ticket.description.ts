import type { INodeProperties } from 'n8n-workflow';

export const ticketStateField: INodeProperties = {
	displayName: 'Ticket State Name or ID',
	name: 'ticketStateId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTicketStates' },
	default: '',
	description:
		'The state to put the ticket in; it must belong to the ticket’s type. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** A ticket type's attributes as name/value pairs (names from the chosen type) and as JSON. */
export const ticketAttributeFields: INodeProperties[] = [
	{
		displayName: 'Ticket Attributes',
		name: 'ticketAttributesUi',
		type: 'fixedCollection',
		placeholder: 'Add Attribute',
		typeOptions: { multipleValues: true },
		default: {},
		description:
			'Attributes of the ticket type. Title and description are _default_title_ and _default_description_.',
		options: [
			{
				displayName: 'Attribute',
				name: 'attribute',
				values: [
					{
						displayName: 'Name or ID',
						name: 'name',
						type: 'options',
						typeOptions: {
							loadOptionsMethod: 'getTicketTypeAttributes',
							loadOptionsDependsOn: ['ticketTypeId'],
						},
						default: '',
						description:
							'An attribute of the chosen ticket type. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'Numbers, true/false and dates are converted to the attribute’s type',
					},
				],
			},
		],
	},
	{
		displayName: 'Ticket Attributes (JSON)',
		name: 'ticketAttributesJson',
		type: 'json',
		default: '{}',
		description:
			'Attributes as a JSON object, e.g. {"_default_title_": "Refund", "order_number": 1042}. Merged over the pairs above.',
	},
];
