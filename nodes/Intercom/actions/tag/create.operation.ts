import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import { optionalText, requiredString } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. VIP',
		description:
			'The tag name. Intercom answers with the existing tag when one already has this name.',
	},
	optionsCollection([
		{
			displayName: 'Rename Tag ID',
			name: 'id',
			type: 'string',
			default: '',
			placeholder: 'e.g. 7522907',
			description:
				'The ID of an existing tag to rename to the Name above, instead of creating a tag',
		},
	]),
];

const displayOptions = { show: { resource: ['tag'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** POST /tags with a name creates the tag; with an ID too, it renames that tag. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const name = requiredString(this, i, 'name', 'Name');
	const body: IDataObject = { name };
	const id = optionalText(
		'Rename Tag ID',
		(this.getNodeParameter('options', i, {}) as IDataObject).id,
	);
	if (id) {
		if (!/^\d+$/.test(id)) throw new InputError('Rename Tag ID', `"${id}" is not a tag ID`);
		body.id = id;
	}
	return await intercomApiRequest.call(this, 'POST', '/tags', body);
}
