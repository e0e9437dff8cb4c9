import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { teamField } from '../../descriptions/rlc.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [teamField];

const displayOptions = { show: { resource: ['team'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const teamId = requiredId(this, i, 'teamId', 'Team');
	return await intercomApiRequest.call(this, 'GET', apiPath`/teams/${teamId}`);
}
