import nock from 'nock';
import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { runNode, runNodeWithTimeout } from './run-node';

// ---------------------------------------------------------------- fixture credentials

const region: INodeProperties = {
	displayName: 'Region',
	name: 'region',
	type: 'options',
	options: [
		{ name: 'US', value: 'us' },
		{ name: 'EU', value: 'eu' },
		{ name: 'Custom', value: 'custom' },
	],
	default: 'us',
};

/** Generic Bearer auth plus a header taken from another credential field. */
class FixtureBearerApi implements ICredentialType {
	name = 'fixtureBearerApi';
	displayName = 'Fixture Bearer API';
	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
		{ displayName: 'API Version', name: 'apiVersion', type: 'string', default: '2.16' },
		region,
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://custom.example.test',
			displayOptions: { show: { region: ['custom'] } },
		},
	];
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.accessToken}}',
				'X-Fixture-Version': '={{$credentials.apiVersion}}',
			},
		},
	};
}

/** A function `authenticate`: it is called as is. */
class FixtureFunctionAuthApi implements ICredentialType {
	name = 'fixtureFunctionAuthApi';
	displayName = 'Fixture Function Auth API';
	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
	];
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	) {
		return {
			...requestOptions,
			qs: { ...(requestOptions.qs ?? {}), key: credentials.apiKey },
		} as IHttpRequestOptions;
	}
}

/** An OAuth2 credential as ours: extends oAuth2Api, hidden URLs as expressions over $self.region. */
class FixtureOAuth2Api implements ICredentialType {
	name = 'fixtureOAuth2Api';
	extends = ['oAuth2Api'];
	displayName = 'Fixture OAuth2 API';
	properties: INodeProperties[] = [
		region,
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'authorizationCode' },
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default:
				'={{ $self["region"] === "eu" ? "https://app.eu.example.test/oauth" : "https://app.example.test/oauth" }}',
		},
		{ displayName: 'Scope', name: 'scope', type: 'hidden', default: '' },
	];
}

const credentialTypes = [
	new FixtureBearerApi(),
	new FixtureFunctionAuthApi(),
	new FixtureOAuth2Api(),
];

// ---------------------------------------------------------------- fixture nodes

const baseDescription = (name: string): Omit<INodeTypeDescription, 'properties'> => ({
	displayName: `Fixture ${name}`,
	name: `fixture${name}`,
	group: ['transform'],
	version: [1, 1.1],
	description: 'Test fixture',
	defaults: { name: `Fixture ${name}` },
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
});

/** Reads parameters per item (expressions allowed) and POSTs them with the chosen credential. */
class FixtureHttpNode implements INodeType {
	description: INodeTypeDescription = {
		...baseDescription('Http'),
		usableAsTool: true,
		credentials: [
			{
				name: 'fixtureBearerApi',
				required: true,
				displayOptions: { show: { credentialType: ['fixtureBearerApi'] } },
			},
			{
				name: 'fixtureOAuth2Api',
				required: true,
				displayOptions: { show: { credentialType: ['fixtureOAuth2Api'] } },
			},
			{
				name: 'fixtureFunctionAuthApi',
				required: true,
				displayOptions: { show: { credentialType: ['fixtureFunctionAuthApi'] } },
			},
		],
		properties: [
			{
				displayName: 'Credential Type',
				name: 'credentialType',
				type: 'options',
				options: [
					{ name: 'Bearer', value: 'fixtureBearerApi' },
					{ name: 'OAuth2', value: 'fixtureOAuth2Api' },
					{ name: 'Function', value: 'fixtureFunctionAuthApi' },
				],
				default: 'fixtureBearerApi',
			},
			{ displayName: 'Email', name: 'email', type: 'string', default: '' },
			{ displayName: 'Path', name: 'path', type: 'string', default: '/contacts' },
			{
				displayName: 'Skip Token Refresh',
				name: 'skipTokenRefresh',
				type: 'boolean',
				default: false,
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const out: INodeExecutionData[] = [];
		const credentialType = this.getNodeParameter('credentialType', 0) as string;
		for (let i = 0; i < items.length; i++) {
			try {
				const email = this.getNodeParameter('email', i) as string;
				const path = this.getNodeParameter('path', i) as string;
				const skipTokenRefresh = this.getNodeParameter('skipTokenRefresh', i) as boolean;
				const response = (await this.helpers.httpRequestWithAuthentication.call(
					this,
					credentialType,
					{
						method: 'POST',
						url: `https://api.example.test${path}`,
						qs: { item: i },
						body: { email },
						json: true,
					},
					{ oauth2: { skipTokenRefresh } },
				)) as IDataObject;
				out.push({ json: response, pairedItem: { item: i } });
			} catch (error) {
				if (this.continueOnFail()) {
					out.push({ json: { error: error.message }, pairedItem: { item: i } });
					continue;
				}
				if (error instanceof NodeApiError) {
					error.context.itemIndex = i; // the constructor returns an existing NodeApiError as is
					throw new NodeApiError(this.getNode(), error as unknown as JsonObject, { itemIndex: i });
				}
				throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: i });
			}
		}
		return [out];
	}
}

/** Fails on the second item (index 1) with a NodeOperationError, honouring continueOnFail. */
class FixtureFailingNode implements INodeType {
	description: INodeTypeDescription = {
		...baseDescription('Failing'),
		usableAsTool: true,
		properties: [{ displayName: 'Label', name: 'label', type: 'string', default: '' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const out: INodeExecutionData[] = [];
		for (let i = 0; i < items.length; i++) {
			try {
				const label = this.getNodeParameter('label', i) as string;
				if (i === 1) {
					throw new NodeOperationError(this.getNode(), `Bad label "${label}"`, {
						itemIndex: i,
						description: 'The second item always fails',
					});
				}
				out.push({ json: { label, version: this.getNode().typeVersion }, pairedItem: { item: i } });
			} catch (error) {
				if (this.continueOnFail()) {
					out.push({ json: { error: error.message }, pairedItem: { item: i } });
					continue;
				}
				throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: i });
			}
		}
		return [out];
	}
}

/** Returns the decrypted credential data as n8n hands it to the node. */
class FixtureCredentialsNode implements INodeType {
	description: INodeTypeDescription = {
		...baseDescription('Credentials'),
		usableAsTool: true,
		credentials: [
			{ name: 'fixtureBearerApi', required: true },
			{ name: 'fixtureOAuth2Api', required: false },
		],
		properties: [
			{ displayName: 'Type', name: 'type', type: 'string', default: 'fixtureBearerApi' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const type = this.getNodeParameter('type', 0) as string;
		const data = await this.getCredentials(type);
		return [[{ json: data as IDataObject, pairedItem: { item: 0 } }]];
	}
}

/** Never finishes. */
class FixtureHangingNode implements INodeType {
	description: INodeTypeDescription = {
		...baseDescription('Hanging'),
		usableAsTool: true,
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		await new Promise(() => {});
		return [[]];
	}
}

// ---------------------------------------------------------------- tests

const API = 'https://api.example.test';

beforeAll(() => {
	nock.disableNetConnect();
});
afterEach(() => {
	nock.cleanAll();
});
afterAll(() => {
	nock.enableNetConnect();
});

describe('runNode: parameters, expressions and generic authentication', () => {
	it('resolves per-item expressions and sends the credential headers', async () => {
		const seen: Array<{
			headers: Record<string, string | string[]>;
			body: unknown;
			query: string;
		}> = [];
		const scope = nock(API)
			.post('/contacts')
			.query(true)
			.times(2)
			.reply(function (uri, body) {
				seen.push({
					headers: this.req.headers as Record<string, string | string[]>,
					body,
					query: new URL(uri, API).search,
				});
				return [200, { id: `c${seen.length}`, received: body }];
			});

		const result = await runNode({
			node: new FixtureHttpNode(),
			parameters: { credentialType: 'fixtureBearerApi', email: '={{ $json.email }}' },
			credentials: { fixtureBearerApi: { accessToken: 'test-token', apiVersion: '2.15' } },
			credentialTypes,
			input: [{ email: 'a@example.test' }, { email: 'b@example.test' }],
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(seen.map((s) => s.body)).toEqual([
			{ email: 'a@example.test' },
			{ email: 'b@example.test' },
		]);
		expect(seen.map((s) => s.query)).toEqual(['?item=0', '?item=1']);
		for (const { headers } of seen) {
			expect(headers.authorization).toBe('Bearer test-token');
			expect(headers['x-fixture-version']).toBe('2.15');
		}
		expect(result.items.map((item) => item.json)).toEqual([
			{ id: 'c1', received: { email: 'a@example.test' } },
			{ id: 'c2', received: { email: 'b@example.test' } },
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('applies credential defaults like n8n (apiVersion default when not given)', async () => {
		let version: string | undefined;
		nock(API)
			.post('/contacts')
			.query(true)
			.reply(function () {
				version = this.req.headers['x-fixture-version'] as string;
				return [200, {}];
			});

		await runNode({
			node: new FixtureHttpNode(),
			parameters: { credentialType: 'fixtureBearerApi', email: 'x@example.test' },
			credentials: { fixtureBearerApi: { accessToken: 'test-token' } },
			credentialTypes,
		});

		expect(version).toBe('2.16');
	});

	it('calls a function authenticate', async () => {
		const scope = nock(API)
			.post('/contacts')
			.query({ item: '0', key: 'test-key' })
			.reply(200, { ok: true });

		const result = await runNode({
			node: new FixtureHttpNode(),
			parameters: { credentialType: 'fixtureFunctionAuthApi', email: 'x@example.test' },
			credentials: { fixtureFunctionAuthApi: { apiKey: 'test-key' } },
			credentialTypes,
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.items[0].json).toEqual({ ok: true });
	});

	it('hands the node credential data with defaults, display rules and $self expressions applied', async () => {
		const bearer = await runNode({
			node: new FixtureCredentialsNode(),
			parameters: { type: 'fixtureBearerApi' },
			credentials: {
				fixtureBearerApi: {
					accessToken: 'test-token',
					region: 'us',
					baseUrl: 'https://ignored.example.test',
				},
			},
			credentialTypes,
		});
		// baseUrl is only displayed for region "custom", so n8n drops it; apiVersion gets its default.
		expect(bearer.items[0].json).toEqual({
			accessToken: 'test-token',
			apiVersion: '2.16',
			region: 'us',
		});

		const oauth = await runNode({
			node: new FixtureCredentialsNode(),
			parameters: { type: 'fixtureOAuth2Api' },
			credentials: {
				fixtureBearerApi: { accessToken: 'test-token' },
				fixtureOAuth2Api: {
					region: 'eu',
					clientId: 'test-client',
					oauthTokenData: { access_token: 'test-oauth-token' },
				},
			},
			credentialTypes,
		});
		expect(oauth.items[0].json).toMatchObject({
			authUrl: 'https://app.eu.example.test/oauth',
			grantType: 'authorizationCode',
			clientId: 'test-client',
			oauthTokenData: { access_token: 'test-oauth-token' },
		});
	});
});

describe('runNode: OAuth2 credentials (extends oAuth2Api)', () => {
	it("goes through n8n-core's OAuth2 signer with oauthTokenData.access_token", async () => {
		let headers: Record<string, unknown> = {};
		const scope = nock(API)
			.post('/contacts')
			.query(true)
			.reply(function () {
				headers = this.req.headers;
				return [200, { id: 'c1' }];
			});

		const result = await runNode({
			node: new FixtureHttpNode(),
			parameters: { credentialType: 'fixtureOAuth2Api', email: 'x@example.test' },
			credentials: {
				fixtureOAuth2Api: {
					region: 'us',
					clientId: 'test-client',
					clientSecret: 'test-secret',
					oauthTokenData: { access_token: 'test-oauth-token', token_type: 'Bearer' },
				},
			},
			credentialTypes,
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(headers.authorization).toBe('Bearer test-oauth-token');
		expect(result.items[0].json).toEqual({ id: 'c1' });
	});

	// n8n-core answers an OAuth2 401 by refreshing the token. Intercom tokens have no refresh
	// token, so the 401 turns into "OAuth access token expired…" unless the request passes
	// `{ oauth2: { skipTokenRefresh: true } }`: then the 401 surfaces as such.
	it.each([
		[false, null, /OAuth access token expired and no refresh token is available/],
		[true, '401', /Authorization failed/],
	])('a 401 with skipTokenRefresh=%s: httpCode %s', async (skipTokenRefresh, httpCode, message) => {
		nock(API)
			.post('/contacts')
			.query(true)
			.reply(401, {
				type: 'error.list',
				errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }],
			});

		const result = await runNode({
			node: new FixtureHttpNode(),
			parameters: { credentialType: 'fixtureOAuth2Api', email: 'x@example.test', skipTokenRefresh },
			credentials: {
				fixtureOAuth2Api: {
					clientId: 'test-client',
					oauthTokenData: { access_token: 'test-oauth-token' },
				},
			},
			credentialTypes,
		});

		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.httpCode ?? null).toBe(httpCode);
		expect(result.error?.message).toMatch(message);
	});

	it('fails clearly when the OAuth2 credential was never connected', async () => {
		const result = await runNode({
			node: new FixtureHttpNode(),
			parameters: { credentialType: 'fixtureOAuth2Api', email: 'x@example.test' },
			credentials: { fixtureOAuth2Api: { region: 'us', clientId: 'test-client' } },
			credentialTypes,
		});

		// n8n-core throws a UserError and wraps it, like any failure in httpRequestWithAuthentication.
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.message).toMatch(/OAuth credentials not connected/);
	});
});

describe('runNode: errors', () => {
	it('returns an HTTP error as the original NodeApiError (status, item index)', async () => {
		nock(API)
			.post('/contacts')
			.query(true)
			.reply(404, {
				type: 'error.list',
				errors: [{ code: 'not_found', message: 'User Not Found' }],
			});

		const result = await runNode({
			node: new FixtureHttpNode(),
			parameters: { credentialType: 'fixtureBearerApi', email: 'x@example.test' },
			credentials: { fixtureBearerApi: { accessToken: 'test-token' } },
			credentialTypes,
		});

		expect(result.items).toEqual([]);
		expect(result.error).toBeInstanceOf(NodeApiError);
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.context?.itemIndex).toBe(0);
		// The engine records the failure in runData too (as a plain copy).
		expect(result.runData['Fixture Http'][0].error?.message).toBe(result.error?.message);
	});

	it('fails on item 2 with a NodeOperationError when continueOnFail is off', async () => {
		const result = await runNode({
			node: new FixtureFailingNode(),
			parameters: { label: '={{ $json.label }}' },
			input: [{ label: 'one' }, { label: 'two' }, { label: 'three' }],
		});

		expect(result.items).toEqual([]);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe('Bad label "two"');
		expect(result.error?.description).toBe('The second item always fails');
		expect(result.error?.context?.itemIndex).toBe(1);
		expect(result.run.status).toBe('error');
	});

	it('continues with an error item when continueOnFail is on', async () => {
		const result = await runNode({
			node: new FixtureFailingNode(),
			parameters: { label: '={{ $json.label }}' },
			input: [{ label: 'one' }, { label: 'two' }, { label: 'three' }],
			continueOnFail: true,
		});

		expect(result.error).toBeUndefined();
		expect(result.run.status).toBe('success');
		expect(result.items.map((item) => item.json)).toEqual([
			{ label: 'one', version: 1.1 },
			{ error: 'Bad label "two"' },
			{ label: 'three', version: 1.1 },
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
	});

	it('runs the requested typeVersion', async () => {
		const result = await runNode({
			node: new FixtureFailingNode(),
			parameters: { label: 'x' },
			typeVersion: 1,
		});
		expect(result.items[0].json).toEqual({ label: 'x', version: 1 });
	});

	it('rejects when a request matches no nock interceptor (nock would answer it as a 404)', async () => {
		nock(API).get('/other').reply(200, {});
		const options = {
			node: new FixtureHttpNode(),
			parameters: { credentialType: 'fixtureBearerApi', email: 'x@example.test' },
			credentials: { fixtureBearerApi: { accessToken: 'test-token' } },
			credentialTypes,
		};

		await expect(runNode(options)).rejects.toThrow(
			/1 request\(s\) matched no nock interceptor:\n {2}POST https:\/\/api\.example\.test\/contacts\?item=0/,
		);

		// Allowed: the node sees the error nock produced, which looks like an HTTP 404.
		const allowed = await runNode({ ...options, allowUnmatchedRequests: true });
		expect(allowed.unmatchedRequests).toEqual(['POST https://api.example.test/contacts?item=0']);
		expect(allowed.error).toBeInstanceOf(NodeApiError);
		expect(allowed.error?.httpCode).toBe('404');
		expect(allowed.error?.description).toMatch(/^Nock: No match for request/);
	});

	it('rejects when the network is off and no scope exists for the host', async () => {
		await expect(
			runNode({
				node: new FixtureHttpNode(),
				parameters: {
					credentialType: 'fixtureBearerApi',
					email: 'x@example.test',
					path: '/contacts',
				},
				credentials: { fixtureBearerApi: { accessToken: 'test-token' } },
				credentialTypes,
			}),
		).rejects.toThrow(/matched no nock interceptor/);
	});

	it('rejects with a clear message when the node hangs', async () => {
		await expect(
			runNodeWithTimeout({ node: new FixtureHangingNode(), parameters: {} }, 200),
		).rejects.toThrow(/did not finish within 200 ms/);
	});
});
