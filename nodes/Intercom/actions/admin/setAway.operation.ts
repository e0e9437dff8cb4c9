import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import { adminField } from '../../descriptions/rlc.description';
import { booleanParameter, optionalText, requiredId } from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	adminField,
	{
		displayName: 'Away',
		name: 'awayModeEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether to set the admin away (on) or back (off)',
	},
	{
		displayName: 'Reassign Replies',
		name: 'awayModeReassign',
		type: 'boolean',
		default: false,
		description:
			'Whether new replies to the admin’s conversations go to the default inbox while they are away',
	},
	optionsCollection([
		{
			displayName: 'Away Status Reason Name or ID',
			name: 'awayStatusReasonId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getAwayStatusReasons' },
			default: '',
			description:
				'Why the admin is away, from the workspace’s reasons. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
];

const displayOptions = { show: { resource: ['admin'], operation: ['setAway'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** PUT /admins/{id}/away: away on or off, reassigning replies, with an optional reason. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const adminId = requiredId(this, i, 'adminId', 'Admin', { numeric: true });
	const body: IDataObject = {
		away_mode_enabled: booleanParameter(this, i, 'awayModeEnabled', 'Away', true),
		away_mode_reassign: booleanParameter(this, i, 'awayModeReassign', 'Reassign Replies', false),
	};
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const reason = optionalText('Away Status Reason', options.awayStatusReasonId);
	if (reason) {
		if (!/^\d+$/.test(reason))
			throw new InputError('Away Status Reason', `"${reason}" is not a reason ID`);
		body.away_status_reason_id = Number(reason);
	}
	return await intercomApiRequest.call(this, 'PUT', apiPath`/admins/${adminId}/away`, body);
}
