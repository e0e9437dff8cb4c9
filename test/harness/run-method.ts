/**
 * Runs a node's `methods.listSearch` / `methods.loadOptions` function the way the editor does:
 * with n8n-core's real LoadOptionsContext (parameters, credentials and HTTP helpers as in n8n).
 */
import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	INode,
	INodeListSearchResult,
	INodeParameters,
	INodePropertyOptions,
	INodeType,
	INodeTypes,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './run-node';

export interface RunMethodOptions {
	node: INodeType;
	/** The node's current parameters (the editor sends them with each request). */
	parameters?: INodeParameters;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	credentialTypes?: ICredentialType[];
}

function contextFor(options: RunMethodOptions, path: string): LoadOptionsContext {
	const { node: nodeType, parameters = {}, credentials = {}, credentialTypes = [] } = options;
	const { description } = nodeType;
	const node: INode = {
		id: 'node-under-test',
		name: description.displayName,
		type: `n8n-nodes-intercom.${description.name}`,
		typeVersion: Array.isArray(description.version)
			? Math.max(...description.version)
			: description.version,
		position: [0, 0],
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
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
		settings: {},
	});
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper(credentials, credentialTypes),
		variables: {},
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		userId: 'test-user',
		// n8n's editor sends the node's current parameters (defaults included) with each call;
		// getCurrentNodeParameter and the credential's display rules read them here.
		currentNodeParameters:
			NodeHelpers.getNodeParameters(
				description.properties,
				parameters,
				true,
				false,
				node,
				description,
			) ?? parameters,
	} as unknown as IWorkflowExecuteAdditionalData;
	return new LoadOptionsContext(workflow, workflow.getNode(node.name)!, additionalData, path);
}

export async function runListSearch(
	options: RunMethodOptions & { method: string; filter?: string; paginationToken?: string },
): Promise<INodeListSearchResult> {
	const fn = options.node.methods?.listSearch?.[options.method];
	if (!fn) throw new Error(`runListSearch: the node has no listSearch method "${options.method}"`);
	return await fn.call(contextFor(options, 'parameters'), options.filter, options.paginationToken);
}

export async function runLoadOptions(
	options: RunMethodOptions & { method: string },
): Promise<INodePropertyOptions[]> {
	const fn = options.node.methods?.loadOptions?.[options.method];
	if (!fn)
		throw new Error(`runLoadOptions: the node has no loadOptions method "${options.method}"`);
	return await fn.call(contextFor(options, 'parameters'));
}
