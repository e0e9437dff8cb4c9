import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { helpCenterRlc, redirectRlc } from '../../descriptions/helpCenter.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [helpCenterRlc, redirectRlc];

const displayOptions = { show: { resource: ['redirect'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Intercom answers `{ id, object: "help_center_redirect", deleted: true }`. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const helpCenterId = requiredId(this, i, 'helpCenterId', 'Help Center', { numeric: true });
	const redirectId = requiredId(this, i, 'redirectId', 'Redirect');
	return await intercomApiRequest.call(
		this,
		'DELETE',
		apiPath`/help_center/help_centers/${helpCenterId}/redirects/${redirectId}`,
	);
}
