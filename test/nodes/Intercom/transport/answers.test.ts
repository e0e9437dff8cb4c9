/**
 * A 2xx answer that isn't the JSON the operation expects is an error naming the operation, the
 * status, the content type and the first characters: never a string or number item passed on as
 * success, never a cryptic JavaScript error, never a shortened list.
 */
import { TOKEN, byId, contact, intercom, isolateNetwork, jsonOf, runIntercom } from '../fixtures';

isolateNetwork();

const getContact = { resource: 'contact', operation: 'get', contactId: byId('c1') };
const LOGIN_PAGE = `<!DOCTYPE html><html><head><title>Proxy login</title></head><body>${'<p>Please sign in to continue.</p>'.repeat(10)}</body></html>`;

describe('transport › answers that are not the expected JSON', () => {
	it.each([
		[
			'truncated JSON',
			'{"type":"contact","id":"c1","email":',
			'application/json',
			'"{"type":"contact","id":"c1","email":"',
		],
		['an HTML page', LOGIN_PAGE, 'text/html; charset=utf-8', `"${LOGIN_PAGE.slice(0, 100)}…"`],
		['an empty body', '', 'application/json', 'an empty body'],
		['an array', '[1,2,3]', 'application/json', '"[1,2,3]"'],
		['a number', '42', 'application/json', '"42"'],
		['null', 'null', 'application/json', '"null"'],
	])('%s from Contact › Get is an error, not an item', async (_name, body, contentType, shown) => {
		const { scope } = intercom();
		scope.get('/contacts/c1').reply(200, body, { 'Content-Type': contentType });
		const result = await runIntercom(getContact);
		expect(result.items).toEqual([]);
		expect(result.error?.message).toBe(
			`Contact › Get: Intercom answered 200 (${contentType}) with ${shown}, not the JSON object this operation expects`,
		);
		expect(result.error?.description).toContain('Request: GET /contacts/c1');
	});

	it('Simplify on a null answer gives the same clear error, not a JavaScript one', async () => {
		const { scope } = intercom();
		scope.get('/contacts/c1').reply(200, 'null', { 'Content-Type': 'application/json' });
		const result = await runIntercom({ ...getContact, simple: true });
		expect(result.error?.message).toMatch(
			/^Contact › Get: Intercom answered 200 \(application\/json\) with "null"/,
		);
	});

	it('with Continue On Fail the bad answer is one error item for its input item', async () => {
		const { scope } = intercom();
		scope.get('/contacts/a1').reply(200, contact('a1'));
		scope.get('/contacts/a2').reply(200, LOGIN_PAGE, { 'Content-Type': 'text/html' });
		scope.get('/contacts/a3').reply(200, contact('a3'));
		const result = await runIntercom(
			{ ...getContact, contactId: byId('={{ $json.id }}'), options: { requestsInParallel: 1 } },
			{ input: [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }], continueOnFail: true },
		);
		expect(result.items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		expect(jsonOf(result)[0].id).toBe('a1');
		expect(String(jsonOf(result)[1].error)).toMatch(
			/^Contact › Get: Intercom answered 200 \(text\/html\)/,
		);
		expect(jsonOf(result)[2].id).toBe('a3');
	});

	it('a bad page in the middle of Return All fails the item: no shortened list', async () => {
		const { scope, requests } = intercom();
		const page = (ids: string[], next?: string) => ({
			type: 'list',
			data: ids.map((id) => contact(id)),
			total_count: 15,
			pages: {
				type: 'pages',
				per_page: 3,
				total_pages: 5,
				...(next ? { next: { per_page: 3, starting_after: next } } : {}),
			},
		});
		scope
			.get('/contacts')
			.query({ per_page: '150' })
			.reply(200, page(['c1', 'c2', 'c3'], 'p2'));
		scope
			.get('/contacts')
			.query({ per_page: '150', starting_after: 'p2' })
			.reply(200, page(['c4', 'c5', 'c6'], 'p3'));
		scope
			.get('/contacts')
			.query({ per_page: '150', starting_after: 'p3' })
			.reply(200, LOGIN_PAGE, { 'Content-Type': 'text/html' });
		const result = await runIntercom({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(requests).toHaveLength(3);
		expect(result.items).toEqual([]);
		expect(result.error?.message).toMatch(
			/^Contact › Get Many: Intercom answered 200 \(text\/html\)/,
		);
	});

	it('the token never appears in the preview, even when the answer echoes it', async () => {
		const { scope } = intercom();
		scope
			.get('/contacts/c1')
			.reply(200, `<html>Bearer ${TOKEN}</html>`, { 'Content-Type': 'text/html' });
		const result = await runIntercom(getContact);
		expect(result.error?.message).toContain('Bearer ***');
		expect(JSON.stringify(result.error)).not.toContain(TOKEN);
	});
});

describe('transport › empty answers where Intercom answers empty', () => {
	it('Tag › Delete takes Intercom’s empty 200', async () => {
		const { scope } = intercom();
		scope.delete('/tags/17').reply(200, '');
		const result = await runIntercom({ resource: 'tag', operation: 'delete', tagId: byId('17') });
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)).toEqual([{ id: '17', deleted: true }]);
	});

	it('Data Event › Create takes Intercom’s empty 202', async () => {
		const { scope } = intercom();
		scope.post('/events').reply(202, '');
		const result = await runIntercom({
			resource: 'dataEvent',
			operation: 'create',
			eventName: 'ordered',
			identifyBy: 'userId',
			userId: 'u1',
			createdAt: 1700000000,
		});
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)[0].success).toBe(true);
	});

	it('Tag › Delete still refuses an HTML page', async () => {
		const { scope } = intercom();
		scope.delete('/tags/17').reply(200, LOGIN_PAGE, { 'Content-Type': 'text/html' });
		const result = await runIntercom({ resource: 'tag', operation: 'delete', tagId: byId('17') });
		expect(result.error?.message).toMatch(/^Tag › Delete: Intercom answered 200 \(text\/html\)/);
	});
});

describe('transport › the Raw Request takes any JSON, but only JSON', () => {
	const raw = {
		resource: 'rawRequest',
		operation: 'send',
		method: 'GET',
		path: '/fin_voice/conversation/1',
	};

	it('a JSON array is returned under data', async () => {
		const { scope } = intercom();
		scope.get('/fin_voice/conversation/1').reply(200, [{ id: 1 }, { id: 2 }]);
		const result = await runIntercom(raw);
		expect(jsonOf(result)).toEqual([{ data: [{ id: 1 }, { id: 2 }] }]);
	});

	it('an empty 204 is a success', async () => {
		const { scope } = intercom();
		scope.delete('/audiences/9').reply(204);
		const result = await runIntercom({ ...raw, method: 'DELETE', path: '/audiences/9' });
		expect(jsonOf(result)).toEqual([{ success: true }]);
	});

	it('an HTML page is an error', async () => {
		const { scope } = intercom();
		scope.get('/fin_voice/conversation/1').reply(200, LOGIN_PAGE, { 'Content-Type': 'text/html' });
		const result = await runIntercom(raw);
		expect(result.error?.message).toMatch(
			/^Raw Request › Send: Intercom answered 200 \(text\/html\) with "<!DOCTYPE html>.*", not JSON$/,
		);
	});
});
