import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { customAttributeProperties } from '../../descriptions/contact.description';
import { visitorIdentifierFields } from '../../descriptions/visitor.description';
import type { CustomAttributePair } from '../../helpers/input';
import { customAttributesFrom, optionalPlainText } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { identifierOf, identifyByOf } from '../../helpers/visitor';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	...visitorIdentifierFields(),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...customAttributeProperties('getContactCustomAttributes', true, 'Settings → Data → People'),
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				placeholder: 'e.g. Jane Doe',
			},
		],
	},
];

const displayOptions = { show: { resource: ['visitor'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const by = identifyByOf(
		'Identify Visitor By',
		this.getNodeParameter('identifyVisitorBy', i, 'userId'),
	);
	const identifier =
		by === 'id'
			? identifierOf(by, 'Visitor ID', this.getNodeParameter('visitorId', i, ''))
			: identifierOf(by, 'Visitor User ID', this.getNodeParameter('visitorUserId', i, ''));
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const body: IDataObject = {};
	const name = optionalPlainText('Name', fields.name);
	if (name !== undefined) body.name = name;
	const attributes = customAttributesFrom(
		(fields.customAttributesUi as { attribute?: CustomAttributePair[] } | undefined)?.attribute,
		fields.customAttributesJson,
		this.getTimezone(),
	);
	if (attributes) body.custom_attributes = attributes;
	if (!Object.keys(body).length)
		throw new InputError('Update Fields', 'add at least one field to change');
	return await intercomApiRequest.call(this, 'PUT', '/visitors', { ...identifier, ...body });
}
