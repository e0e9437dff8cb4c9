/**
 * Runs a polling trigger's real `poll()` through n8n-core's `PollContext`, as n8n 2.41 does for
 * an active workflow without durable poll cursors (packages/cli trigger-execution-context.factory
 * and n8n-core poll-trigger-executor):
 * - one `Workflow` per activation, built from the stored static data; its static data lives in
 *   memory between polls;
 * - the static data is stored (n8n: saveStaticData) when a poll outputs items, as `__emit` does,
 *   and after the activation's own poll (the first after publishing or an n8n start: n8n's
 *   ActiveWorkflowManager saves the static data once the triggers are added); any other poll that
 *   returns null stores nothing;
 * - a poll that throws stores nothing; n8n reports it as a trigger error (`__emitError`).
 * `restart()` builds the Workflow again from what was stored, as after an n8n restart (activation
 * mode `init`; the first activation is `activate`, as publishing is).
 * Manual mode (Fetch Test Event) runs on a copy of the static data.
 */
import { PollContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IPollFunctions,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './run-node';

export interface PollerOptions {
	node: INodeType;
	parameters: INodeParameters;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	credentialTypes?: ICredentialType[];
	timezone?: string;
}

export interface PollOutcome {
	/** The JSON of the items the poll output, [] when it returned null. */
	items: IDataObject[];
	/** What `poll()` returned. */
	result: INodeExecutionData[][] | null;
}

let counter = 0;

export class Poller {
	/** What n8n's database holds of the workflow's static data (null: nothing saved yet). */
	stored: IDataObject | null = null;

	saves = 0;

	private workflow!: Workflow;

	/** How the current activation came about: publishing (`activate`) or an n8n start (`init`). */
	private activation: 'activate' | 'init' = 'activate';

	/** Whether the next poll is the activation's own (n8n runs one at once, then saves). */
	private activating = true;

	private readonly node: INode;

	private readonly nodeTypes: INodeTypes;

	private readonly additionalData: IWorkflowExecuteAdditionalData;

	private readonly workflowId = `poll-test-workflow-${++counter}`;

	constructor(private readonly options: PollerOptions) {
		const { description } = options.node;
		const credentials = options.credentials ?? {};
		this.node = {
			id: 'poller-under-test',
			name: description.displayName,
			type: `n8n-nodes-intercom.${description.name}`,
			typeVersion: Array.isArray(description.version)
				? Math.max(...description.version)
				: description.version,
			position: [0, 0],
			parameters: options.parameters,
			credentials: Object.fromEntries(
				Object.keys(credentials).map((type) => [
					type,
					{ id: `cred-${type}`, name: `Test ${type}` },
				]),
			),
		};
		this.nodeTypes = {
			getByName: () => options.node,
			getByNameAndVersion: () => options.node,
			getKnownTypes: () => ({}),
		};
		this.additionalData = {
			credentialsHelper: new TestCredentialsHelper(credentials, options.credentialTypes ?? []),
			variables: {},
			restApiUrl: 'http://localhost:5678/rest',
			instanceBaseUrl: 'http://localhost:5678/',
			webhookBaseUrl: 'http://localhost:5678/webhook',
			webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
			webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
			formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
			userId: 'test-user',
		} as unknown as IWorkflowExecuteAdditionalData;
		this.workflow = this.newWorkflow(undefined);
	}

	/** A new activation over what was stored (n8n restarted, or the workflow republished). */
	restart(): void {
		this.activation = 'init';
		this.activating = true;
		this.workflow = this.newWorkflow(
			this.stored === null ? undefined : structuredClone(this.stored),
		);
	}

	/** The static data of this activation as it is in memory now. */
	get memory(): IDataObject {
		return this.workflow.getStaticData('node', this.workflow.getNode(this.node.name)!);
	}

	/** One scheduled poll. */
	async poll(): Promise<PollOutcome> {
		const activating = this.activating;
		const outcome = await this.run(this.workflow, 'trigger');
		this.activating = false;
		if (outcome.result !== null || activating) this.save();
		return outcome;
	}

	/** Fetch Test Event: the poll in manual mode, on a copy of the static data. */
	async fetchTestEvent(): Promise<PollOutcome> {
		return await this.run(
			this.newWorkflow(JSON.parse(JSON.stringify(this.workflow.staticData)) as IDataObject),
			'manual',
		);
	}

	private newWorkflow(staticData: IDataObject | undefined): Workflow {
		return new Workflow({
			id: this.workflowId,
			name: 'Polling test workflow',
			nodes: [this.node],
			connections: {},
			active: true,
			nodeTypes: this.nodeTypes,
			settings: { timezone: this.options.timezone ?? 'UTC' },
			staticData,
		});
	}

	private save(): void {
		const data = this.workflow.staticData as IDataObject & { __dataChanged?: boolean };
		if (data.__dataChanged !== true) return;
		this.stored = JSON.parse(JSON.stringify(data)) as IDataObject;
		data.__dataChanged = false;
		this.saves++;
	}

	private async run(workflow: Workflow, mode: 'trigger' | 'manual'): Promise<PollOutcome> {
		const node = workflow.getNode(this.node.name)!;
		const context = new PollContext(
			workflow,
			node,
			this.additionalData,
			mode,
			mode === 'manual' ? 'manual' : this.activation,
		);
		if (!this.options.node.poll) throw new Error('Poller: the node has no poll()');
		const result = await this.options.node.poll.call(context as unknown as IPollFunctions);
		return { result, items: (result?.[0] ?? []).map((item) => item.json) };
	}
}
