import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { newsfeedRlc } from '../../descriptions/news.description';
import { requiredId } from '../../helpers/input';
import { apiPath, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [newsfeedRlc];

const displayOptions = { show: { resource: ['newsfeed'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = requiredId(this, i, 'newsfeedId', 'Newsfeed', { numeric: true });
	return await intercomApiRequest.call(this, 'GET', apiPath`/news/newsfeeds/${id}`);
}
