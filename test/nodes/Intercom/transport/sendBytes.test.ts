/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test-only: a loopback server that never answers, nock */
/**
 * transport › intercomSendBytes (the Raw Request's file and form bodies): the transport's rules
 * hold for a body of bytes as for JSON. Only the credential's host gets it; a redirect is an
 * error and its target gets nothing; a 2xx answer that is not JSON is an error naming it; every
 * attempt has a timeout, a PUT that got no answer is sent again with the same bytes (over a real
 * socket), a POST is not. Intercom's 2.16 API has no endpoint that takes a file: no contract suite.
 */
import type { AddressInfo, Server, Socket } from 'node:net';
import { createServer } from 'node:http';
import nock from 'nock';

import { RETRY, TIMEOUT } from '../../../../nodes/Intercom/transport';
import {
	TOKEN,
	accessTokenCredentials,
	fastRetries,
	intercom,
	isolateNetwork,
	runIntercom,
} from '../fixtures';
import { binaryBytes, bodyBytes, fileItem, sha256 } from '../actions/rawRequest/uploads';

isolateNetwork();
fastRetries();

const base = { resource: 'rawRequest', operation: 'send', contentType: 'binaryData' };
const file = { bytes: binaryBytes(20_000), mimeType: 'application/zip', fileName: 'a.zip' };
const inputItems = [fileItem({ data: file })];

/** Counts what reaches another host (optional interceptors count as done, so they are counted). */
function watchEvil(): { hits: number } {
	const seen = { hits: 0 };
	nock('https://evil.example.com')
		.post(/.*/)
		.optionally()
		.reply(() => {
			seen.hits += 1;
			return [200, {}];
		});
	return seen;
}

describe('transport › bytes bodies', () => {
	it('the Content-Type is the body’s: a header of any case is replaced, never sent twice', async () => {
		const { scope } = intercom();
		const seen: Array<{ contentType: unknown; raw: string[] }> = [];
		scope.post('/files').reply(function () {
			seen.push({
				contentType: this.req.headers['content-type'],
				raw: Object.keys(this.req.headers).filter((name) => /^content-type$/i.test(name)),
			});
			return [200, {}];
		});
		const result = await runIntercom(
			{
				...base,
				method: 'POST',
				path: '/files',
				options: { headers: { header: [{ name: 'CONTENT-TYPE', value: 'application/x-zip' }] } },
			},
			{ inputItems },
		);
		expect(result.error).toBeUndefined();
		expect(seen).toEqual([{ contentType: 'application/x-zip', raw: ['content-type'] }]);
	});

	it('another host is refused before anything is sent', async () => {
		const evil = watchEvil();
		const result = await runIntercom(
			{ ...base, method: 'POST', path: 'https://evil.example.com/files' },
			{ inputItems },
		);
		expect(result.error?.message).toMatch(
			/^Path: "https:\/\/evil\.example\.com" is not the credential’s Intercom host/,
		);
		expect(evil.hits).toBe(0);
	});

	it.each([307, 308])(
		'a %i is an error; its target gets neither the token nor the bytes',
		async (status) => {
			const { scope, requests } = intercom();
			scope.post('/files').reply(status, '', { location: 'https://evil.example.com/files' });
			const target = watchEvil();
			const result = await runIntercom({ ...base, method: 'POST', path: '/files' }, { inputItems });
			expect(result.error?.message).toMatch(new RegExp(`${status}`));
			expect(result.error?.message).toContain('https://evil.example.com');
			expect(requests).toHaveLength(1);
			expect(target.hits).toBe(0);
		},
	);

	it('a 2xx answer that is not JSON is an error naming status, type and its start', async () => {
		const { scope } = intercom();
		scope.post('/files').reply(200, '<html>Uploaded</html>', { 'content-type': 'text/html' });
		const result = await runIntercom({ ...base, method: 'POST', path: '/files' }, { inputItems });
		expect(result.error?.message).toMatch(/200/);
		expect(result.error?.message + String(result.error?.description)).toContain('text/html');
		expect(result.error?.message + String(result.error?.description)).toContain(
			'<html>Uploaded</html>',
		);
	});

	it('the bytes arrive whole (a 20 kB body, not UTF-8) with Content-Length and the token', async () => {
		const { scope } = intercom();
		let got: { bytes: Buffer; headers: Record<string, unknown> } | undefined;
		scope.post('/files').reply(function (_uri, body) {
			got = { bytes: bodyBytes(body), headers: this.req.headers };
			return [200, { ok: true }];
		});
		const result = await runIntercom({ ...base, method: 'POST', path: '/files' }, { inputItems });
		expect(result.error).toBeUndefined();
		expect(sha256(got!.bytes)).toBe(sha256(file.bytes));
		expect(got!.headers).toMatchObject({
			'content-length': '20000',
			authorization: `Bearer ${TOKEN}`,
		});
	});
});

describe('transport › bytes bodies against a server that never answers', () => {
	let server: Server;
	let baseUrl: string;
	let received: Array<{ request: string; sha256: string }> = [];
	const sockets = new Set<Socket>();
	const savedTimeout = { ...TIMEOUT };

	beforeAll(async () => {
		nock.enableNetConnect('127.0.0.1');
		server = createServer((req) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				received.push({
					request: `${req.method} ${req.url} ${req.headers['content-type']}`,
					sha256: sha256(Buffer.concat(chunks)),
				});
			});
			// Never answers.
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
	beforeEach(() => {
		received = [];
		// Long enough that a loaded machine delivers the whole body before the attempt times out.
		TIMEOUT.requestMs = 3_000;
		TIMEOUT.hangBudgetMs = 60_000;
	});
	afterEach(() => {
		for (const socket of sockets) socket.destroy();
		Object.assign(TIMEOUT, savedTimeout);
	});

	const run = async (method: string) =>
		await runIntercom(
			{ ...base, method, path: '/files/1' },
			{
				inputItems,
				credentials: accessTokenCredentials({ region: 'custom', baseUrl }),
				allowUnmatchedRequests: true,
			},
		);

	it('a PUT is tried 4 times, each time with the whole file, then fails naming the request', async () => {
		const result = await run('PUT');
		expect(received).toEqual(
			Array(1 + RETRY.serverErrorRetries).fill({
				request: 'PUT /files/1 application/zip',
				sha256: sha256(file.bytes),
			}),
		);
		expect(result.error?.message).toBe(
			`Intercom did not answer PUT /files/1 within 3 s (${baseUrl})`,
		);
	});

	it('a POST is sent once and not retried', async () => {
		const result = await run('POST');
		expect(received).toEqual([
			{ request: 'POST /files/1 application/zip', sha256: sha256(file.bytes) },
		]);
		expect(result.error?.description).toContain(
			'not retried because it may have created something',
		);
	});
});
