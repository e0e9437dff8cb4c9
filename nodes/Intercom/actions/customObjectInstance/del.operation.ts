import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	customObjectInstanceRlc,
	customObjectTypeField,
	instanceExternalIdField,
} from '../../descriptions/customObject.description';
import { customObjectTypeOf, requiredInstanceExternalId } from '../../helpers/customObject';
import { optionParameter, requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	customObjectTypeField,
	{
		displayName: 'Delete By',
		name: 'deleteBy',
		type: 'options',
		options: [
			{ name: 'ID', value: 'id', description: 'The ID Intercom gave the instance' },
			{
				name: 'External ID',
				value: 'externalId',
				description: 'The ID the instance has in your own system',
			},
		],
		default: 'id',
		description: 'How to identify the instance to delete',
	},
	{ ...customObjectInstanceRlc, displayOptions: { show: { deleteBy: ['id'] } } },
	{ ...instanceExternalIdField, displayOptions: { show: { deleteBy: ['externalId'] } } },
];

const displayOptions = { show: { resource: ['customObjectInstance'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Intercom answers `{ id, object: <type>, deleted: true }` either way. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const type = customObjectTypeOf(
		'Custom Object Type',
		this.getNodeParameter('customObjectType', i, ''),
	);
	const by = optionParameter(this, i, 'deleteBy', 'Delete By', ['id', 'externalId'], 'id');
	if (by === 'externalId') {
		const externalId = requiredInstanceExternalId(
			'External ID',
			this.getNodeParameter('externalId', i, ''),
		);
		return await intercomApiRequest.call(
			this,
			'DELETE',
			apiPath`/custom_object_instances/${type}`,
			undefined,
			{ external_id: externalId },
		);
	}
	const id = requiredId(this, i, 'instanceId', 'Instance');
	return await intercomApiRequest.call(
		this,
		'DELETE',
		apiPath`/custom_object_instances/${type}/${id}`,
	);
}
