import { NodeOperationError } from 'n8n-workflow';
import type { INodeParameters } from 'n8n-workflow';

import type { RecordedRequest } from '../../harness/intercom-nock';
import {
	byId,
	contact,
	contractSuite,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
	ticket,
} from './fixtures';

isolateNetwork();

const DATE =
	'expected a date: ISO 8601 such as 2026-01-31 or 2026-01-31T12:00:00Z, or Unix seconds';
const EMAIL = 'expected an email address such as name@example.com';

/** Answers (and records) any request at all, so a test can show that none was sent. */
function anyRequest(): RecordedRequest[] {
	const { scope, requests } = intercom();
	scope.persist();
	scope.get(/.*/).query(true).optionally().reply(200, {});
	scope.post(/.*/).query(true).optionally().reply(200, {});
	scope.put(/.*/).query(true).optionally().reply(200, {});
	scope.delete(/.*/).query(true).optionally().reply(200, {});
	return requests;
}

/** Runs the node expecting a refusal before any request: one error naming field and item. */
async function expectRefused(parameters: INodeParameters, message: string): Promise<void> {
	const requests = anyRequest();
	const result = await runIntercom(parameters);
	expect(result.error).toBeInstanceOf(NodeOperationError);
	expect(result.error?.message).toBe(message);
	expect(result.error?.context?.itemIndex).toBe(0);
	expect(requests).toHaveLength(0);
	expect(result.items).toEqual([]);
}

const createContact = (
	fields: INodeParameters = {},
	email: unknown = 'ada@example.com',
): INodeParameters => ({
	resource: 'contact',
	operation: 'create',
	role: 'user',
	email: email as string,
	additionalFields: fields,
});

describe('wrong types and invalid values are refused before any request, naming field, item and type', () => {
	describe('contact › create', () => {
		it.each([
			['={{ null }}', `Email: got null, ${EMAIL} (item 0)`],
			['={{ {a: 1} }}', `Email: got an object, ${EMAIL} (item 0)`],
			['={{ [1, 2] }}', `Email: got an array, ${EMAIL} (item 0)`],
			['={{ 42 }}', `Email: got the number 42, ${EMAIL} (item 0)`],
			['not-an-email', `Email: got text "not-an-email", ${EMAIL} (item 0)`],
			['a@', `Email: got text "a@", ${EMAIL} (item 0)`],
			['@b', `Email: got text "@b", ${EMAIL} (item 0)`],
			['a@b@c', `Email: got text "a@b@c", ${EMAIL} (item 0)`],
			['ada @example.com', `Email: got text "ada @example.com", ${EMAIL} (item 0)`],
		])('Email %s', async (email, message) => {
			await expectRefused(createContact({}, email), message);
		});

		it.each([
			[{ phone: '={{ [1, 2] }}' }, 'Phone: got an array, expected text (item 0)'],
			[{ name: '={{ {first: "Ada"} }}' }, 'Name: got an object, expected text (item 0)'],
			[{ externalId: '={{ null }}' }, 'External ID: got null, expected text (item 0)'],
			[{ avatar: '={{ true }}' }, 'Avatar URL: got the boolean true, expected text (item 0)'],
			[{ ownerId: '={{ {id: 1} }}' }, 'Owner: got an object, expected text (item 0)'],
			[
				{ emailVerified: '={{ "yes" }}' },
				'Email Verified: got text "yes", expected true or false (item 0)',
			],
			[
				{ unsubscribedFromEmails: '={{ 1 }}' },
				'Unsubscribed From Emails: got the number 1, expected true or false (item 0)',
			],
			[{ signedUpAt: 'March 7' }, `Signed Up At: got text "March 7", ${DATE} (item 0)`],
			[{ signedUpAt: '={{ "-1" }}' }, `Signed Up At: got text "-1", ${DATE} (item 0)`],
			[{ signedUpAt: '={{ -1 }}' }, `Signed Up At: got the number -1, ${DATE} (item 0)`],
			[
				{ signedUpAt: '2026-02-30T10:00:00' },
				'Signed Up At: got text "2026-02-30T10:00:00", which is not a real calendar date and time (item 0)',
			],
			[{ lastSeenAt: '={{ "0x10" }}' }, `Last Seen At: got text "0x10", ${DATE} (item 0)`],
			[{ lastSeenAt: '={{ {a: 1} }}' }, `Last Seen At: got an object, ${DATE} (item 0)`],
			[
				{
					customAttributesUi: {
						attribute: [{ name: 'seats', type: 'number', value: '={{ "0x10" }}' }],
					},
				},
				'Custom Attributes › seats: got text "0x10", expected a number (item 0)',
			],
			[
				{
					customAttributesUi: {
						attribute: [{ name: 'plan', type: 'string', value: '={{ {a: 1} }}' }],
					},
				},
				'Custom Attributes › plan: got an object, expected text (item 0)',
			],
			[
				{ customAttributesUi: { attribute: [{ name: 'trial', type: 'boolean', value: 'yes' }] } },
				'Custom Attributes › trial: got text "yes", expected true or false (item 0)',
			],
			[
				{
					customAttributesUi: {
						attribute: [{ name: 'renewal', type: 'date', value: 'next March' }],
					},
				},
				`Custom Attributes › renewal: got text "next March", ${DATE} (item 0)`,
			],
			[
				{
					customAttributesUi: {
						attribute: [{ name: 'seats', type: '={{ "integer" }}', value: '3' }],
					},
				},
				'Custom Attributes › seats › Type: got text "integer", expected one of "string", "number", "boolean", "date" (item 0)',
			],
		])('%j', async (fields, message) => {
			await expectRefused(createContact(fields), message);
		});

		it('Role by expression must be one of its options', async () => {
			await expectRefused(
				{ ...createContact(), role: '={{ "admin" }}' },
				'Role: got text "admin", expected one of "user", "lead" (item 0)',
			);
		});

		it('names the item that holds the bad value; the items before it are sent', async () => {
			const { scope, requests } = intercom();
			scope.post('/contacts').reply(200, contact('c1'));
			const result = await runIntercom(createContact({}, '={{ $json.email }}'), {
				input: [{ email: 'ada@example.com' }, { email: null }],
			});
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error?.message).toBe(`Email: got null, ${EMAIL} (item 1)`);
			expect(result.error?.context?.itemIndex).toBe(1);
			expect(requests.map((r) => r.body)).toEqual([{ role: 'user', email: 'ada@example.com' }]);
		});

		it('with Continue On Fail, the bad item becomes an error item and the others are sent', async () => {
			const { scope, requests } = intercom();
			scope.post('/contacts').reply(200, contact('c1'));
			const result = await runIntercom(createContact({ phone: '={{ $json.phone }}' }), {
				input: [{ phone: [1, 2] }, { phone: '+353871234567' }],
				continueOnFail: true,
			});
			expect(result.error).toBeUndefined();
			expect(requests.map((r) => r.body)).toEqual([
				{ role: 'user', email: 'ada@example.com', phone: '+353871234567' },
			]);
			expect(jsonOf(result)).toEqual([
				{ error: 'Phone: got an array, expected text (item 0)' },
				expect.objectContaining({ id: 'c1' }),
			]);
			expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		});
	});

	describe('other resources', () => {
		it.each<[string, INodeParameters, string]>([
			[
				'company size in hex',
				{
					resource: 'company',
					operation: 'upsert',
					companyIdentifier: 'acme',
					additionalFields: { size: '={{ "0x10" }}' },
				},
				'Size: got text "0x10", expected a whole number of 0 or more (item 0)',
			],
			[
				'company monthly spend with an exponent',
				{
					resource: 'company',
					operation: 'upsert',
					companyIdentifier: 'acme',
					additionalFields: { monthlySpend: '={{ "1e3" }}' },
				},
				'Monthly Spend: got text "1e3", expected a whole number of 0 or more (item 0)',
			],
			[
				'company name as an object',
				{
					resource: 'company',
					operation: 'upsert',
					companyIdentifier: 'acme',
					additionalFields: { name: '={{ {a: 1} }}' },
				},
				'Name: got an object, expected text (item 0)',
			],
			[
				'company ID as an object',
				{ resource: 'company', operation: 'upsert', companyIdentifier: '={{ {a: 1} }}' },
				'Company ID: got an object, expected text (item 0)',
			],
			[
				'company remote created at on 30 February',
				{
					resource: 'company',
					operation: 'upsert',
					companyIdentifier: 'acme',
					additionalFields: { remoteCreatedAt: '2026-02-30' },
				},
				'Remote Created At: got text "2026-02-30", which is not a real calendar date and time (item 0)',
			],
			[
				'event metadata value as an object',
				{
					resource: 'dataEvent',
					operation: 'create',
					eventName: 'paid',
					identifyBy: 'userId',
					userId: 'u-42',
					metadataUi: { pair: [{ key: 'plan', value: '={{ {a: 1} }}' }] },
				},
				'Metadata › plan: got an object, expected text (item 0)',
			],
			[
				'event created at "March 7"',
				{
					resource: 'dataEvent',
					operation: 'create',
					eventName: 'paid',
					identifyBy: 'userId',
					userId: 'u-42',
					createdAt: 'March 7',
				},
				`Created At: got text "March 7", ${DATE} (item 0)`,
			],
			[
				'event email with two @',
				{
					resource: 'dataEvent',
					operation: 'create',
					eventName: 'paid',
					identifyBy: 'email',
					email: 'a@b@c',
				},
				`Email: got text "a@b@c", ${EMAIL} (item 0)`,
			],
			[
				'event identified by an unknown kind',
				{
					resource: 'dataEvent',
					operation: 'create',
					eventName: 'paid',
					identifyBy: '={{ "phone" }}',
					contactId: byId(IDS.contact),
					userId: 'u-42',
					email: 'ada@example.com',
				},
				'Identify Contact By: got text "phone", expected one of "id", "userId", "email" (item 0)',
			],
			[
				'event summary count as text that is no number',
				{
					resource: 'dataEvent',
					operation: 'createSummaries',
					userId: 'u-42',
					eventName: 'paid',
					count: '={{ "many" }}',
					first: '2026-01-01T00:00:00Z',
					last: '2026-01-31T00:00:00Z',
				},
				'Count: got text "many", expected a whole number of at least 1 (item 0)',
			],
			[
				'note body as an object',
				{
					resource: 'note',
					operation: 'create',
					noteOwner: 'contact',
					contactId: byId(IDS.contact),
					adminId: IDS.admin,
					body: '={{ {text: "hi"} }}',
				},
				'Body: got an object, expected text (item 0)',
			],
			[
				'notes of an unknown owner',
				{
					resource: 'note',
					operation: 'create',
					noteOwner: '={{ "Company" }}',
					contactId: byId(IDS.contact),
					companyId: byId('c1'),
					adminId: IDS.admin,
					body: 'hi',
				},
				'Notes Of: got text "Company", expected one of "contact", "company" (item 0)',
			],
			[
				'message body null',
				{
					resource: 'message',
					operation: 'create',
					messageType: 'in_app',
					fromAdminId: IDS.admin,
					contactId: byId(IDS.contact),
					body: '={{ null }}',
				},
				'Body: got null, expected text (item 0)',
			],
			[
				'message subject as an array',
				{
					resource: 'message',
					operation: 'create',
					messageType: 'email',
					fromAdminId: IDS.admin,
					contactId: byId(IDS.contact),
					subject: '={{ ["Hi"] }}',
					body: 'Hello',
				},
				'Subject: got an array, expected text (item 0)',
			],
			[
				'message channel by expression',
				{
					resource: 'message',
					operation: 'create',
					messageType: '={{ "sms" }}',
					fromAdminId: IDS.admin,
					contactId: byId(IDS.contact),
					subject: 'Hi',
					body: 'Hello',
				},
				'Channel: got text "sms", expected one of "in_app", "email" (item 0)',
			],
			[
				'conversation read as "no"',
				{
					resource: 'conversation',
					operation: 'update',
					conversationId: byId(IDS.conversation),
					updateFields: { read: '={{ "no" }}' },
				},
				'Read: got text "no", expected true or false (item 0)',
			],
			[
				'conversation title as an object',
				{
					resource: 'conversation',
					operation: 'update',
					conversationId: byId(IDS.conversation),
					updateFields: { title: '={{ {a: 1} }}' },
				},
				'Title: got an object, expected text (item 0)',
			],
			[
				'conversation reply attachment URLs as objects',
				{
					resource: 'conversation',
					operation: 'reply',
					conversationId: byId(IDS.conversation),
					replyAs: 'admin',
					adminId: IDS.admin,
					messageType: 'comment',
					body: 'Hi',
					additionalFields: { attachmentUrls: '={{ [{url: "https://example.com/a.png"}] }}' },
				},
				'Attachment URLs: got an object, expected a URL (item 0)',
			],
			[
				'contact search value as an object',
				{
					resource: 'contact',
					operation: 'search',
					filters: { conditions: [{ field: 'email', operator: 'equals', value: '={{ {a: 1} }}' }] },
					limit: 5,
				},
				'Filters › condition 1: got an object, expected text (item 0)',
			],
			[
				'contact search date "March 7"',
				{
					resource: 'contact',
					operation: 'search',
					filters: { conditions: [{ field: 'created_at', operator: 'gt', value: 'March 7' }] },
					limit: 5,
				},
				`Filters › condition 1: got text "March 7", ${DATE} (item 0)`,
			],
			[
				'conversation search number in hex',
				{
					resource: 'conversation',
					operation: 'search',
					filters: {
						conditions: [{ field: 'admin_assignee_id', operator: 'equals', value: '0x10' }],
					},
					limit: 5,
				},
				'Filters › condition 1: got text "0x10", expected a number (item 0)',
			],
			[
				'search sort order by expression',
				{
					resource: 'contact',
					operation: 'search',
					filters: { conditions: [{ field: 'role', operator: 'equals', value: 'user' }] },
					limit: 5,
					options: { sortOrder: '={{ "up" }}' },
				},
				'Sort Order: got text "up", expected one of "ascending", "descending" (item 0)',
			],
			[
				'ticket open as a number',
				{
					resource: 'ticket',
					operation: 'update',
					ticketId: byId(IDS.ticket),
					updateFields: { open: '={{ 0 }}' },
				},
				'Open: got the number 0, expected true or false (item 0)',
			],
			[
				'ticket assignee as an object',
				{
					resource: 'ticket',
					operation: 'update',
					ticketId: byId(IDS.ticket),
					updateFields: { assigneeTeamId: '={{ {id: 1} }}' },
				},
				'Assignee Team: got an object, expected text (item 0)',
			],
			[
				'away mode as "yes"',
				{
					resource: 'admin',
					operation: 'setAway',
					adminId: IDS.admin,
					awayModeEnabled: '={{ "yes" }}',
				},
				'Away: got text "yes", expected true or false (item 0)',
			],
			[
				'raw request query value as an object',
				{
					resource: 'rawRequest',
					operation: 'send',
					method: 'GET',
					path: '/contacts',
					queryParameters: { parameter: [{ name: 'per_page', value: '={{ {a: 1} }}' }] },
				},
				'Query Parameters › per_page: got an object, expected text (item 0)',
			],
			[
				'raw request method by expression',
				{ resource: 'rawRequest', operation: 'send', method: '={{ "TRACE" }}', path: '/contacts' },
				'Method: got text "TRACE", expected one of "DELETE", "GET", "PATCH", "POST", "PUT" (item 0)',
			],
		])('%s', async (_name, parameters, message) => {
			await expectRefused(parameters, message);
		});
	});

	describe('Return All / Limit', () => {
		it.each([
			['={{ "abc" }}', 'Limit: got text "abc", expected a whole number of at least 1 (item 0)'],
			['={{ 0 }}', 'Limit: got the number 0, expected a whole number of at least 1 (item 0)'],
			['={{ 2.5 }}', 'Limit: got the number 2.5, expected a whole number of at least 1 (item 0)'],
			['={{ "0x10" }}', 'Limit: got text "0x10", expected a whole number of at least 1 (item 0)'],
			['={{ null }}', 'Limit: got null, expected a whole number of at least 1 (item 0)'],
		])('Limit %s is refused', async (limit, message) => {
			await expectRefused(
				{ resource: 'tag', operation: 'getAll', returnAll: false, limit },
				message,
			);
		});

		it('Return All "maybe" is refused', async () => {
			await expectRefused(
				{ resource: 'tag', operation: 'getAll', returnAll: '={{ "maybe" }}' },
				'Return All: got text "maybe", expected true or false (item 0)',
			);
		});
	});
});

describe('Simplify given by expression', () => {
	const getContact = (simple: string): INodeParameters => ({
		resource: 'contact',
		operation: 'get',
		contactId: byId('c1'),
		simple,
	});

	it('"false" returns the whole record', async () => {
		const { scope } = intercom();
		scope.get('/contacts/c1').reply(200, contact('c1'));
		const result = await runIntercom(getContact('={{ "false" }}'));
		expect(jsonOf(result)[0].workspace_id).toBe('ws1');
	});

	it('"maybe" is refused before the request', async () => {
		await expectRefused(
			getContact('={{ "maybe" }}'),
			'Simplify: got text "maybe", expected true or false (item 0)',
		);
	});
});

describe('valid forms given by expression are sent in Intercom’s types', () => {
	it('contact › create: trimmed email, a phone of digits, "TRUE", dates from $now, Luxon and JS Date, Unix seconds as text, typed attributes', async () => {
		const { scope, requests } = intercom();
		scope.post('/contacts').reply(200, contact('c1'));
		const result = await runIntercom(
			createContact(
				{
					phone: '={{ 353871234567 }}',
					externalId: '={{ 42 }}',
					ownerId: '={{ 814860 }}',
					emailVerified: '={{ "TRUE" }}',
					unsubscribedFromEmails: '={{ " false " }}',
					signedUpAt:
						'={{ $now.setZone("UTC").set({ year: 2026, month: 1, day: 31, hour: 12, minute: 0, second: 0, millisecond: 0 }) }}',
					lastSeenAt: '={{ new Date("2026-01-31T12:00:00Z") }}',
					customAttributesUi: {
						attribute: [
							{ name: 'seats', type: 'number', value: '={{ "12" }}' },
							{ name: 'score', type: 'number', value: '={{ -2.5 }}' },
							{ name: 'trial', type: 'boolean', value: '={{ " True " }}' },
							{ name: 'renewal', type: 'date', value: '={{ "1796083200" }}' },
							{
								name: 'trial_end',
								type: 'date',
								value: '={{ DateTime.fromISO("2026-01-31T13:00:00", { zone: "Europe/Paris" }) }}',
							},
							{ name: 'code', type: 'string', value: '={{ 7 }}' },
						],
					},
				},
				'  Ada@Example.com ',
			),
		);
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].body).toEqual({
			role: 'user',
			email: 'Ada@Example.com',
			phone: '353871234567',
			external_id: '42',
			owner_id: '814860',
			email_verified: true,
			unsubscribed_from_emails: false,
			signed_up_at: 1769860800,
			last_seen_at: 1769860800,
			custom_attributes: {
				seats: 12,
				score: -2.5,
				trial: true,
				renewal: 1796083200,
				trial_end: 1769860800,
				code: '7',
			},
		});
	});

	it('Limit "10" from an expression is 10', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts')
			.query({ per_page: '10' })
			.reply(200, {
				type: 'list',
				data: Array.from({ length: 10 }, (_, i) => contact(`c${i}`)),
				pages: { type: 'pages', next: { starting_after: 'more' } },
			});
		const result = await runIntercom({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: '={{ "10" }}',
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.query)).toEqual([{ per_page: '10' }]);
		expect(result.items).toHaveLength(10);
	});

	it('dataEvent › createSummaries: Count "3" from an expression is 3', async () => {
		const { scope, requests } = intercom();
		scope.post('/events/summaries').reply(200);
		const result = await runIntercom({
			resource: 'dataEvent',
			operation: 'createSummaries',
			userId: 'u-42',
			eventName: 'paid',
			count: '={{ "3" }}',
			first: '2026-01-01T00:00:00Z',
			last: '={{ "1769860800" }}',
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({
			user_id: 'u-42',
			event_summaries: { event_name: 'paid', count: 3, first: 1767225600, last: 1769860800 },
		});
	});

	it('booleans "true"/"false" from expressions: conversation read, merge skip check, search values', async () => {
		const { scope, requests } = intercom();
		scope
			.put(`/conversations/${IDS.conversation}`)
			.reply(200, { type: 'conversation', id: IDS.conversation });
		scope.post('/contacts/merge').reply(200, contact('c2'));
		scope.post('/contacts/search').reply(200, { type: 'list', data: [], pages: { type: 'pages' } });
		await runIntercom({
			resource: 'conversation',
			operation: 'update',
			conversationId: byId(IDS.conversation),
			updateFields: { read: '={{ "false" }}' },
		});
		await runIntercom({
			resource: 'contact',
			operation: 'merge',
			fromContactId: byId('c1'),
			intoContactId: byId('c2'),
			options: { skipDuplicateValidation: '={{ "true" }}' },
		});
		await runIntercom({
			resource: 'contact',
			operation: 'search',
			filters: {
				conditions: [{ field: 'has_hard_bounced', operator: 'equals', value: '={{ "TRUE" }}' }],
			},
			limit: 5,
		});
		expect(requests.map((r) => r.body)).toEqual([
			{ read: false },
			{ from: 'c1', into: 'c2', skip_duplicate_validation: true },
			{
				query: { field: 'has_hard_bounced', operator: '=', value: true },
				pagination: { per_page: 5 },
			},
		]);
	});

	it('ticket › update: "false" and a numeric assignee from expressions', async () => {
		const { scope, requests } = intercom();
		scope.put(`/tickets/${IDS.ticket}`).reply(200, ticket(IDS.ticket));
		const result = await runIntercom({
			resource: 'ticket',
			operation: 'update',
			ticketId: byId(IDS.ticket),
			updateFields: { open: '={{ "false" }}', assigneeAdminId: `={{ ${IDS.admin} }}` },
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({ open: false, assignee_id: IDS.admin });
	});
});

contractSuite('input types');
