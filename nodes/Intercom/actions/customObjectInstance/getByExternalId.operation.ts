import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import {
	customObjectTypeField,
	instanceExternalIdField,
} from '../../descriptions/customObject.description';
import { customObjectTypeOf, requiredInstanceExternalId } from '../../helpers/customObject';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [customObjectTypeField, instanceExternalIdField];

const displayOptions = {
	show: { resource: ['customObjectInstance'], operation: ['getByExternalId'] },
};

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * With `external_id`, Intercom's list endpoint answers the one instance that has it. Should it
 * answer a list instead, only an instance with that External ID is taken from it.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const type = customObjectTypeOf(
		'Custom Object Type',
		this.getNodeParameter('customObjectType', i, ''),
	);
	const externalId = requiredInstanceExternalId(
		'External ID',
		this.getNodeParameter('externalId', i, ''),
	);
	const answer = await intercomApiRequest.call(
		this,
		'GET',
		apiPath`/custom_object_instances/${type}`,
		undefined,
		{ external_id: externalId },
	);
	if (answer.type !== 'list' || !Array.isArray(answer.data)) return answer;
	const instance = (answer.data as IDataObject[]).find((item) => item.external_id === externalId);
	if (!instance) {
		throw new NodeOperationError(
			this.getNode(),
			`No ${type} instance has the External ID "${externalId}"`,
			{ itemIndex: i },
		);
	}
	return instance;
}
