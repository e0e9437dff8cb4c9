import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contactRlc, subscriptionTypeField } from '../../descriptions/rlc.description';
import { requiredId, requiredString } from '../../helpers/input';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	contactRlc,
	subscriptionTypeField,
];

const displayOptions = { show: { resource: ['contact'], operation: ['removeSubscription'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const contactId = requiredId(this, i, 'contactId', 'Contact');
	const subscriptionId = requiredString(this, i, 'subscriptionTypeId', 'Subscription Type');
	return await intercomApiRequest.call(
		this,
		'DELETE',
		`/contacts/${encodeURIComponent(contactId)}/subscriptions/${encodeURIComponent(subscriptionId)}`,
	);
}
