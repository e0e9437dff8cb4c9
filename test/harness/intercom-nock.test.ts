import nock from 'nock';
import type {
	IAuthenticateGeneric,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { expectContract, recordIntercom } from './intercom-nock';
import { runNode } from './run-node';

class FixtureIntercomApi implements ICredentialType {
	name = 'fixtureIntercomApi';
	displayName = 'Fixture Intercom API';
	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.intercom.io',
		},
		{ displayName: 'API Version', name: 'apiVersion', type: 'string', default: '2.16' },
	];
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.accessToken}}',
				'Intercom-Version': '={{$credentials.apiVersion}}',
			},
		},
	};
}

/** Sends one request per item, as described by its parameters. */
class FixtureRequestNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fixture Request',
		name: 'fixtureRequest',
		group: ['transform'],
		version: 1,
		description: 'Test fixture',
		defaults: { name: 'Fixture Request' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'fixtureIntercomApi', required: true }],
		properties: [
			{ displayName: 'Method', name: 'method', type: 'string', default: 'GET' },
			{ displayName: 'Path', name: 'path', type: 'string', default: '/' },
			{ displayName: 'Query', name: 'qs', type: 'json', default: '{}' },
			{ displayName: 'Body', name: 'body', type: 'json', default: '' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const out: INodeExecutionData[] = [];
		const credentials = await this.getCredentials('fixtureIntercomApi');
		for (let i = 0; i < this.getInputData().length; i++) {
			const body = this.getNodeParameter('body', i) as string;
			const response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				'fixtureIntercomApi',
				{
					method: this.getNodeParameter('method', i) as IHttpRequestMethods,
					baseURL: credentials.baseUrl as string,
					url: this.getNodeParameter('path', i) as string,
					qs: JSON.parse(this.getNodeParameter('qs', i) as string) as IDataObject,
					body: body === '' ? undefined : (JSON.parse(body) as IDataObject),
					json: true,
				},
			)) as IDataObject;
			out.push({ json: response, pairedItem: { item: i } });
		}
		return [out];
	}
}

const credentialTypes = [new FixtureIntercomApi()];
const run = async (
	requests: Array<{ method: string; path: string; qs?: IDataObject; body?: unknown }>,
	baseUrl?: string,
) =>
	await runNode({
		node: new FixtureRequestNode(),
		parameters: {
			method: '={{ $json.method }}',
			path: '={{ $json.path }}',
			qs: '={{ JSON.stringify($json.qs ?? {}) }}',
			body: '={{ $json.body === undefined ? "" : JSON.stringify($json.body) }}',
		},
		credentials: {
			fixtureIntercomApi: { accessToken: 'test-token', ...(baseUrl ? { baseUrl } : {}) },
		},
		credentialTypes,
		input: requests as IDataObject[],
	});

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('recordIntercom', () => {
	it('records method, path, parsed query, parsed JSON body and headers of every answered request', async () => {
		const { scope, requests } = recordIntercom('https://api.intercom.io');
		scope.get('/contacts').query(true).reply(200, { type: 'list', data: [] });
		scope.post('/contacts/search').reply(200, { type: 'list', data: [] });
		scope.delete('/contacts/abc%2Fdef/tags/7').reply(200, { type: 'tag' });

		const result = await run([
			{ method: 'GET', path: '/contacts', qs: { per_page: 150, starting_after: 'WzE2=' } },
			{
				method: 'POST',
				path: '/contacts/search',
				body: { query: { field: 'email', operator: '=', value: 'a@b.c' } },
			},
			{ method: 'DELETE', path: `/contacts/${encodeURIComponent('abc/def')}/tags/7` },
		]);

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(
			requests.map(({ method, path, query, body }) => ({ method, path, query, body })),
		).toEqual([
			{
				method: 'GET',
				path: '/contacts',
				query: { per_page: '150', starting_after: 'WzE2=' },
				body: undefined,
			},
			{
				method: 'POST',
				path: '/contacts/search',
				query: {},
				body: { query: { field: 'email', operator: '=', value: 'a@b.c' } },
			},
			{ method: 'DELETE', path: '/contacts/abc%2Fdef/tags/7', query: {}, body: undefined },
		]);
		expect(requests[1].headers).toMatchObject({
			authorization: 'Bearer test-token',
			'intercom-version': '2.16',
			'content-type': 'application/json',
		});
	});

	it('keeps repeated query keys as arrays and strips the base URL path (custom base URL / proxy)', async () => {
		const { scope, requests } = recordIntercom('https://proxy.example.test/intercom/');
		scope.get('/intercom/contacts').query(true).reply(200, {});

		await run(
			[{ method: 'GET', path: '/contacts?tag=a&tag=b' }],
			'https://proxy.example.test/intercom',
		);

		expect(requests).toHaveLength(1);
		expect(requests[0].path).toBe('/contacts');
		expect(requests[0].query).toEqual({ tag: ['a', 'b'] });
	});
});

describe('expectContract', () => {
	it('passes when every request is valid per the spec', async () => {
		const { scope, requests } = recordIntercom('https://api.intercom.io');
		scope.get('/contacts').query(true).reply(200, {});
		scope.post('/contacts').reply(200, {});

		await run([
			{ method: 'GET', path: '/contacts', qs: { per_page: 150, starting_after: 'x' } },
			{ method: 'POST', path: '/contacts', body: { role: 'user', email: 'a@b.c' } },
		]);

		expect(requests).toHaveLength(2);
		expectContract(requests);
	});

	it('fails listing every violation of every request', async () => {
		const { scope, requests } = recordIntercom('https://api.intercom.io');
		scope.get('/contacts').query(true).reply(200, {});
		scope.post('/contacts').reply(200, {});

		await run([
			{ method: 'GET', path: '/contacts', qs: { limit: 10 } },
			{ method: 'POST', path: '/contacts', body: { role: 5, tags: ['x'] } },
		]);

		let message = '';
		try {
			expectContract(requests);
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toContain(
			'request #1: GET /contacts (ListContacts, spec /contacts) query parameter "limit" is not in the spec',
		);
		expect(message).toContain(
			'request #2: POST /contacts (CreateContact, spec /contacts) body /role: must be string, got number 5',
		);
		expect(message).toContain(
			'request #2: POST /contacts (CreateContact, spec /contacts) body /: property "tags" is not in the spec',
		);
	});

	it('checks the Intercom-Version the credential sends', async () => {
		const { scope, requests } = recordIntercom('https://api.intercom.io');
		scope.get('/me').reply(200, {});

		await runNode({
			node: new FixtureRequestNode(),
			parameters: { method: 'GET', path: '/me', qs: '{}', body: '' },
			credentials: { fixtureIntercomApi: { accessToken: 'test-token', apiVersion: '2.17' } },
			credentialTypes,
		});

		expect(() => expectContract(requests)).toThrow(
			/header Intercom-Version: "2\.17" is not a version the spec knows/,
		);
	});

	it('fails when nothing was recorded', () => {
		expect(() => expectContract([])).toThrow(/no requests were recorded/);
	});
});
