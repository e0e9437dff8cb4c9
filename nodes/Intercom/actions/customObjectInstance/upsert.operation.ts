import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	customObjectTypeField,
	instanceAdditionalFields,
	instanceAttributesField,
} from '../../descriptions/customObject.description';
import {
	customObjectInstanceBody,
	customObjectTypeOf,
	optionalInstanceExternalId,
} from '../../helpers/customObject';
import type { CustomAttributePair } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	customObjectTypeField,
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		placeholder: 'e.g. ORDER-12345',
		description:
			'The instance’s ID in your own system. Intercom updates the instance of this type that has it, or creates one; left empty, every run creates a new instance.',
	},
	instanceAttributesField,
	instanceAdditionalFields,
];

const displayOptions = { show: { resource: ['customObjectInstance'], operation: ['upsert'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const type = customObjectTypeOf(
		'Custom Object Type',
		this.getNodeParameter('customObjectType', i, ''),
	);
	const externalId = optionalInstanceExternalId(
		'External ID',
		this.getNodeParameter('externalId', i, ''),
	);
	const pairs = (
		this.getNodeParameter('customAttributesUi', i, {}) as {
			attribute?: CustomAttributePair[];
		} | null
	)?.attribute;
	const body = customObjectInstanceBody(
		externalId,
		pairs,
		this.getNodeParameter('additionalFields', i, {}) as IDataObject,
		this.getTimezone(),
	);
	return await intercomApiRequest.call(
		this,
		'POST',
		apiPath`/custom_object_instances/${type}`,
		body,
	);
}
