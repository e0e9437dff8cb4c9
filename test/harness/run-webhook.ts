/**
 * Runs a trigger's real `webhook()` through n8n-core's `WebhookContext`, and its
 * `webhookMethods` through n8n-core's `HookContext`, the way n8n's live webhooks do: parameters
 * (with the description's defaults applied by `Workflow`), credentials through a credentials
 * helper, `getRequestObject()` / `getResponseObject()` over a fake request and response, and
 * `getWorkflowStaticData()` on the workflow's static data.
 *
 * Static data behaves as in n8n 2.41's production webhooks (packages/cli live-webhooks.ts and
 * workflow-runner.ts): each request builds a new `Workflow` from the stored static data (n8n reads
 * it from the database), and a change (`__dataChanged`) is stored again by `saveStaticData` in the
 * response callback. But when the call returns `workflowData`, n8n's WorkflowRunner first builds
 * another `Workflow` over the same static-data object (establishContextForPersistence), which
 * resets its change flag: the change is then lost, unless the workflow had no static data before
 * (the request's Workflow then got an object of its own). `saveMode: 'always'` stores every change
 * instead. Pass the same `store` to successive calls to imitate one active workflow.
 */
import { HookContext, WebhookContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHookFunctions,
	INode,
	INodeParameters,
	INodeType,
	INodeTypes,
	IWebhookData,
	IWebhookFunctions,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WebhookType,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './run-node';

/** What the workflow's static data holds between requests (n8n keeps it in the database). */
export interface StaticDataStore {
	/** `null` as in n8n's database before anything was saved. */
	data: IDataObject | null;
	/** How many times it was saved. */
	saves: number;
	/** The workflow's id: one store, one workflow. */
	workflowId: string;
	/** 'n8n-2.41' (default): as n8n 2.41 saves it (see above); 'always': every change. */
	saveMode: 'n8n-2.41' | 'always';
}

let workflowCounter = 0;
export const newStaticDataStore = (
	saveMode: StaticDataStore['saveMode'] = 'n8n-2.41',
): StaticDataStore => ({
	data: null,
	saves: 0,
	workflowId: `trigger-test-workflow-${++workflowCounter}`,
	saveMode,
});

export interface FakeRequest {
	method: string;
	headers: Record<string, string | string[] | undefined>;
	body?: unknown;
	rawBody?: Buffer;
	query: IDataObject;
	params: IDataObject;
}

/** The fake response: what `webhook()` wrote through `getResponseObject()`. */
export class FakeResponse {
	statusCode = 200;

	body: unknown = undefined;

	ended = false;

	headersSent = false;

	status(code: number): this {
		this.statusCode = code;
		return this;
	}

	json(body: unknown): this {
		this.body = body;
		return this.end();
	}

	send(body?: unknown): this {
		this.body = body;
		return this.end();
	}

	end(): this {
		if (this.ended) throw new Error('FakeResponse: the response was ended twice');
		this.ended = true;
		this.headersSent = true;
		return this;
	}
}

export interface WebhookSetup {
	node: INodeType;
	parameters: INodeParameters;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	credentialTypes?: ICredentialType[];
	/** Shared between calls to imitate one active workflow; a fresh one by default. */
	store?: StaticDataStore;
	/**
	 * Called (and awaited) before each credential read of the call, with the credential type: to
	 * count reads, or to make them take time as in n8n (the benchmarks).
	 */
	onCredentialRead?: (type: string) => void | Promise<void>;
}

export interface RunWebhookOptions extends WebhookSetup {
	/** 'setup' (HEAD) or 'default' (POST). */
	webhookName?: WebhookType;
	headers?: Record<string, string | string[] | undefined>;
	/** The raw bytes of the body, as n8n's raw-body reader stores them in `req.rawBody`. */
	rawBody?: Buffer;
	/** `req.body` (n8n's parsed JSON); default: rawBody parsed when it is JSON. */
	body?: unknown;
}

export interface RunWebhookResult {
	result: IWebhookResponseData;
	response: FakeResponse;
	/** The JSON of the emitted items (first output), or [] when nothing was emitted. */
	emitted: IDataObject[];
	store: StaticDataStore;
}

function setUp(options: WebhookSetup, webhookName: WebhookType) {
	const { node: nodeType, parameters, credentials = {}, credentialTypes = [] } = options;
	const store = options.store ?? newStaticDataStore();
	const { description } = nodeType;
	const node: INode = {
		id: 'trigger-under-test',
		name: description.displayName,
		type: `n8n-nodes-intercom.${description.name}`,
		typeVersion: Array.isArray(description.version)
			? Math.max(...description.version)
			: description.version,
		position: [0, 0],
		webhookId: 'b7e1f0c2-7d5e-4d8c-9a55-2f3c1d0e9a11',
		parameters,
		credentials: Object.fromEntries(
			Object.keys(credentials).map((type) => [type, { id: `cred-${type}`, name: `Test ${type}` }]),
		),
	};
	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	// As n8n does per request: a new Workflow over the stored static data.
	const workflow = new Workflow({
		id: store.workflowId,
		name: 'Trigger test workflow',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes,
		settings: {},
		staticData: store.data === null ? undefined : structuredClone(store.data),
	});
	const workflowNode = workflow.getNode(node.name)!;
	const webhookDescription = description.webhooks?.find((w) => w.name === webhookName);
	if (!webhookDescription) throw new Error(`runWebhook: the node has no "${webhookName}" webhook`);
	const credentialsHelper = new TestCredentialsHelper(credentials, credentialTypes);
	const { onCredentialRead } = options;
	if (onCredentialRead) {
		const read = credentialsHelper.getDecrypted.bind(credentialsHelper);
		credentialsHelper.getDecrypted = async (
			...args: Parameters<TestCredentialsHelper['getDecrypted']>
		) => {
			await onCredentialRead(args[2]);
			return await read(...args);
		};
	}
	const additionalData = {
		credentialsHelper,
		variables: {},
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		userId: 'test-user',
	} as unknown as IWorkflowExecuteAdditionalData;
	const webhookData: IWebhookData = {
		httpMethod: webhookDescription.httpMethod as IWebhookData['httpMethod'],
		node: node.name,
		path: `${node.webhookId}/${String(webhookDescription.path)}`,
		webhookDescription,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: additionalData,
		webhookId: node.webhookId,
	};
	/** n8n's saveStaticData after the call, with n8n 2.41's lost change when an execution starts. */
	const save = (startsExecution: boolean) => {
		const staticData = workflow.staticData as IDataObject & { __dataChanged?: boolean };
		const lost = store.saveMode === 'n8n-2.41' && startsExecution && store.data !== null;
		if (staticData.__dataChanged === true && !lost) {
			store.data = JSON.parse(JSON.stringify(staticData)) as IDataObject;
			store.saves++;
		}
	};
	return { workflow, workflowNode, additionalData, webhookData, store, save };
}

/** Calls `webhook()` once, as n8n does for one incoming request. */
export async function runWebhook(options: RunWebhookOptions): Promise<RunWebhookResult> {
	const webhookName = options.webhookName ?? 'default';
	const { workflow, workflowNode, additionalData, webhookData, store, save } = setUp(
		options,
		webhookName,
	);
	let body = options.body;
	if (body === undefined && options.rawBody !== undefined) {
		try {
			body = JSON.parse(options.rawBody.toString('utf8'));
		} catch {
			body = {};
		}
	}
	const request: FakeRequest = {
		method: webhookData.httpMethod,
		headers: { 'content-type': 'application/json', ...(options.headers ?? {}) },
		body,
		rawBody: options.rawBody,
		query: {},
		params: {},
	};
	const response = new FakeResponse();
	additionalData.httpRequest = request as unknown as IWorkflowExecuteAdditionalData['httpRequest'];
	additionalData.httpResponse =
		response as unknown as IWorkflowExecuteAdditionalData['httpResponse'];

	const context = new WebhookContext(
		workflow,
		workflowNode,
		additionalData,
		'webhook',
		webhookData,
		[],
		null,
	);
	if (!options.node.webhook) throw new Error('runWebhook: the node has no webhook()');
	const result = await options.node.webhook.call(context as unknown as IWebhookFunctions);
	save(result.workflowData !== undefined);
	const emitted = (result.workflowData?.[0] ?? []).map((item) => item.json);
	return { result, response, emitted, store };
}

/** Calls one of `webhookMethods.default` (checkExists, create, delete) through n8n-core's HookContext. */
export async function runWebhookMethod(
	method: 'checkExists' | 'create' | 'delete',
	options: WebhookSetup & {
		/** Called with n8n-core's context before the method runs (e.g. to watch its logger). */
		onContext?: (context: IHookFunctions) => void;
	},
): Promise<boolean | undefined> {
	const { workflow, workflowNode, additionalData, webhookData } = setUp(options, 'default');
	const fn = options.node.webhookMethods?.default?.[method];
	if (!fn) throw new Error(`runWebhookMethod: the node has no webhookMethods.default.${method}`);
	const context = new HookContext(
		workflow,
		workflowNode,
		additionalData,
		'webhook',
		'activate',
		webhookData,
	);
	options.onContext?.(context as unknown as IHookFunctions);
	return await fn.call(context as unknown as IHookFunctions);
}
