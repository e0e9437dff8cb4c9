import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import { contactLocator } from '../../descriptions/rlc.description';
import { optionalBoolean, requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	contactLocator(
		'fromContactId',
		'Lead to Merge',
		'The lead that is merged away. It must be a lead.',
	),
	contactLocator('intoContactId', 'Into User', 'The user that remains. It must be a user.'),
	optionsCollection([
		{
			displayName: 'Skip Duplicate Check',
			name: 'skipDuplicateValidation',
			type: 'boolean',
			default: false,
			description:
				'Whether to merge even when the two share no email or phone. Without it Intercom refuses such merges (invalid_merge).',
		},
	]),
];

const displayOptions = { show: { resource: ['contact'], operation: ['merge'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const from = requiredId(this, i, 'fromContactId', 'Lead to Merge');
	const into = requiredId(this, i, 'intoContactId', 'Into User');
	if (from === into) throw new InputError('Into User', 'is the same contact as Lead to Merge');
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const body: IDataObject = { from, into };
	if (optionalBoolean('Skip Duplicate Check', options.skipDuplicateValidation)) {
		body.skip_duplicate_validation = true;
	}
	return await intercomApiRequest.call(this, 'POST', '/contacts/merge', body);
}
