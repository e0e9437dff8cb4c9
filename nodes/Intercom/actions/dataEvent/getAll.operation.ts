import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../descriptions/common.description';
import { eventContactFields } from '../../descriptions/dataEvent.description';
import { eventContact } from '../../helpers/dataEvent';
import { limitOf, optionalBoolean } from '../../helpers/input';
import { listByPagesNext } from '../../transport';

const properties: INodeProperties[] = [
	...eventContactFields,
	...returnAllOrLimit,
	optionsCollection([
		{
			displayName: 'Summary',
			name: 'summary',
			type: 'boolean',
			default: false,
			description:
				'Whether to return a summary per event name (count, first, last) instead of the events',
		},
	]),
];

const displayOptions = { show: { resource: ['dataEvent'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

const FILTER_KEYS = { id: 'intercom_user_id', userId: 'user_id', email: 'email' } as const;

/** GET /events?type=user with one identifier: the contact's events of the last 90 days. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const contact = eventContact(this, i);
	const qs: IDataObject = { type: 'user', [FILTER_KEYS[contact.kind]]: contact.value };
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	if (optionalBoolean('Summary', options.summary)) qs.summary = true;
	return await listByPagesNext.call(this, {
		path: '/events',
		itemsKey: 'events',
		limit: limitOf(this, i),
		query: qs,
	});
}
