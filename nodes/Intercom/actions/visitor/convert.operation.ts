import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contactLocator } from '../../descriptions/rlc.description';
import { visitorIdentifierFields } from '../../descriptions/visitor.description';
import { optionParameter, optionalValue, requiredId, requiredString } from '../../helpers/input';
import { asEmail } from '../../helpers/values';
import { convertBody, identifierOf, identifyByOf } from '../../helpers/visitor';
import { intercomApiRequest } from '../../transport';

const showForUser = { convertTo: ['user'] };

const properties: INodeProperties[] = [
	...visitorIdentifierFields(),
	{
		displayName: 'Convert To',
		name: 'convertTo',
		type: 'options',
		options: [
			{ name: 'Lead', value: 'lead', description: 'The visitor becomes a lead' },
			{
				name: 'User',
				value: 'user',
				description:
					'The visitor is merged into an existing user, or becomes a new user with the identifiers given',
			},
		],
		default: 'user',
	},
	{
		displayName: 'Identify User By',
		name: 'identifyUserBy',
		type: 'options',
		options: [
			{
				name: 'User ID',
				value: 'userId',
				description:
					'Your own ID for the user (its External ID): a user that has it takes the visitor in, else the visitor becomes a user with it',
			},
			{
				name: 'Contact',
				value: 'id',
				description: 'An existing user, picked or given by Intercom ID, that takes the visitor in',
			},
		],
		default: 'userId',
		displayOptions: { show: showForUser },
	},
	{
		displayName: 'User ID',
		name: 'userUserId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. u-1001',
		description: 'Your own ID for the user, kept as its External ID',
		displayOptions: { show: { ...showForUser, identifyUserBy: ['userId'] } },
	},
	{
		...contactLocator('userContactId', 'User', 'The existing user the visitor is merged into'),
		displayOptions: { show: { ...showForUser, identifyUserBy: ['id'] } },
	},
	{
		displayName: 'User Email',
		name: 'userEmail',
		type: 'string',
		default: '',
		placeholder: 'e.g. name@example.com',
		description:
			'The user’s email. Optional: a visitor’s email is kept by default when it becomes a new user.',
		displayOptions: { show: showForUser },
	},
];

const displayOptions = { show: { resource: ['visitor'], operation: ['convert'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Intercom answers the contact (the lead or user) the visitor became or was merged into. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const by = identifyByOf(
		'Identify Visitor By',
		this.getNodeParameter('identifyVisitorBy', i, 'userId'),
	);
	const visitor =
		by === 'id'
			? identifierOf(by, 'Visitor ID', this.getNodeParameter('visitorId', i, ''))
			: identifierOf(by, 'Visitor User ID', this.getNodeParameter('visitorUserId', i, ''));
	const type = optionParameter(this, i, 'convertTo', 'Convert To', ['lead', 'user'], 'user');
	let user: IDataObject | undefined;
	if (type === 'user') {
		const userBy = optionParameter(
			this,
			i,
			'identifyUserBy',
			'Identify User By',
			['userId', 'id'],
			'userId',
		);
		user =
			userBy === 'id'
				? { id: requiredId(this, i, 'userContactId', 'User') }
				: { user_id: requiredString(this, i, 'userUserId', 'User ID') };
		const email = optionalValue('User Email', this.getNodeParameter('userEmail', i, ''), asEmail);
		if (email !== undefined) user.email = email;
	}
	return await intercomApiRequest.call(
		this,
		'POST',
		'/visitors/convert',
		convertBody(visitor, type, user),
	);
}
