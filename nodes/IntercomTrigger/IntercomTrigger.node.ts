import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { authenticationProperty, nodeCredentials } from '../../credentials/intercom.common';

import { seenBefore } from './dedupe';
import type { WebhookRequest } from './notification';
import { bodySizeProblem, itemOf, parseNotification, rawBodyOf } from './notification';
import { clientSecret } from './secret';
import { SIGNATURE_HEADER, signatureProblem } from './signature';
import { ALL_TOPICS, PING_TOPIC, topicOptions, TOPICS_SUBTITLE } from './topics';

const NO_SECRET_WARNING =
	'Intercom Trigger: the credential has no Client Secret, so notification signatures are not verified. Copy the app’s client secret (Developer Hub → your app → Configure → Basic information) into the credential’s Client Secret.';

/** Answers the request directly; n8n then sends nothing else and starts no execution. */
function answer(this: IWebhookFunctions, status: number, body?: IDataObject): IWebhookResponseData {
	const res = this.getResponseObject();
	if (body === undefined) res.status(status).end();
	else res.status(status).json(body);
	return { noWebhookResponse: true };
}

export class IntercomTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Intercom Trigger',
		name: 'intercomTrigger',
		icon: { light: 'file:../../icons/intercom.svg', dark: 'file:../../icons/intercom.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: TOPICS_SUBTITLE,
		description:
			"Community package for Intercom's current API 2.x: starts a workflow on Intercom's webhooks for contacts, conversations, tickets, companies and admins, at once (needs a Developer Hub webhook and a public URL; the Intercom Polling Trigger needs neither)",
		defaults: { name: 'Intercom Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: nodeCredentials,
		webhooks: [
			{ name: 'setup', httpMethod: 'HEAD', responseMode: 'onReceived', path: 'webhook' },
			{
				name: 'default',
				httpMethod: 'POST',
				// Answer as soon as the execution is created (an empty 200), never after the workflow.
				responseMode: 'onReceived',
				responseData: 'noData',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName:
					'Intercom has no API to subscribe webhooks: set them up once in the Developer Hub. Publish (activate) the workflow, then open your app → Configure → Webhooks, paste this node’s <b>Production URL</b>, pick the topics (each needs its permission on the app) and save; Intercom checks the URL with a HEAD request and sends a ping. Put the app’s client secret (Configure → Basic information) in the credential’s Client Secret: <b>without it, signature verification is off</b> and any request to this URL that looks like an Intercom notification starts the workflow.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			authenticationProperty,
			{
				displayName: 'Topics',
				name: 'topics',
				type: 'multiOptions',
				options: topicOptions,
				default: [ALL_TOPICS],
				required: true,
				description:
					'The topics that start the workflow; notifications of other topics are answered and ignored. Intercom only sends the topics chosen in the Developer Hub.',
			},
			{
				displayName: 'Require Signature',
				name: 'requireSignature',
				type: 'boolean',
				default: true,
				description:
					'Whether to refuse (401) notifications without a valid X-Hub-Signature. Signatures are checked with the credential’s Client Secret; with no Client Secret in the credential they cannot be, and every notification is accepted.',
			},
			{
				displayName:
					'Signature verification is off: unsigned notifications are accepted, so anyone who knows the URL can start this workflow. A wrong signature is still refused when the credential has a Client Secret.',
				name: 'signatureOffNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { requireSignature: [false] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Emit Ping',
						name: 'emitPing',
						type: 'boolean',
						default: false,
						description:
							'Whether to start the workflow on the ping Intercom sends when the webhook is saved (to test the setup)',
					},
					{
						displayName: 'Include Envelope',
						name: 'includeEnvelope',
						type: 'boolean',
						default: false,
						description:
							'Whether to output the whole notification as Intercom sent it (type, ID, topic, app_id, created_at, delivery fields, data.item) instead of the notified object',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			// Intercom has no subscription API: the webhook is set up by hand in the Developer Hub.
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},
			// Registers nothing remotely; refuses a configuration that cannot work (no topic, no credential).
			async create(this: IHookFunctions): Promise<boolean> {
				const topics = this.getNodeParameter('topics', []) as string[];
				if (!Array.isArray(topics) || topics.length === 0) {
					throw new NodeOperationError(this.getNode(), 'Select at least one topic', {
						description: 'Pick the topics to start the workflow on, or All Topics (*).',
					});
				}
				// Reads the credential (its errors go through) and refreshes the cached secret.
				const { secret } = await clientSecret.call(this, 'fresh');
				if (secret === '') this.logger.warn(NO_SECRET_WARNING, { node: this.getNode().name });
				return true;
			},
			// Nothing to remove at Intercom; the Developer Hub subscription stays until removed there.
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		// Intercom validates the URL with a HEAD request.
		if (this.getWebhookName() === 'setup') return answer.call(this, 200);

		const request = this.getRequestObject() as unknown as WebhookRequest;
		const raw = rawBodyOf(request);
		const tooLarge = bodySizeProblem(raw);
		if (tooLarge !== undefined) return answer.call(this, 400, { message: tooLarge });

		const requireSignature = this.getNodeParameter('requireSignature', true) as boolean;
		const signature = request.headers[SIGNATURE_HEADER];
		const first = await clientSecret.call(this);
		let problem = signatureProblem(raw, signature, first.secret, requireSignature);
		if (problem !== undefined && first.cached) {
			// The secret may have been changed in the credential since it was cached: read it again
			// (at most once every SECRET_RECHECK_MS per credential, shared by concurrent requests).
			const again = await clientSecret.call(this, 'recheck');
			if (again.secret !== first.secret)
				problem = signatureProblem(raw, signature, again.secret, requireSignature);
		}
		if (problem !== undefined) return answer.call(this, 401, { message: problem });

		const parsed = parseNotification(raw);
		if ('problem' in parsed) return answer.call(this, 400, { message: parsed.problem });
		const { notification } = parsed;
		const options = this.getNodeParameter('options', {}) as {
			emitPing?: boolean;
			includeEnvelope?: boolean;
		};

		let skip: string | undefined;
		const topics = this.getNodeParameter('topics', []) as string[];
		if (notification.topic === PING_TOPIC) {
			// A ping only starts the workflow when asked for: Emit Ping, or the Ping topic selected.
			// Pings have no id ("id": null): each delivery is emitted, none enters the dedupe memory.
			if (options.emitPing !== true && !topics.includes(PING_TOPIC)) skip = 'ping';
			// A ping that starts nothing still copies the ids kept in memory into static data.
			if (skip !== undefined) seenBefore.call(this, undefined, false);
		} else {
			if (!topics.includes(ALL_TOPICS) && !topics.includes(notification.topic))
				skip = 'topic not selected';
			// A skipped notification does not use up its id, but its call still copies the ids kept in
			// memory into static data (n8n saves static data when a webhook call starts nothing).
			if (seenBefore.call(this, notification.id, skip === undefined)) skip ??= 'duplicate';
		}
		if (skip !== undefined)
			return answer.call(this, 200, { received: true, emitted: false, reason: skip });

		const json = itemOf(notification, options.includeEnvelope === true);
		return {
			workflowData: [this.helpers.returnJsonArray([json])],
		};
	}
}
