import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contactRlc, subscriptionTypeField } from '../../descriptions/rlc.description';
import { optionParameter, requiredId, requiredString } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	contactRlc,
	subscriptionTypeField,
	{
		displayName: 'Consent',
		name: 'consentType',
		type: 'options',
		options: [
			{
				name: 'Opt In',
				value: 'opt_in',
				description: 'The contact agrees to receive this type of message',
			},
			{
				name: 'Opt Out',
				value: 'opt_out',
				description: 'The contact refuses this type of message',
			},
		],
		default: 'opt_in',
	},
];

const displayOptions = { show: { resource: ['contact'], operation: ['addSubscription'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const contactId = requiredId(this, i, 'contactId', 'Contact');
	const subscriptionId = requiredString(this, i, 'subscriptionTypeId', 'Subscription Type');
	const consentType = optionParameter(
		this,
		i,
		'consentType',
		'Consent',
		['opt_in', 'opt_out'],
		'opt_in',
	);
	return await intercomApiRequest.call(
		this,
		'POST',
		apiPath`/contacts/${contactId}/subscriptions`,
		{
			id: subscriptionId,
			consent_type: consentType,
		},
	);
}
