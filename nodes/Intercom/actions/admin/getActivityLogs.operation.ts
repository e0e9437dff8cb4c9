import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../descriptions/common.description';
import { limitOf, optionalUnixSeconds, requiredUnixSeconds } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { listByPagesNext } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Created After',
		name: 'createdAtAfter',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Only activity after this moment. A date, or Unix seconds by expression.',
	},
	...returnAllOrLimit,
	optionsCollection([
		{
			displayName: 'Created Before',
			name: 'createdAtBefore',
			type: 'dateTime',
			default: '',
			description: 'Only activity before this moment. A date, or Unix seconds by expression.',
		},
	]),
];

const displayOptions = { show: { resource: ['admin'], operation: ['getActivityLogs'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** GET /admins/activity_logs between two moments, following Intercom's pages. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const qs: IDataObject = {
		created_at_after: requiredUnixSeconds(
			'Created After',
			this.getNodeParameter('createdAtAfter', i, ''),
			this.getTimezone(),
		),
	};
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const before = optionalUnixSeconds('Created Before', options.createdAtBefore, this.getTimezone());
	if (before !== undefined) {
		qs.created_at_before = before;
		if (before <= (qs.created_at_after as number)) {
			throw new InputError('Created Before', 'must be later than Created After');
		}
	}
	return await listByPagesNext.call(this, {
		path: '/admins/activity_logs',
		itemsKey: 'activity_logs',
		limit: limitOf(this, i),
		query: qs,
	});
}
