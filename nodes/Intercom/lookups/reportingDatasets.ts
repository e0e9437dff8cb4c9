import type { IDataObject } from 'n8n-workflow';

import type { IntercomContext } from '../transport';
import { listUnpaged } from '../transport';

/**
 * The reporting datasets and their attributes (GET /export/reporting_data/get_datasets: the whole
 * list in one answer): read by Reporting Data Export → Get Datasets and the Dataset and Attributes
 * dropdowns.
 */
export async function reportingDatasets(ctx: IntercomContext): Promise<IDataObject[]> {
	return await listUnpaged.call(ctx, {
		path: '/export/reporting_data/get_datasets',
		itemsKeys: ['data'],
	});
}
