/** Sends signed notifications to the trigger's real webhook() through the harness. */
import { createHmac } from 'node:crypto';
import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { IntercomAccessTokenApi } from '../../../credentials/IntercomAccessTokenApi.credentials';
import { IntercomOAuth2Api } from '../../../credentials/IntercomOAuth2Api.credentials';
import { IntercomTrigger } from '../../../nodes/IntercomTrigger/IntercomTrigger.node';
import type { RunWebhookResult, StaticDataStore } from '../../harness/run-webhook';
import { runWebhook } from '../../harness/run-webhook';

export const SECRET = 'test-client-secret';
export const trigger = new IntercomTrigger();
const credentialTypes = [new IntercomAccessTokenApi(), new IntercomOAuth2Api()];

export const tokenCredentials = (
	clientSecret = SECRET,
): Record<string, ICredentialDataDecryptedObject> => ({
	intercomAccessTokenApi: { accessToken: 'test-token', region: 'us', clientSecret },
});

export const sign = (raw: Buffer, secret = SECRET) =>
	`sha1=${createHmac('sha1', secret).update(raw).digest('hex')}`;

export interface SendOptions {
	parameters?: INodeParameters;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	store?: StaticDataStore;
	/** Sign with this secret (default SECRET); null: no signature header. */
	signWith?: string | null;
	/** Send this X-Hub-Signature instead of the right one. */
	signature?: string;
	/** Send these bytes instead of the signed body (a body changed after signing). */
	raw?: Buffer;
	onCredentialRead?: (type: string) => void | Promise<void>;
}

/** POSTs `body` (compact JSON, as Intercom sends it, or the bytes given) signed with `signWith`. */
export async function send(
	body: IDataObject | Buffer,
	options: SendOptions = {},
): Promise<RunWebhookResult> {
	const raw = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body), 'utf8');
	const signWith = options.signWith === undefined ? SECRET : options.signWith;
	const headers: Record<string, string> = {};
	if (options.signature !== undefined) headers['x-hub-signature'] = options.signature;
	else if (signWith !== null) headers['x-hub-signature'] = sign(raw, signWith);
	return await runWebhook({
		node: trigger,
		parameters: options.parameters ?? {},
		credentials: options.credentials ?? tokenCredentials(),
		credentialTypes,
		store: options.store,
		headers,
		rawBody: options.raw ?? raw,
		onCredentialRead: options.onCredentialRead,
	});
}

/** The call answered by itself (status, body) and started no execution. */
export const answered = (run: RunWebhookResult) => ({
	status: run.response.ended ? run.response.statusCode : undefined,
	body: run.response.body,
	emitted: run.emitted.length,
});
