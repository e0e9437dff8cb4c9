import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { byId, byList, jsonOf, runIntercom } from '../fixtures';

// The node's real execute() against the sandbox over loopback HTTP (no nock answers these): the
// optional fields of Message Create, Conversation Create and Update, and Company Create or Update
// and Get Many, read back from what the sandbox stored.
let sandbox: Sandbox;
const credentials = () => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: sandbox.url,
	apiVersion: '2.16',
});

const run = async (parameters: INodeParameters, input?: IDataObject[]) =>
	await runIntercom(parameters, {
		credentials: credentials(),
		allowUnmatchedRequests: true,
		input,
	});

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

afterEach(() => expect(sandbox.violations).toEqual([]));

const ADMIN = '991267460';

/** Contacts by email, made through the API; their IDs in the same order. */
function contacts(...emails: string[]): string[] {
	sandbox.seed({ contacts: emails.map((email) => ({ role: 'user', email })) });
	const all = [...sandbox.store.contacts.values()];
	return emails.map((email) => all.find((c) => c.email === email)!.id);
}

const conversationOf = async (id: string, options: INodeParameters = {}) =>
	jsonOf(
		await run({
			resource: 'conversation',
			operation: 'get',
			conversationId: byId(id),
			simple: false,
			options,
		}),
	)[0] as IDataObject;

describe('message › create with CC and BCC against the sandbox', () => {
	it('the email’s conversation lists its To, CC and BCC recipients', async () => {
		const [ada, bob, cy, di] = contacts(
			'ada@example.com',
			'bob@example.com',
			'cy@example.com',
			'di@example.com',
		);
		const result = await run({
			resource: 'message',
			operation: 'create',
			messageType: 'email',
			fromAdminId: ADMIN,
			contactId: byId(ada),
			subject: 'Your order',
			body: '<p>Shipped</p>',
			additionalFields: {
				createConversation: true,
				cc: {
					recipient: [
						{ contactId: byList(bob), contactRole: 'user' },
						{ contactId: byId(cy), contactRole: 'user' },
					],
				},
				bcc: { recipient: [{ contactId: byId(di), contactRole: 'user' }] },
			},
		});
		expect(result.error).toBeUndefined();
		const message = jsonOf(result)[0];
		expect(message).toMatchObject({ type: 'admin_message', message_type: 'email' });
		const conversation = await conversationOf(String(message.conversation_id));
		expect((conversation.source as IDataObject).recipients).toEqual([
			{ type: 'to', email: 'ada@example.com' },
			{ type: 'cc', email: 'bob@example.com' },
			{ type: 'cc', email: 'cy@example.com' },
			{ type: 'bcc', email: 'di@example.com' },
		]);
	});

	it('a CC contact the workspace does not have is Intercom’s 404', async () => {
		const [ada] = contacts('ada@example.com');
		const result = await run({
			resource: 'message',
			operation: 'create',
			messageType: 'email',
			fromAdminId: ADMIN,
			contactId: byId(ada),
			subject: 'Hi',
			body: 'Hi',
			additionalFields: { cc: { recipient: [{ contactId: byId('0123456789abcdef01234567') }] } },
		});
		expect(result.error?.message).toBe('Intercom error 404: not_found: User Not Found');
	});
});

describe('conversation › create with a subject and a brand against the sandbox', () => {
	it('the subject comes back as the conversation’s source subject; the brand is kept; an unknown brand is refused', async () => {
		const [ada] = contacts('ada@example.com');
		const create = async (additionalFields: INodeParameters) =>
			await run({
				resource: 'conversation',
				operation: 'create',
				contactId: byId(ada),
				body: 'Where is my invoice?',
				additionalFields,
			});
		const created = await create({ subject: 'Invoice 42', brandId: byList('3') });
		expect(created.error).toBeUndefined();
		const id = String(jsonOf(created)[0].conversation_id);
		expect(sandbox.store.conversations.get(id)?.brand_id).toBe('3');
		const conversation = await conversationOf(id);
		expect(conversation.source).toMatchObject({
			subject: 'Invoice 42',
			body: 'Where is my invoice?',
		});
		const unknown = await create({ brandId: byId('99') });
		expect(unknown.error?.message).toBe(
			'Intercom error 400: parameter_invalid: Brand 99 not found (field: brand_id)',
		);
	});
});

describe('conversation › update with Plain Text against the sandbox', () => {
	it('the updated conversation comes back in plain text only when asked', async () => {
		const html = '<p>See <a href="https://example.com/help">our help</a> &amp; more</p><p>Bye</p>';
		sandbox.seed({
			contacts: [{ role: 'user', email: 'ada@example.com' }],
			conversations: [{ email: 'ada@example.com', body: html }],
		});
		const [id] = [...sandbox.store.conversations.keys()];
		const update = async (options: INodeParameters) => {
			const result = await run({
				resource: 'conversation',
				operation: 'update',
				conversationId: byId(id),
				updateFields: { title: 'Help' },
				options,
			});
			expect(result.error).toBeUndefined();
			return (jsonOf(result)[0].source as IDataObject).body;
		};
		expect(await update({ plainText: true })).toBe(
			'See our help (https://example.com/help) & more\nBye',
		);
		expect(await update({})).toBe(html);
		expect(
			sandbox.requests.filter((r) => r.method === 'PUT').map((r) => [r.path, r.query, r.body]),
		).toEqual([
			[`/conversations/${id}`, { display_as: 'plaintext' }, { title: 'Help' }],
			[`/conversations/${id}`, {}, { title: 'Help' }],
		]);
	});
});

describe('company › create or update and get many in order against the sandbox', () => {
	it('Update Last Request At marks the company seen; Get Many lists by last seen, most recent first or (Order asc) last', async () => {
		const upsert = async (companyIdentifier: string, additionalFields: INodeParameters = {}) => {
			const result = await run({
				resource: 'company',
				operation: 'upsert',
				companyIdentifier,
				additionalFields,
			});
			expect(result.error).toBeUndefined();
			return jsonOf(result)[0];
		};
		const never = await upsert('never-seen');
		expect(never.last_request_at).toBeNull();
		const seen = await upsert('seen', { updateLastRequestAt: true });
		expect(seen.last_request_at).toEqual(expect.any(Number));
		await upsert('also-never');
		// Seen earlier than "seen" (a second is all the sandbox's clock tells apart).
		sandbox.store.companies.get(String(never.id))!.last_request_at =
			Number(seen.last_request_at) - 60;
		const list = async (options: INodeParameters) => {
			const result = await run({
				resource: 'company',
				operation: 'getAll',
				limit: 10,
				simple: false,
				options,
			});
			expect(result.error).toBeUndefined();
			return jsonOf(result).map((c) => c.company_id);
		};
		expect(await list({})).toEqual(['seen', 'never-seen', 'also-never']);
		expect(await list({ order: 'desc' })).toEqual(['seen', 'never-seen', 'also-never']);
		expect(await list({ order: 'asc' })).toEqual(['also-never', 'never-seen', 'seen']);
		expect(
			sandbox.requests
				.filter((r) => r.path === '/companies/list')
				.map((r) => r.query.order ?? null),
		).toEqual([null, 'desc', 'asc']);
	});
});
