import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { reportingDatasets } from '../../lookups/reportingDatasets';

const properties: INodeProperties[] = [];

const displayOptions = { show: { resource: ['reportingDataExport'], operation: ['getDatasets'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** GET /export/reporting_data/get_datasets: one item per dataset, with its attributes. */
export async function execute(this: IExecuteFunctions): Promise<IDataObject[]> {
	return await reportingDatasets(this);
}
