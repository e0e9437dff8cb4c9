import nock from 'nock';
import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { IntercomAccessTokenApi } from '../../../credentials/IntercomAccessTokenApi.credentials';
import { IntercomOAuth2Api } from '../../../credentials/IntercomOAuth2Api.credentials';
import { Intercom } from '../../../nodes/Intercom/Intercom.node';
import { RETRY } from '../../../nodes/Intercom/transport';
import type { RunNodeOptions, RunNodeResult } from '../../harness/run-node';
import { runNode } from '../../harness/run-node';
import type { IntercomRecorder, RecordedRequest } from '../../harness/intercom-nock';
import { expectContract, recordIntercom } from '../../harness/intercom-nock';

export const US = 'https://api.intercom.io';

export const TOKEN = 'test-token';

export const accessTokenCredentials = (
	extra: IDataObject = {},
): ICredentialDataDecryptedObject => ({
	accessToken: TOKEN,
	region: 'us',
	apiVersion: '2.16',
	...extra,
});

export const oauth2Credentials = (extra: IDataObject = {}): ICredentialDataDecryptedObject => ({
	region: 'us',
	apiVersion: '2.16',
	clientId: 'test-client-id',
	clientSecret: 'test-client-secret',
	oauthTokenData: { access_token: 'test-oauth-token', token_type: 'Bearer' },
	...extra,
});

/** Runs the Intercom node's real execute() through n8n's engine with a test credential. */
export async function runIntercom(
	parameters: INodeParameters,
	options: {
		input?: IDataObject[];
		/** Whole input items (JSON and binary data), instead of `input`. */
		inputItems?: RunNodeOptions['inputItems'];
		continueOnFail?: boolean;
		credentials?: ICredentialDataDecryptedObject;
		oauth2?: boolean;
		allowUnmatchedRequests?: boolean;
		timezone?: string;
		/** The run fails after this long (default: the harness's 30 s). */
		timeoutMs?: number;
	} = {},
): Promise<RunNodeResult> {
	const oauth2 = options.oauth2 === true;
	const type = oauth2 ? 'intercomOAuth2Api' : 'intercomAccessTokenApi';
	const data = options.credentials ?? (oauth2 ? oauth2Credentials() : accessTokenCredentials());
	return await runNode({
		node: new Intercom(),
		parameters: { ...(oauth2 ? { authentication: 'oAuth2' } : {}), ...parameters },
		credentials: { [type]: data },
		credentialTypes: [new IntercomAccessTokenApi(), new IntercomOAuth2Api()],
		input: options.input,
		inputItems: options.inputItems,
		continueOnFail: options.continueOnFail,
		allowUnmatchedRequests: options.allowUnmatchedRequests,
		timezone: options.timezone,
		timeoutMs: options.timeoutMs,
	});
}

/** A resource locator value as the editor saves it. */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });
export const byList = (value: string) => ({ __rl: true, mode: 'list', value });
export const byUrl = (value: string) => ({ __rl: true, mode: 'url', value });

export const jsonOf = (result: RunNodeResult) => result.items.map((item) => item.json);

/** An Intercom contact as the API returns it (trimmed to what tests look at). */
export function contact(id: string, extra: IDataObject = {}): IDataObject {
	return {
		type: 'contact',
		id,
		workspace_id: 'ws1',
		external_id: null,
		role: 'user',
		email: `${id}@example.com`,
		phone: null,
		name: `Contact ${id}`,
		avatar: null,
		owner_id: null,
		social_profiles: { type: 'list', data: [] },
		has_hard_bounced: false,
		created_at: 1700000000,
		updated_at: 1700000100,
		signed_up_at: 1700000000,
		last_seen_at: null,
		unsubscribed_from_emails: false,
		custom_attributes: {},
		location: { type: 'location', country: null },
		tags: { type: 'list', data: [] },
		...extra,
	};
}

/** Retry waits shortened for tests (the policy itself is unchanged); restored after each test. */
export function fastRetries(): void {
	const saved = { ...RETRY };
	beforeEach(() => {
		RETRY.backoffMs = 5;
		RETRY.defaultRateLimitWaitMs = 5;
	});
	afterEach(() => {
		Object.assign(RETRY, saved);
	});
}

export function isolateNetwork(): void {
	beforeAll(() => nock.disableNetConnect());
	afterEach(() => {
		const pending = nock.pendingMocks();
		nock.cleanAll();
		expect(pending).toEqual([]);
	});
	afterAll(() => nock.enableNetConnect());
}

/** Every request the Intercom interceptors of this test file answered, in order. */
export const recorded: RecordedRequest[] = [];

/**
 * A nock scope for an Intercom base URL (origin, plus a path prefix for Custom base URLs) that
 * records each request it answers: in the returned `requests`, and in `recorded` for the file's
 * contract suite.
 */
export function intercom(baseUrl: string = US): IntercomRecorder {
	const recorder = recordIntercom(baseUrl);
	recorder.scope.on('request', () => {
		recorded.push(recorder.requests[recorder.requests.length - 1]);
	});
	return recorder;
}

/**
 * Adds, at the end of a test file, a suite checking every request the file's tests sent against
 * Intercom's OpenAPI description (the committed snapshot, so it always runs).
 */
export function contractSuite(name: string): void {
	describe(`${name} › requests match Intercom's OpenAPI 2.16`, () => {
		it('every request sent is valid', () => {
			expectContract(recorded);
		});
	});
}

/** An Intercom company as the API returns it (trimmed to what tests look at). */
export function company(id: string, extra: IDataObject = {}): IDataObject {
	return {
		type: 'company',
		id,
		company_id: `remote-${id}`,
		app_id: 'app1',
		name: `Company ${id}`,
		remote_created_at: 1700000000,
		created_at: 1700000000,
		updated_at: 1700000100,
		last_request_at: 1700000200,
		monthly_spend: 0,
		session_count: 0,
		user_count: 4,
		size: 10,
		website: 'https://example.com',
		industry: 'Software',
		tags: { type: 'tag.list', tags: [{ type: 'tag', id: '1', name: 'VIP' }] },
		segments: { type: 'segment.list', segments: [] },
		plan: { type: 'plan', id: '9', name: 'Pro' },
		custom_attributes: {},
		...extra,
	};
}

/** An Intercom error.list answer. */
export const errorList = (code: string, message: string, requestId = 'req-1') => ({
	type: 'error.list',
	request_id: requestId,
	errors: [{ code, message }],
});

/** IDs shaped like Intercom's, for the inbox resources' tests. */
export const IDS = {
	contact: '6762f11b1bb69f9f2193bba3',
	admin: '991267731',
	team: '814860',
	conversation: '215471063127583',
	ticket: '1295',
	ticketType: '88',
	tag: '7522907',
};

/** An Intercom conversation as the API returns it (trimmed to what tests look at). */
export function conversation(id: string, extra: IDataObject = {}): IDataObject {
	return {
		type: 'conversation',
		id,
		title: null,
		created_at: 1700000000,
		updated_at: 1700000100,
		open: true,
		state: 'open',
		read: false,
		admin_assignee_id: null,
		team_assignee_id: null,
		source: {
			type: 'conversation',
			id: `src${id}`,
			delivered_as: 'customer_initiated',
			subject: '',
			body: '<p>Hello</p>',
			author: { type: 'user', id: IDS.contact, name: 'Ada', email: 'ada@example.com' },
		},
		...extra,
	};
}

/** An Intercom ticket as the API returns it (trimmed). */
export function ticket(id: string, extra: IDataObject = {}): IDataObject {
	return {
		type: 'ticket',
		id,
		ticket_id: `${id}0`,
		category: 'Customer',
		ticket_attributes: { _default_title_: `Ticket ${id}`, _default_description_: 'Broken' },
		ticket_state: { type: 'ticket_state', id: '8498', category: 'submitted' },
		open: true,
		created_at: 1700000000,
		updated_at: 1700000100,
		...extra,
	};
}

/** A conversation with the nested objects Simplify flattens, shaped as in Intercom's 2.16 examples. */
export function fullConversation(id: string, extra: IDataObject = {}): IDataObject {
	return conversation(id, {
		title: 'Invoice question',
		waiting_since: 1700000050,
		snoozed_until: null,
		priority: 'priority',
		admin_assignee_id: Number(IDS.admin),
		team_assignee_id: Number(IDS.team),
		contacts: {
			type: 'contact.list',
			contacts: [{ type: 'contact', id: IDS.contact, external_id: 'ext-70' }],
		},
		tags: {
			type: 'tag.list',
			tags: [
				{
					type: 'tag',
					id: IDS.tag,
					name: 'Billing',
					applied_at: 1700000010,
					applied_by: { type: 'admin', id: IDS.admin },
				},
			],
		},
		first_contact_reply: null,
		sla_applied: null,
		statistics: null,
		conversation_rating: null,
		teammates: { type: 'admin.list', admins: [{ type: 'admin', id: IDS.admin }] },
		custom_attributes: { Topic: 'billing' },
		linked_objects: { type: 'list', data: [], total_count: 0, has_more: false },
		ai_agent_participated: false,
		...extra,
	});
}

/** A ticket with its state, type, contacts, parts and tags, shaped as in Intercom's 2.16 examples. */
export function fullTicket(id: string, extra: IDataObject = {}): IDataObject {
	return ticket(id, {
		ticket_state: {
			type: 'ticket_state',
			id: '8498',
			category: 'in_progress',
			internal_label: 'In progress',
			external_label: 'Working on it',
		},
		ticket_type: {
			type: 'ticket_type',
			id: IDS.ticketType,
			category: 'Customer',
			name: 'Bug Report',
			description: 'Something is broken',
			icon: '🐞',
			workspace_id: 'ws1',
			archived: false,
			created_at: 1690000000,
			updated_at: 1690000000,
			ticket_type_attributes: { type: 'list', data: [] },
		},
		contacts: {
			type: 'contact.list',
			contacts: [{ type: 'contact', id: IDS.contact, external_id: 'ext-70' }],
		},
		admin_assignee_id: Number(IDS.admin),
		team_assignee_id: 0,
		snoozed_until: null,
		ticket_parts: {
			type: 'ticket_part.list',
			ticket_parts: [
				{
					type: 'ticket_part',
					id: '185',
					part_type: 'comment',
					body: '<p>On it</p>',
					created_at: 1700000050,
				},
			],
			total_count: 1,
		},
		linked_objects: { type: 'list', data: [], total_count: 0, has_more: false },
		is_shared: false,
		// Not in the 2.16 ticket schema, but tickets can be tagged; Simplify flattens tags when present.
		tags: { type: 'tag.list', tags: [{ type: 'tag', id: IDS.tag, name: 'Billing' }] },
		...extra,
	});
}

/** What Simplify makes of fullConversation(id) (a list's conversation: no parts count). */
export function simpleConversation(id: string): IDataObject {
	return {
		id,
		title: 'Invoice question',
		state: 'open',
		open: true,
		read: false,
		priority: 'priority',
		created_at: 1700000000,
		updated_at: 1700000100,
		waiting_since: 1700000050,
		snoozed_until: null,
		admin_assignee_id: 991267731,
		team_assignee_id: 814860,
		custom_attributes: { Topic: 'billing' },
		contact_ids: [IDS.contact],
		tags: ['Billing'],
		source_subject: '',
		source_body: '<p>Hello</p>',
		source_author: { type: 'user', id: IDS.contact, name: 'Ada', email: 'ada@example.com' },
	};
}

/** What Simplify makes of fullTicket(id). */
export function simpleTicket(id: string): IDataObject {
	return {
		id,
		ticket_id: `${id}0`,
		category: 'Customer',
		ticket_attributes: { _default_title_: `Ticket ${id}`, _default_description_: 'Broken' },
		ticket_state: 'In progress',
		ticket_state_id: '8498',
		ticket_type: 'Bug Report',
		ticket_type_id: '88',
		contact_ids: [IDS.contact],
		admin_assignee_id: 991267731,
		team_assignee_id: 0,
		open: true,
		snoozed_until: null,
		created_at: 1700000000,
		updated_at: 1700000100,
		tags: ['Billing'],
	};
}
