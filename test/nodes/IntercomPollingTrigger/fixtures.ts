import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { IntercomAccessTokenApi } from '../../../credentials/IntercomAccessTokenApi.credentials';
import { IntercomPollingTrigger } from '../../../nodes/IntercomPollingTrigger/IntercomPollingTrigger.node';
import { SANDBOX_TOKEN } from '../../../sandbox';
import { Poller } from '../../harness/run-poll';

/** The Intercom Polling Trigger with these parameters, on an access-token credential. */
export function pollingTrigger(
	parameters: Record<string, unknown>,
	credential: ICredentialDataDecryptedObject,
): Poller {
	return new Poller({
		node: new IntercomPollingTrigger(),
		parameters: parameters as never,
		credentials: { intercomAccessTokenApi: credential },
		credentialTypes: [new IntercomAccessTokenApi()],
	});
}

/** The trigger on the sandbox at `url` (its token, Region Custom). */
export const sandboxPollingTrigger = (url: string, parameters: Record<string, unknown>): Poller =>
	pollingTrigger(parameters, {
		accessToken: SANDBOX_TOKEN,
		region: 'custom',
		baseUrl: url,
		apiVersion: '2.16',
	});
