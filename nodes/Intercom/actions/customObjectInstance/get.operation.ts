import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	customObjectInstanceRlc,
	customObjectTypeField,
} from '../../descriptions/customObject.description';
import { customObjectTypeOf } from '../../helpers/customObject';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [customObjectTypeField, customObjectInstanceRlc];

const displayOptions = { show: { resource: ['customObjectInstance'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const type = customObjectTypeOf(
		'Custom Object Type',
		this.getNodeParameter('customObjectType', i, ''),
	);
	const id = requiredId(this, i, 'instanceId', 'Instance');
	return await intercomApiRequest.call(
		this,
		'GET',
		apiPath`/custom_object_instances/${type}/${id}`,
	);
}
