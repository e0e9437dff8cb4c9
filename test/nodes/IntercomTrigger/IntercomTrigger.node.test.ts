import { createHmac } from 'node:crypto';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHookFunctions,
	INodeParameters,
} from 'n8n-workflow';

import { IntercomAccessTokenApi } from '../../../credentials/IntercomAccessTokenApi.credentials';
import { IntercomOAuth2Api } from '../../../credentials/IntercomOAuth2Api.credentials';
import { IntercomTrigger } from '../../../nodes/IntercomTrigger/IntercomTrigger.node';
import { SEEN_IDS_LIMIT } from '../../../nodes/IntercomTrigger/dedupe';
import { MAX_BODY_BYTES } from '../../../nodes/IntercomTrigger/notification';
import {
	SECRET_CACHE_MS,
	SECRET_RECHECK_MS,
	secretCacheClock,
} from '../../../nodes/IntercomTrigger/secret';
import { TestCredentialsHelper } from '../../harness/run-node';
import { newStaticDataStore, runWebhook, runWebhookMethod } from '../../harness/run-webhook';
import { send } from './send';
import { resolveSubtitle } from '../../harness/subtitle';

const SECRET = 'test-client-secret';
const OAUTH_SECRET = 'test-oauth-app-secret';
const trigger = new IntercomTrigger();
const credentialTypes = [new IntercomAccessTokenApi(), new IntercomOAuth2Api()];

const tokenCredentials = (
	clientSecret = SECRET,
): Record<string, ICredentialDataDecryptedObject> => ({
	intercomAccessTokenApi: { accessToken: 'test-token', region: 'us', clientSecret },
});
const oauthCredentials = (
	clientSecret = OAUTH_SECRET,
): Record<string, ICredentialDataDecryptedObject> => ({
	intercomOAuth2Api: {
		region: 'eu',
		clientId: 'test-client-id',
		clientSecret,
		oauthTokenData: { access_token: 'test-token' },
	},
});

// The secret cache's clock: every test starts with the cache of the one before expired.
let now = 1_800_000_000_000;
beforeAll(() => {
	secretCacheClock.now = () => now;
});
beforeEach(() => {
	now += 10 * SECRET_CACHE_MS;
});

const sign = (raw: Buffer, secret = SECRET) =>
	`sha1=${createHmac('sha1', secret).update(raw).digest('hex')}`;

let counter = 0;
const contactItem = {
	type: 'contact',
	id: '6657a0d8e4b0c1a2b3c4d5e6',
	role: 'user',
	email: 'ada@example.com',
};

/** An Intercom notification envelope as Intercom sends it (INTERCOM-FACTS §9). */
function notification(
	topic: string,
	item: unknown = contactItem,
	id = `notif_${++counter}`,
): IDataObject {
	return {
		type: 'notification_event',
		app_id: 'abc123de',
		data: { type: 'notification_event_data', item },
		links: {},
		id,
		topic,
		delivery_status: 'pending',
		delivery_attempts: 1,
		delivered_at: 0,
		first_sent_at: 1760000000,
		created_at: 1760000000,
		self: null,
	} as IDataObject;
}

const post = send;

const expectNoRun = (run: Awaited<ReturnType<typeof post>>, status: number) => {
	expect(run.response.statusCode).toBe(status);
	expect(run.response.ended).toBe(true);
	expect(run.result).toEqual({ noWebhookResponse: true });
	expect(run.emitted).toEqual([]);
};

describe('Intercom Trigger › description', () => {
	it('is a trigger with HEAD (setup) and POST (default) on one path, answering on receipt', () => {
		const { description } = trigger;
		expect(description.name).toBe('intercomTrigger');
		expect(description.inputs).toEqual([]);
		expect(description.group).toEqual(['trigger']);
		expect(description.webhooks).toEqual([
			expect.objectContaining({
				name: 'setup',
				httpMethod: 'HEAD',
				responseMode: 'onReceived',
				path: 'webhook',
			}),
			expect.objectContaining({
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			}),
		]);
		expect(description.description).toMatch(
			/^Community package for Intercom's current API 2\.x: starts a workflow on Intercom's webhooks/,
		);
		expect(description.credentials?.map((c) => c.name)).toEqual([
			'intercomAccessTokenApi',
			'intercomOAuth2Api',
		]);
		const notice = description.properties.find((p) => p.name === 'setupNotice');
		expect(notice?.displayName).toMatch(/Configure → Webhooks/);
		expect(notice?.displayName).toMatch(/Basic information/);
		// n8n 2.x publishes a workflow, n8n 1.x activates it: the notice names both.
		expect(notice?.displayName).toMatch(/Publish \(activate\) the workflow/);
	});
});

describe('Intercom Trigger › subtitle', () => {
	it.each([
		[['*'], 'All Topics'],
		[
			['contact.user.created', 'conversation.admin.replied'],
			'Contact: User Created, Conversation: Admin Replied',
		],
		[['contact.user.created', 'some.future.topic'], 'Contact: User Created, some.future.topic'],
		[[], ''],
	])('topics %j → "%s", as the editor resolves it', (topics, expected) => {
		expect(resolveSubtitle(trigger, { topics })).toBe(expected);
	});
});

describe('Intercom Trigger › HEAD and ping', () => {
	it('answers HEAD with 200 and starts nothing', async () => {
		const run = await runWebhook({
			node: trigger,
			webhookName: 'setup',
			parameters: {},
			credentials: tokenCredentials(),
			credentialTypes,
		});
		expectNoRun(run, 200);
		expect(run.store.saves).toBe(0);
	});

	it('answers a ping with 200 and starts nothing', async () => {
		const run = await post(notification('ping', { type: 'ping', message: 'something' }));
		expectNoRun(run, 200);
		expect(run.response.body).toEqual({ received: true, emitted: false, reason: 'ping' });
	});

	it('emits the ping with Emit Ping, whatever the topics', async () => {
		const run = await post(
			notification('ping', { type: 'ping', message: 'something' }, 'notif_ping1'),
			{
				parameters: { topics: ['contact.user.created'], options: { emitPing: true } },
			},
		);
		expect(run.response.ended).toBe(false);
		expect(run.emitted).toEqual([
			expect.objectContaining({
				type: 'ping',
				message: 'something',
				topic: 'ping',
				notificationId: 'notif_ping1',
			}),
		]);
	});
	it('emits the ping when the Ping topic is selected, but not with All Topics (*)', async () => {
		const ping = (id: string) => notification('ping', { type: 'ping', message: 'something' }, id);
		const selected = await post(ping('notif_ping2'), { parameters: { topics: ['ping'] } });
		expect(selected.emitted).toEqual([
			expect.objectContaining({ topic: 'ping', notificationId: 'notif_ping2' }),
		]);
		expectNoRun(await post(ping('notif_ping3'), { parameters: { topics: ['*'] } }), 200);
	});
});

describe('Intercom Trigger › signature', () => {
	it('accepts a valid signature and emits the notified object with the notification fields', async () => {
		const run = await post(notification('contact.user.created', contactItem, 'notif_valid'));
		expect(run.response.ended).toBe(false);
		expect(run.result.noWebhookResponse).toBeUndefined();
		expect(run.emitted).toEqual([
			{
				...contactItem,
				topic: 'contact.user.created',
				notificationId: 'notif_valid',
				createdAt: 1760000000,
				appId: 'abc123de',
				deliveryAttempts: 1,
			},
		]);
	});

	it('refuses a wrong signature with 401', async () => {
		const run = await post(notification('contact.user.created'), { signWith: 'another-secret' });
		expectNoRun(run, 401);
		expect(run.response.body).toEqual({
			message: expect.stringMatching(/Invalid X-Hub-Signature/),
		});
	});

	it('refuses a missing signature with 401', async () => {
		const run = await post(notification('contact.user.created'), { signWith: null });
		expectNoRun(run, 401);
		expect(run.response.body).toEqual({ message: 'Missing X-Hub-Signature header' });
	});

	it('refuses a body changed after signing', async () => {
		const original = Buffer.from(JSON.stringify(notification('contact.user.created')));
		const tampered = Buffer.from(original.toString().replace('ada@example.com', 'eve@example.com'));
		const run = await post(tampered, { signature: sign(original) });
		expectNoRun(run, 401);
	});

	it('refuses signatures of another length, other schemes and uppercase forgeries of the wrong digest', async () => {
		const body = notification('contact.user.created');
		const raw = Buffer.from(JSON.stringify(body));
		const right = sign(raw);
		for (const signature of [
			'sha1=',
			'sha1=abc',
			`sha256=${right.slice(5)}`,
			`${right}00`,
			right.slice(0, -1),
		]) {
			expectNoRun(await post(body, { signature }), 401);
		}
	});

	it('signs over the raw bytes, not re-serialised JSON', async () => {
		const body = notification('contact.user.created', contactItem, 'notif_spaced');
		const raw = Buffer.from(JSON.stringify(body, null, 2));
		const run = await post(raw, { signature: sign(raw) });
		expect(run.emitted).toHaveLength(1);
		const compact = Buffer.from(JSON.stringify(body));
		expectNoRun(await post(raw, { signature: sign(compact), store: newStaticDataStore() }), 401);
	});

	it('uses the OAuth2 app client secret with Authentication OAuth2', async () => {
		const body = notification('contact.user.created', contactItem, 'notif_oauth');
		const parameters = { authentication: 'oAuth2' };
		const ok = await post(body, {
			parameters,
			credentials: oauthCredentials(),
			signWith: OAUTH_SECRET,
		});
		expect(ok.emitted).toHaveLength(1);
		const wrong = await post(body, {
			parameters,
			credentials: oauthCredentials(),
			signWith: SECRET,
		});
		expectNoRun(wrong, 401);
	});

	it('no client secret: verification is off, unsigned and wrongly signed notifications are accepted', async () => {
		const credentials = tokenCredentials('');
		const unsigned = await post(
			notification('contact.user.created', contactItem, 'notif_nosecret1'),
			{ credentials, signWith: null },
		);
		expect(unsigned.emitted).toEqual([
			expect.objectContaining({ notificationId: 'notif_nosecret1' }),
		]);
		const other = await post(notification('contact.user.created', contactItem, 'notif_nosecret2'), {
			credentials,
			signWith: 'another-secret',
		});
		expect(other.emitted).toHaveLength(1);
	});

	it('Require Signature off and no client secret: unsigned notifications are accepted', async () => {
		const run = await post(notification('contact.user.created', contactItem, 'notif_unsigned'), {
			parameters: { requireSignature: false },
			credentials: tokenCredentials(''),
			signWith: null,
		});
		expect(run.emitted).toEqual([expect.objectContaining({ notificationId: 'notif_unsigned' })]);
	});

	it('Require Signature off with a client secret: unsigned accepted, a wrong signature still refused', async () => {
		const parameters = { requireSignature: false };
		const unsigned = await post(notification('contact.user.created'), {
			parameters,
			signWith: null,
		});
		expect(unsigned.emitted).toHaveLength(1);
		const forged = await post(notification('contact.user.created'), {
			parameters,
			signWith: 'another-secret',
		});
		expectNoRun(forged, 401);
		const signed = await post(notification('contact.user.created'), { parameters });
		expect(signed.emitted).toHaveLength(1);
	});
});

describe('Intercom Trigger › client secret cache', () => {
	it('reads the credential once for a burst, and again when a signature does not match (a rotated secret)', async () => {
		const reads = jest.spyOn(TestCredentialsHelper.prototype, 'getDecrypted');
		const readsDuring = async (send: () => Promise<Awaited<ReturnType<typeof post>>>) => {
			reads.mockClear();
			const run = await send();
			return { run, reads: reads.mock.calls.length };
		};
		try {
			await post(notification('contact.user.created', contactItem, 'notif_cache0'));
			const hit = await readsDuring(
				async () => await post(notification('contact.user.created', contactItem, 'notif_cache1')),
			);
			expect(hit.run.emitted).toHaveLength(1);
			expect(hit.reads).toBe(0);

			// The secret changed in the credential: the cached one does not match, the credential is read
			// again (at most once every SECRET_RECHECK_MS).
			now += SECRET_RECHECK_MS;
			const rotated = tokenCredentials('test-rotated-secret');
			const first = await readsDuring(
				async () =>
					await post(notification('contact.user.created', contactItem, 'notif_cache2'), {
						credentials: rotated,
						signWith: 'test-rotated-secret',
					}),
			);
			expect(first.run.emitted).toHaveLength(1);
			expect(first.reads).toBe(1);
			const next = await readsDuring(
				async () =>
					await post(notification('contact.user.created', contactItem, 'notif_cache3'), {
						credentials: rotated,
						signWith: 'test-rotated-secret',
					}),
			);
			expect(next.reads).toBe(0);
			// The old secret is no longer accepted, even though it was cached before; just read, the
			// credential is not read again for it.
			const old = await readsDuring(
				async () =>
					await post(notification('contact.user.created', contactItem, 'notif_cache4'), {
						credentials: rotated,
					}),
			);
			expectNoRun(old.run, 401);
			expect(old.reads).toBe(0);
		} finally {
			reads.mockRestore();
		}
	});

	it('a cached secret expires after SECRET_CACHE_MS', async () => {
		const reads = jest.spyOn(TestCredentialsHelper.prototype, 'getDecrypted');
		try {
			const start = now;
			await post(notification('contact.user.created', contactItem, 'notif_ttl0'));
			reads.mockClear();
			now = start + SECRET_CACHE_MS - 1;
			await post(notification('contact.user.created', contactItem, 'notif_ttl1'));
			expect(reads).not.toHaveBeenCalled();
			now = start + SECRET_CACHE_MS;
			await post(notification('contact.user.created', contactItem, 'notif_ttl2'));
			expect(reads).toHaveBeenCalledTimes(1);
		} finally {
			reads.mockRestore();
		}
	});
});

describe('Intercom Trigger › topics', () => {
	it('answers 200 and emits nothing for a topic that is not selected', async () => {
		const run = await post(notification('conversation.admin.replied'), {
			parameters: { topics: ['contact.user.created', 'ticket.state.updated'] },
		});
		expectNoRun(run, 200);
		expect(run.response.body).toEqual({
			received: true,
			emitted: false,
			reason: 'topic not selected',
		});
		expect(run.store.saves).toBe(0);
	});

	it('emits a selected topic', async () => {
		const run = await post(notification('ticket.state.updated', { type: 'ticket', id: '42' }), {
			parameters: { topics: ['contact.user.created', 'ticket.state.updated'] },
		});
		expect(run.emitted).toEqual([
			expect.objectContaining({ type: 'ticket', id: '42', topic: 'ticket.state.updated' }),
		]);
	});

	it('All Topics (*) is the default and emits any topic, even one the node does not list', async () => {
		const defaults = await post(notification('company.created', { type: 'company', id: 'c1' }));
		expect(defaults.emitted).toHaveLength(1);
		const unknown = await post(notification('some.future.topic', { type: 'thing', id: 't1' }), {
			parameters: { topics: ['*'] },
		});
		expect(unknown.emitted).toEqual([
			expect.objectContaining({ topic: 'some.future.topic', id: 't1' }),
		]);
	});

	it('*.deleted topics emit their minimal payload as it is, with the notification fields', async () => {
		const run = await post(
			notification(
				'contact.deleted',
				{ type: 'contact', id: 'gone1', external_id: 'ext-9' },
				'notif_del',
			),
		);
		expect(run.emitted).toEqual([
			{
				type: 'contact',
				id: 'gone1',
				external_id: 'ext-9',
				topic: 'contact.deleted',
				notificationId: 'notif_del',
				createdAt: 1760000000,
				appId: 'abc123de',
				deliveryAttempts: 1,
			},
		]);
		const bare = await post(notification('conversation.deleted', 'conv_123', 'notif_del2'));
		expect(bare.emitted).toEqual([
			expect.objectContaining({ item: 'conv_123', topic: 'conversation.deleted' }),
		]);
	});

	it('Include Envelope emits the whole notification as sent', async () => {
		const body = notification(
			'conversation.user.replied',
			{ type: 'conversation', id: '77' },
			'notif_env',
		);
		const run = await post(body, { parameters: { options: { includeEnvelope: true } } });
		expect(run.emitted).toEqual([body]);
	});
});

describe('Intercom Trigger › duplicates', () => {
	it('emits a notification id once; the repeat answers 200 and starts nothing', async () => {
		const store = newStaticDataStore();
		const body = notification('contact.user.created', contactItem, 'notif_twice');
		const first = await post(body, { store });
		expect(first.emitted).toHaveLength(1);
		expect(store.saves).toBe(1);
		const second = await post(body, { store });
		expectNoRun(second, 200);
		expect(second.response.body).toEqual({ received: true, emitted: false, reason: 'duplicate' });
		const other = await post(notification('contact.user.created', contactItem, 'notif_other'), {
			store,
		});
		expect(other.emitted).toHaveLength(1);
	});

	it('keeps the last 1,000 ids: the oldest is forgotten, the newest still caught', async () => {
		const store = newStaticDataStore('always');
		const ids = Array.from({ length: SEEN_IDS_LIMIT + 1 }, (_, i) => `notif_bound_${i}`);
		store.data = { 'node:Intercom Trigger': { notificationIds: ids.slice(0, SEEN_IDS_LIMIT) } };
		const newest = await post(
			notification('contact.user.created', contactItem, ids[SEEN_IDS_LIMIT]),
			{ store },
		);
		expect(newest.emitted).toHaveLength(1);
		const kept = (store.data?.['node:Intercom Trigger'] as IDataObject).notificationIds as string[];
		expect(kept).toHaveLength(SEEN_IDS_LIMIT);
		expect(kept[0]).toBe('notif_bound_1');
		expect(kept.at(-1)).toBe(ids[SEEN_IDS_LIMIT]);
		// The oldest id fell out of the list: a late repeat of it runs again.
		expect(
			(await post(notification('contact.user.created', contactItem, 'notif_bound_0'), { store }))
				.emitted,
		).toHaveLength(1);
		// A recent one is still caught.
		expectNoRun(
			await post(notification('contact.user.created', contactItem, 'notif_bound_500'), { store }),
			200,
		);
	});

	it('n8n 2.41 loses the static-data change of a call that starts an execution: memory still catches the repeat', async () => {
		const store = newStaticDataStore();
		const idsInStaticData = () =>
			(store.data?.['node:Intercom Trigger'] as IDataObject | undefined)?.notificationIds;
		expect(
			(await post(notification('contact.user.created', contactItem, 'notif_a'), { store })).emitted,
		).toHaveLength(1);
		expect(idsInStaticData()).toEqual(['notif_a']); // the first write is saved: there was no static data yet
		expect(
			(await post(notification('contact.user.created', contactItem, 'notif_b'), { store })).emitted,
		).toHaveLength(1);
		expect(idsInStaticData()).toEqual(['notif_a']); // lost, as in n8n 2.41
		expectNoRun(
			await post(notification('contact.user.created', contactItem, 'notif_b'), { store }),
			200,
		);
		// That call started nothing, so n8n saved what it wrote: the ids kept in memory.
		expect(idsInStaticData()).toEqual(['notif_a', 'notif_b']);
		expect(store.saves).toBe(2);
	});

	it('after a restart (memory empty) only the ids n8n saved in static data are known', async () => {
		const store = newStaticDataStore();
		await post(notification('contact.user.created', contactItem, 'notif_r1'), { store });
		await post(notification('contact.user.created', contactItem, 'notif_r2'), { store });
		expect(store.data).toEqual({ 'node:Intercom Trigger': { notificationIds: ['notif_r1'] } });
		let restarted: IntercomTrigger | undefined;
		jest.isolateModules(() => {
			// eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the module: a new n8n process
			const fresh = require('../../../nodes/IntercomTrigger/IntercomTrigger.node') as {
				IntercomTrigger: typeof IntercomTrigger;
			};
			restarted = new fresh.IntercomTrigger();
		});
		const again = async (id: string) =>
			await runWebhook({
				node: restarted!,
				parameters: {},
				credentials: tokenCredentials(),
				credentialTypes,
				store,
				headers: {
					'x-hub-signature': sign(
						Buffer.from(JSON.stringify(notification('contact.user.created', contactItem, id))),
					),
				},
				rawBody: Buffer.from(JSON.stringify(notification('contact.user.created', contactItem, id))),
			});
		expectNoRun(await again('notif_r1'), 200);
		expect((await again('notif_r2')).emitted).toHaveLength(1);
	});

	it('memory keeps the last 1,000 ids per trigger node', async () => {
		const store = newStaticDataStore();
		for (let i = 0; i < SEEN_IDS_LIMIT + 2; i++) {
			await post(notification('contact.user.created', contactItem, `notif_mem_${i}`), { store });
		}
		// notif_mem_0 is in static data (first write), notif_mem_1 fell out of memory, notif_mem_2 is kept.
		expectNoRun(
			await post(notification('contact.user.created', contactItem, 'notif_mem_0'), { store }),
			200,
		);
		expect(
			(await post(notification('contact.user.created', contactItem, 'notif_mem_1'), { store }))
				.emitted,
		).toHaveLength(1);
		expectNoRun(
			await post(notification('contact.user.created', contactItem, 'notif_mem_2'), { store }),
			200,
		);
		expect(
			((store.data?.['node:Intercom Trigger'] as IDataObject).notificationIds as string[]).length,
		).toBe(SEEN_IDS_LIMIT);
	});

	it('a refused or filtered notification does not use up its id', async () => {
		const store = newStaticDataStore();
		const body = notification('contact.user.created', contactItem, 'notif_retry');
		expectNoRun(await post(body, { store, signWith: 'another-secret' }), 401);
		expectNoRun(await post(body, { store, parameters: { topics: ['ticket.created'] } }), 200);
		expect(store.saves).toBe(0);
		expect((await post(body, { store })).emitted).toHaveLength(1);
	});
});

describe('Intercom Trigger › malformed bodies', () => {
	const cases: Array<[string, Buffer, RegExp]> = [
		['not JSON', Buffer.from('type=notification_event&id=1'), /not JSON/],
		['a JSON array', Buffer.from('[1,2]'), /not a JSON object/],
		[
			'another type',
			Buffer.from(JSON.stringify({ ...notification('contact.user.created'), type: 'event' })),
			/notification_event/,
		],
		[
			'no id',
			Buffer.from(JSON.stringify({ ...notification('contact.user.created'), id: undefined })),
			/no "id"/,
		],
		[
			'no topic',
			Buffer.from(JSON.stringify({ ...notification('contact.user.created'), topic: '' })),
			/no "topic"/,
		],
		['an empty body', Buffer.alloc(0), /no body/],
	];
	it.each(cases)('%s → 400 with a clear message, nothing started', async (_label, raw, message) => {
		const run = await post(raw);
		expectNoRun(run, 400);
		expect((run.response.body as IDataObject).message).toMatch(message);
	});

	it('a body over 1 MB → 400 before any parsing, signed or not', async () => {
		const big = notification('contact.user.created', {
			type: 'contact',
			id: 'x',
			note: 'a'.repeat(MAX_BODY_BYTES),
		});
		const run = await post(big);
		expectNoRun(run, 400);
		expect((run.response.body as IDataObject).message).toMatch(/more than the 1048576/);
	});
});

describe('Intercom Trigger › webhookMethods', () => {
	const setup = (parameters: INodeParameters = {}, credentials = tokenCredentials()) => ({
		node: trigger,
		parameters,
		credentials,
		credentialTypes,
	});

	it('checkExists is always false: Intercom has no subscription API', async () => {
		expect(await runWebhookMethod('checkExists', setup())).toBe(false);
	});

	it('create registers nothing and accepts a configuration with a client secret (both credentials)', async () => {
		expect(await runWebhookMethod('create', setup())).toBe(true);
		expect(
			await runWebhookMethod('create', setup({ authentication: 'oAuth2' }, oauthCredentials())),
		).toBe(true);
	});

	it('create accepts a credential without a client secret and logs that verification is off', async () => {
		const warnings: unknown[][] = [];
		const watch = (context: IHookFunctions) => {
			jest.spyOn(context.logger, 'warn').mockImplementation((...args: unknown[]) => {
				warnings.push(args);
			});
		};
		try {
			expect(
				await runWebhookMethod('create', { ...setup({}, tokenCredentials('')), onContext: watch }),
			).toBe(true);
			expect(
				await runWebhookMethod('create', {
					...setup({ authentication: 'oAuth2' }, oauthCredentials('  ')),
					onContext: watch,
				}),
			).toBe(true);
			expect(warnings).toHaveLength(2);
			expect(warnings[0][0]).toMatch(/no Client Secret.*not verified/);
			expect(JSON.stringify(warnings)).not.toContain('test-token');
			// With a client secret nothing is logged.
			expect(await runWebhookMethod('create', { ...setup(), onContext: watch })).toBe(true);
			expect(warnings).toHaveLength(2);
		} finally {
			jest.restoreAllMocks();
		}
	});

	it('create refuses an empty topic list', async () => {
		await expect(runWebhookMethod('create', setup({ topics: [] }))).rejects.toThrow(
			'Select at least one topic',
		);
	});

	it('create lets a credential error through', async () => {
		await expect(
			runWebhookMethod('create', setup({ authentication: 'oAuth2' }, tokenCredentials())),
		).rejects.toThrow(/intercomOAuth2Api/);
	});

	it('delete has nothing remote to remove', async () => {
		expect(await runWebhookMethod('delete', setup())).toBe(true);
	});
});
