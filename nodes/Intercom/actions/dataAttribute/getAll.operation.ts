import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../descriptions/common.description';
import { attributeModelField } from '../../descriptions/dataAttribute.description';
import { limitOf, optionalBoolean, optionalValue } from '../../helpers/input';
import { asOption } from '../../helpers/values';
import { listUnpaged } from '../../transport';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	optionsCollection([
		{
			displayName: 'Include Archived',
			name: 'includeArchived',
			type: 'boolean',
			default: false,
			description: 'Whether to include archived attributes',
		},
		{ ...attributeModelField, description: 'Only the attributes of contacts or of companies' },
	]),
];

const displayOptions = { show: { resource: ['dataAttribute'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Standard and custom data attributes; Intercom returns them all in one answer. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const qs: IDataObject = {};
	const model = optionalValue('Model', options.model, (v) => asOption(v, ['contact', 'company']));
	if (model !== undefined) qs.model = model;
	if (optionalBoolean('Include Archived', options.includeArchived)) qs.include_archived = true;
	return await listUnpaged.call(this, {
		path: '/data_attributes',
		itemsKeys: ['data'],
		limit: limitOf(this, i),
		query: qs,
	});
}
