import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contactRlc, subscriptionTypeField } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [contactRlc, subscriptionTypeField];

const displayOptions = { show: { resource: ['contact'], operation: ['removeSubscription'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const contactId = requiredId(this, i, 'contactId', 'Contact');
	const subscriptionId = requiredId(this, i, 'subscriptionTypeId', 'Subscription Type');
	return await intercomApiRequest.call(
		this,
		'DELETE',
		apiPath`/contacts/${contactId}/subscriptions/${subscriptionId}`,
	);
}
