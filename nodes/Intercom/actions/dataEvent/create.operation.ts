import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { eventContactFields } from '../../descriptions/dataEvent.description';
import { eventContact, eventMetadata, MAX_EVENT_METADATA } from '../../helpers/dataEvent';
import { optionalUnixSeconds, requiredString } from '../../helpers/input';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Event Name',
		name: 'eventName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. invited-friend',
		description: 'The event name. Intercom advises past-tense verb-noun names.',
	},
	{
		displayName: 'Created At',
		name: 'createdAt',
		type: 'dateTime',
		default: '',
		description: 'When the event happened. A date, or Unix seconds by expression. Empty means now.',
	},
	...eventContactFields,
	{
		displayName: 'Metadata',
		name: 'metadataUi',
		type: 'fixedCollection',
		placeholder: 'Add Metadata',
		typeOptions: { multipleValues: true },
		default: {},
		description: `Up to ${MAX_EVENT_METADATA} key/value pairs about the event`,
		options: [
			{
				displayName: 'Pair',
				name: 'pair',
				values: [
					{ displayName: 'Key', name: 'key', type: 'string', default: '' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
];

const displayOptions = { show: { resource: ['dataEvent'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

const IDENTIFIER_KEYS = { id: 'id', userId: 'user_id', email: 'email' } as const;

/** POST /events. Intercom answers 202 without a body, so the output is what was sent. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const eventName = requiredString(this, i, 'eventName', 'Event Name');
	const createdAt =
		optionalUnixSeconds(
			'Created At',
			this.getNodeParameter('createdAt', i, ''),
			this.getTimezone(),
		) ?? Math.floor(Date.now() / 1000);
	const contact = eventContact(this, i);
	const body: IDataObject = {
		event_name: eventName,
		created_at: createdAt,
		[IDENTIFIER_KEYS[contact.kind]]: contact.value,
	};
	const pairs = (
		this.getNodeParameter('metadataUi', i, {}) as {
			pair?: Array<{ key?: unknown; value?: unknown }>;
		}
	).pair;
	const metadata = eventMetadata(pairs);
	if (metadata) body.metadata = metadata;
	// Intercom answers 202 with no body.
	await intercomApiRequest.call(this, 'POST', '/events', body, undefined, {
		expect: 'objectOrEmpty',
	});
	return { success: true, ...body };
}
