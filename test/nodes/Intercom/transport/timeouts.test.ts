/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test-only: a loopback server that never answers */
/**
 * Every request ends: against a loopback server that accepts connections and never answers,
 * each attempt times out, reads and idempotent writes are retried within the retry budget and
 * the time left of the hang budget, and the item fails with an error naming the request.
 * Timeouts are shortened for the tests; what is asserted is the number of attempts and the
 * errors, never how long anything took.
 */
import type { AddressInfo, Server, Socket } from 'node:net';
import { createServer } from 'node:http';
import nock from 'nock';

import { RETRY, TIMEOUT } from '../../../../nodes/Intercom/transport';
import {
	accessTokenCredentials,
	byId,
	fastRetries,
	isolateNetwork,
	runIntercom,
} from '../fixtures';

isolateNetwork();
fastRetries();

let server: Server;
let baseUrl: string;
/** Requests the silent server received, by "METHOD path". */
let received: string[] = [];
/** Paths it answers after `answerAfterMs` instead of never. */
let answerPaths = new Set<string>();
let answerAfterMs = 0;
/**
 * The clock the transport reads (Date.now) to charge attempts to the hang budget: it only moves
 * when the silent server receives a request, by one attempt's timeout (TIMEOUT.requestMs). So
 * how many attempts fit in the budget never depends on how fast or loaded the machine is.
 */
let clock = 0;
const sockets = new Set<Socket>();

beforeAll(async () => {
	nock.enableNetConnect('127.0.0.1');
	server = createServer((req, res) => {
		received.push(`${req.method} ${req.url?.split('?')[0]}`);
		clock += TIMEOUT.requestMs;
		const path = req.url?.split('?')[0] ?? '';
		if (answerPaths.has(path)) {
			// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- test server only
			setTimeout(() => {
				res.writeHead(200, { 'Content-Type': 'application/json' });
				res.end(JSON.stringify({ type: 'contact', id: 'c1' }));
			}, answerAfterMs);
		}
		// Otherwise: never answer.
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	for (const socket of sockets) socket.destroy();
	await new Promise<void>((resolve) => server.close(() => resolve()));
});

const savedTimeout = { ...TIMEOUT };
let dateNow: jest.SpyInstance<number, []>;
beforeEach(() => {
	clock = Date.UTC(2026, 0, 1);
	dateNow = jest.spyOn(Date, 'now').mockImplementation(() => clock);
	received = [];
	answerPaths = new Set();
	// Long enough that a loaded machine's loopback request reaches the server before the attempt times out.
	TIMEOUT.requestMs = 1_000;
	TIMEOUT.hangBudgetMs = 20_000;
});
afterEach(() => {
	// A request still unread when its test ends is dropped, never counted in the next test.
	for (const socket of sockets) socket.destroy();
	dateNow.mockRestore();
	Object.assign(TIMEOUT, savedTimeout);
});

const credentials = () => accessTokenCredentials({ region: 'custom', baseUrl });
const getContact = { resource: 'contact', operation: 'get', contactId: byId('c1') };

describe('transport › timeouts', () => {
	it('the defaults end a hanging request within about two minutes, retries included', () => {
		expect(savedTimeout.requestMs).toBe(30_000);
		expect(savedTimeout.hangBudgetMs).toBe(120_000);
		// Retries wait 0.5 s, 1 s, 2 s between attempts: at most 3.5 s on top of the budget.
		const backoffs = [0, 1, 2].reduce((sum, n) => sum + 500 * 2 ** n, 0);
		expect(savedTimeout.hangBudgetMs + backoffs).toBeLessThanOrEqual(125_000);
	});

	it('a GET to a server that never answers is tried 4 times, then fails naming the request', async () => {
		const result = await runIntercom(getContact, {
			credentials: credentials(),
			allowUnmatchedRequests: true,
		});
		expect(received).toEqual(Array(1 + RETRY.serverErrorRetries).fill('GET /contacts/c1'));
		expect(result.error?.message).toBe(
			`Intercom did not answer GET /contacts/c1 within 1 s (${baseUrl})`,
		);
		expect(result.error?.description).toContain(
			'The request was retried 3 time(s) without an answer.',
		);
		expect(result.error?.context?.timedOut).toBe(true);
	});

	it('the retries stop when the hang budget is spent', async () => {
		TIMEOUT.requestMs = 1_500;
		TIMEOUT.hangBudgetMs = 2_300;
		const result = await runIntercom(getContact, {
			credentials: credentials(),
			allowUnmatchedRequests: true,
		});
		// Each attempt is charged its 1,500 ms (the injected clock): 1,500 ms, then the 795 ms left of the budget after the 5 ms backoff: two attempts, not four.
		expect(received).toEqual(['GET /contacts/c1', 'GET /contacts/c1']);
		expect(result.error?.message).toMatch(
			/^Intercom did not answer GET \/contacts\/c1 within 0\.8 s/,
		);
	});

	it('a POST that creates something is sent once and not retried', async () => {
		const result = await runIntercom(
			{ resource: 'contact', operation: 'create', role: 'user', email: 'new@example.com' },
			{ credentials: credentials(), allowUnmatchedRequests: true },
		);
		expect(received).toEqual(['POST /contacts']);
		expect(result.error?.message).toBe(
			`Intercom did not answer POST /contacts within 1 s (${baseUrl})`,
		);
		expect(result.error?.description).toContain(
			'not retried because it may have created something',
		);
	});

	it('with Continue On Fail each hanging item becomes one error item, in order', async () => {
		const result = await runIntercom(
			{ ...getContact, contactId: byId('={{ $json.id }}') },
			{
				credentials: credentials(),
				allowUnmatchedRequests: true,
				continueOnFail: true,
				input: [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }],
			},
		);
		expect(result.items.map((item) => [item.pairedItem, item.json.error])).toEqual(
			['a1', 'a2', 'a3'].map((id, index) => [
				{ item: index },
				`Intercom did not answer GET /contacts/${id} within 1 s (${baseUrl})`,
			]),
		);
		expect(received).toHaveLength(3 * (1 + RETRY.serverErrorRetries));
	});

	it('an answer that comes within the timeout is taken', async () => {
		answerPaths.add('/contacts/c1');
		answerAfterMs = 20;
		TIMEOUT.requestMs = 2_000;
		const result = await runIntercom(getContact, {
			credentials: credentials(),
			allowUnmatchedRequests: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(['c1']);
		expect(received).toEqual(['GET /contacts/c1']);
	});

	it('the Raw Request has its own Timeout option', async () => {
		TIMEOUT.requestMs = 60_000;
		TIMEOUT.hangBudgetMs = 0;
		const result = await runIntercom(
			{
				resource: 'rawRequest',
				operation: 'send',
				method: 'GET',
				path: '/admins',
				options: { timeout: 1_000 },
			},
			{ credentials: credentials(), allowUnmatchedRequests: true },
		);
		// The budget is at least one attempt's timeout: the Timeout option decides.
		expect(received).toEqual(['GET /admins']);
		expect(result.error?.message).toBe(
			`Intercom did not answer GET /admins within 1 s (${baseUrl})`,
		);
	});

	it('the Raw Request refuses a Timeout that is not a number', async () => {
		const result = await runIntercom(
			{
				resource: 'rawRequest',
				operation: 'send',
				method: 'GET',
				path: '/admins',
				options: { timeout: '={{ "soon" }}' },
			},
			{ credentials: credentials(), allowUnmatchedRequests: true },
		);
		expect(received).toEqual([]);
		expect(result.error?.message).toBe(
			'Timeout: got text "soon", expected a whole number of at least 1 (item 0)',
		);
	});
});
