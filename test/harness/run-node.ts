/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test-only code: setTimeout bounds a run's duration, outside the shipped package */
/**
 * Runs a node's real `execute()` through n8n-core's workflow engine.
 *
 * Nothing of the engine is mocked: `WorkflowExecute` builds the real `ExecuteContext`, so
 * parameters and expressions resolve as in n8n, `this.helpers.httpRequestWithAuthentication`
 * goes through n8n-core's real auth paths (generic `authenticate`, the OAuth2 signer) and the
 * real axios client, and errors are wrapped and handled (continueOnFail / onError) by the engine.
 * HTTP is answered by nock in the tests.
 *
 * A request no nock interceptor matched makes runNode reject (unless allowUnmatchedRequests):
 * nock answers it with an error carrying status 404, which NodeApiError turns into an ordinary
 * "404 The resource you are requesting could not be found"; a test of 404 handling would
 * otherwise pass on a request that went to the wrong path.
 *
 * What is ours: the `nodeTypes` registry, `additionalData` (base URLs, hooks) and a
 * `credentialsHelper` that behaves like n8n's `CredentialsHelper` (packages/cli) for the two
 * credential kinds this package has: generic `authenticate` objects (or functions) and OAuth2
 * credentials that extend `oAuth2Api`.
 */
import nock from 'nock';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	ICredentials,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	INodeType,
	INodeTypes,
	IRequestOptionsSimplified,
	IRun,
	IRunData,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { ICredentialsHelper, NodeHelpers, Workflow, createRunExecutionData } from 'n8n-workflow';

export interface RunNodeOptions {
	/** An instance of the node class under test. */
	node: INodeType;
	/** The node's parameters, as saved in a workflow (may hold `={{ … }}` expressions). */
	parameters: INodeParameters;
	/** Decrypted credential data by credential type name. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Credential class instances, so `authenticate`, `extends` and defaults apply. */
	credentialTypes?: ICredentialType[];
	/** JSON of the input items; default one empty item. */
	input?: IDataObject[];
	/**
	 * Whole input items (JSON and binary data, e.g. `{ json: {}, binary: { data: { data: base64,
	 * mimeType, fileName } } }`), instead of `input`; each is paired with its index.
	 */
	inputItems?: Array<Pick<INodeExecutionData, 'json' | 'binary'>>;
	/** Sets the node setting "On Error: Continue" (`onError: 'continueRegularOutput'`). */
	continueOnFail?: boolean;
	/** Default: the highest version the node declares. */
	typeVersion?: number;
	/** The workflow's timezone setting (what `this.getTimezone()` returns); default n8n's. */
	timezone?: string;
	/** Node name in the workflow; default the node's display name. */
	nodeName?: string;
	/** The run fails with a clear message after this long; default 10 000 ms. */
	timeoutMs?: number;
	/**
	 * Default false: runNode rejects when a request reached nock without a matching interceptor
	 * (listing the requests). Set true for tests about network failures.
	 */
	allowUnmatchedRequests?: boolean;
}

export type NodeRunError = Error & {
	description?: string | null;
	httpCode?: string | null;
	context?: IDataObject;
};

export interface RunNodeResult {
	/** The node's first main output (empty when the node failed). */
	items: INodeExecutionData[];
	/**
	 * The error the node threw, when the run failed: the original object (a NodeApiError or
	 * NodeOperationError instance as thrown by execute(), with message, description,
	 * context.itemIndex, httpCode). The engine itself only keeps a spread copy of it in runData.
	 */
	error?: NodeRunError;
	runData: IRunData;
	/** The engine's complete result, for anything else a test wants to look at. */
	run: IRun;
	/** Requests nock had no interceptor for ("METHOD url"); only with allowUnmatchedRequests. */
	unmatchedRequests: string[];
}

// Generous: on a loaded 2-core CI machine a worker's garbage collection can stall a 3-page run for
// seconds. A hung nock still fails well inside Jest's testTimeout, with this clearer message.
const DEFAULT_TIMEOUT_MS = 30_000;

type RequestLike = {
	method?: string;
	protocol?: string;
	host?: string;
	hostname?: string;
	path?: string;
};

/** nock's 'no match' event passes (options) or (req, options, body); name the request. */
function describeUnmatched(first: unknown, second: unknown): string {
	const request = (second ?? first ?? {}) as RequestLike;
	const method = request.method ?? (first as RequestLike | undefined)?.method ?? 'GET';
	const protocol = request.protocol ?? 'https:';
	const defaultPort = protocol === 'http:' ? ':80' : ':443';
	const host = (request.host ?? request.hostname ?? '?').replace(new RegExp(`${defaultPort}$`), '');
	return `${method.toUpperCase()} ${protocol}//${host}${request.path ?? ''}`;
}

const maxVersion = (node: INodeType): number => {
	const { version } = node.description;
	return Array.isArray(version) ? Math.max(...version) : version;
};

/**
 * A credentials helper with the behaviour of n8n's `CredentialsHelper` that nodes can observe:
 * - `getDecrypted` returns the test data with the credential class's defaults applied (as n8n
 *   does with `NodeHelpers.getNodeParameters`) and `={{ … }}` values resolved with `$self`;
 * - `authenticate` applies the class's `authenticate`: a function is called, a generic object has
 *   its `={{ $credentials.x }}` values resolved into headers / qs / body / auth;
 * - `getParentTypes` returns the `extends` chain, so n8n-core sends `oAuth2Api` children through
 *   its OAuth2 signer (which reads `oauthTokenData.access_token`).
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	/** Data handed to `updateCredentials*` by the engine (e.g. after an OAuth2 token fetch). */
	readonly updates: Array<{ type: string; data: ICredentialDataDecryptedObject }> = [];

	private readonly types = new Map<string, ICredentialType>();

	constructor(
		private readonly data: Record<string, ICredentialDataDecryptedObject>,
		credentialTypes: ICredentialType[],
	) {
		super();
		for (const type of credentialTypes) this.types.set(type.name, type);
	}

	getParentTypes(name: string): string[] {
		const parents = this.types.get(name)?.extends ?? [];
		return parents.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.types.get(type)?.properties ?? [];
	}

	async getCredentials(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentials> {
		throw new Error(
			`runNode: getCredentials(${nodeCredentials.name}, ${type}) is not supported; nodes get decrypted data through getDecrypted`,
		);
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		mode: WorkflowExecuteMode,
	): Promise<ICredentialDataDecryptedObject> {
		const original = this.data[type];
		if (original === undefined) {
			throw new Error(`runNode: no test credentials given for credential type "${type}"`);
		}
		const credentialType = this.types.get(type);
		if (credentialType === undefined) return structuredClone(original);

		// Defaults and display rules of the class's own properties, as n8n applies them. Keys the
		// class doesn't declare (inherited from e.g. oAuth2Api, whose class isn't available here,
		// and oauthTokenData) are kept as given.
		const declared = new Set(credentialType.properties.map((p) => p.name));
		const withDefaults =
			NodeHelpers.getNodeParameters(
				credentialType.properties,
				structuredClone(original) as INodeParameters,
				true,
				false,
				null,
				null,
			) ?? {};
		const merged: INodeParameters = { ...withDefaults };
		for (const [key, value] of Object.entries(original)) {
			if (!declared.has(key)) merged[key] = structuredClone(value) as INodeParameters[string];
		}

		// Resolve expressions in credential fields (hidden OAuth2 URLs over `$self.region`…).
		const node: INode = {
			id: 'credentials-helper',
			name: 'Credentials helper',
			type: 'n8n-nodes-base.noOp',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		};
		const workflow = new Workflow({
			nodes: [node],
			connections: {},
			active: false,
			nodeTypes: emptyNodeTypes,
		});
		return workflow.expression.getComplexParameterValue(
			node,
			merged,
			mode,
			{},
			undefined,
			undefined,
			merged,
		) as ICredentialDataDecryptedObject;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		incoming: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const requestOptions = incoming as IHttpRequestOptions;
		const authenticate = this.types.get(typeName)?.authenticate;
		if (authenticate === undefined) return requestOptions;
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions);
		}
		if (authenticate.type !== 'generic') return requestOptions;
		if (workflow === undefined || node === undefined) {
			throw new Error('runNode: authenticate() called without workflow and node');
		}

		const resolve = (value: unknown): unknown => {
			if (typeof value !== 'string' || !value.startsWith('=')) return value;
			const resolved = workflow.expression.getSimpleParameterValue(
				node,
				value,
				'internal',
				{ $credentials: credentials },
				undefined,
				'',
			);
			// n8n's CredentialsHelper.resolveValue: falsy → '', otherwise a string.
			return resolved ? String(resolved) : '';
		};

		const target = requestOptions as unknown as Record<string, Record<string, unknown> | undefined>;
		for (const [outerKey, outerValue] of Object.entries(authenticate.properties)) {
			for (const [key, value] of Object.entries(outerValue as Record<string, unknown>)) {
				const section = target[outerKey] ?? {};
				section[resolve(key) as string] = resolve(value);
				target[outerKey] = section;
			}
		}
		return requestOptions;
	}

	async preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async updateCredentials(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.updates.push({ type, data });
	}

	async updateCredentialsOauthTokenData(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.updates.push({ type, data });
	}
}

/** The one-node workflow used to resolve credential expressions only needs a description. */
const noOpNodeType: INodeType = {
	description: {
		displayName: 'No Operation',
		name: 'noOp',
		group: ['transform'],
		version: 1,
		description: 'Stands in for the node when resolving credential expressions',
		defaults: { name: 'No Operation' },
		inputs: [],
		outputs: [],
		properties: [],
	},
};
const emptyNodeTypes: INodeTypes = {
	getByName: () => noOpNodeType,
	getByNameAndVersion: () => noOpNodeType,
	getKnownTypes: () => ({}),
};

/**
 * Wraps the node so the error thrown by `execute()` is kept as the original object: the engine
 * stores only `{ ...error, message, stack }` (class and prototype getters lost). Everything else
 * is inherited from the instance through the prototype chain.
 */
function captureErrors(node: INodeType, onError: (error: unknown) => void): INodeType {
	const original = node.execute;
	if (original === undefined) return node;
	const wrapper = Object.create(node) as INodeType;
	wrapper.execute = async function (this: IExecuteFunctions, ...args: unknown[]) {
		const self = (this as unknown) === wrapper ? (node as unknown as IExecuteFunctions) : this;
		const call = original as (...a: unknown[]) => ReturnType<NonNullable<INodeType['execute']>>;
		// A promise (sync throws included) observed on the side; the engine gets it unchanged.
		const result = new Promise<Awaited<ReturnType<typeof call>>>((resolve) =>
			resolve(call.apply(self, args)),
		);
		result.catch(onError);
		return await result;
	} as INodeType['execute'];
	return wrapper;
}

export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const {
		parameters,
		credentials = {},
		credentialTypes = [],
		input = [{}],
		continueOnFail = false,
		timeoutMs = DEFAULT_TIMEOUT_MS,
		allowUnmatchedRequests = false,
	} = options;

	let thrown: unknown;
	const nodeType = captureErrors(options.node, (error) => {
		thrown = error;
	});
	const { description } = options.node;
	const typeName = `n8n-nodes-intercom.${description.name}`;
	const nodeName = options.nodeName ?? description.displayName;
	const executionId = `test-${Math.random().toString(36).slice(2, 10)}`;

	const node: INode = {
		id: 'node-under-test',
		name: nodeName,
		type: typeName,
		typeVersion: options.typeVersion ?? maxVersion(options.node),
		position: [0, 0],
		parameters,
		credentials: Object.fromEntries(
			Object.keys(credentials).map((type) => [type, { id: `cred-${type}`, name: `Test ${type}` }]),
		),
		...(continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};

	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};

	const workflowData: IWorkflowBase = {
		id: 'test-workflow',
		name: 'runNode test workflow',
		active: false,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: [node],
		connections: {},
		settings: options.timezone ? { timezone: options.timezone } : {},
	};
	const workflow = new Workflow({
		id: workflowData.id,
		name: workflowData.name,
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
		settings: options.timezone ? { timezone: options.timezone } : {},
	});

	const credentialsHelper = new TestCredentialsHelper(credentials, credentialTypes);
	const hooks = new ExecutionLifecycleHooks('manual', executionId, workflowData);

	const finished = new Promise<IRun>((resolve) => {
		hooks.addHandler('workflowExecuteAfter', async (fullRunData) => {
			resolve(fullRunData);
		});
	});

	const unsupported = (what: string) => async () => {
		throw new Error(`runNode: ${what} is not supported by the test harness`);
	};
	const additionalData = {
		executionId,
		hooks,
		credentialsHelper,
		variables: {},
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formBaseUrl: 'http://localhost:5678/form',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		formTestBaseUrl: 'http://localhost:5678/form-test',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		mcpBaseUrl: 'http://localhost:5678/mcp',
		mcpTestBaseUrl: 'http://localhost:5678/mcp-test',
		currentNodeExecutionIndex: 0,
		userId: 'test-user',
		workflowId: workflowData.id,
		executeWorkflow: unsupported('executeWorkflow'),
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: unsupported('startRunnerTask'),
	} as unknown as IWorkflowExecuteAdditionalData;

	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{
					node,
					data: {
						main: [
							(options.inputItems ?? input.map((json) => ({ json }))).map((item, index) => ({
								...item,
								pairedItem: { item: index },
							})),
						],
					},
					source: null,
				},
			],
		},
	});

	const execution = new WorkflowExecute(
		additionalData,
		'manual',
		runExecutionData,
	).processRunExecutionData(workflow);

	const unmatchedRequests: string[] = [];
	const onNoMatch = (first: unknown, second: unknown) => {
		unmatchedRequests.push(describeUnmatched(first, second));
	};
	nock.emitter.on('no match', onNoMatch);

	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => {
			// Reject first: cancelling makes the engine settle its own promise with status "canceled".
			reject(
				new Error(
					`runNode: node "${nodeName}" did not finish within ${timeoutMs} ms. ` +
						'Usually a request nock did not answer (a missing or delayed interceptor) ' +
						'or a promise in execute() that never settles.',
				),
			);
			execution.cancel();
		}, timeoutMs);
	});

	let run: IRun;
	try {
		// The engine's own promise settles too (with the same IRun); the hook is what n8n waits on.
		run = await Promise.race([finished, execution.then(() => finished), timeout]);
	} finally {
		clearTimeout(timer);
		nock.emitter.removeListener('no match', onNoMatch);
	}

	if (unmatchedRequests.length > 0 && !allowUnmatchedRequests) {
		throw new Error(
			`runNode: ${unmatchedRequests.length} request(s) matched no nock interceptor:\n` +
				unmatchedRequests.map((r) => `  ${r}`).join('\n') +
				'\n(nock answers them as 404 errors; pass allowUnmatchedRequests: true if that is intended)',
		);
	}

	const runData = run.data.resultData.runData;
	const task = runData[nodeName]?.[0];
	const items = task?.data?.main?.[0] ?? [];
	const engineError = run.data.resultData.error ?? task?.error;
	let error: NodeRunError | undefined;
	if (engineError !== undefined) {
		error = (thrown instanceof Error ? thrown : engineError) as NodeRunError;
	}
	return { items, error, runData, run, unmatchedRequests };
}

/** `runNode` with an explicit timeout, for tests that want it in the call. */
export async function runNodeWithTimeout(
	options: RunNodeOptions,
	timeoutMs: number,
): Promise<RunNodeResult> {
	return await runNode({ ...options, timeoutMs });
}
