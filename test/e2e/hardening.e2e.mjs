// The transport's safety rules in a real n8n 2.41.0, with loopback servers standing in for a
// misbehaving Intercom (or a proxy in front of it):
// - a 302 (GET) or 307 (POST, Raw Request) to another origin fails the workflow, naming that origin,
//   and nothing (no token, no body) reaches it;
// - a server that accepts and never answers fails the Raw Request after its Timeout, retried;
// - a dot segment from an expression (Remove Tag with tag "..") sends nothing: the contact stays.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { runN8nCli } from '../../scripts/lib/n8n.mjs';
import { SANDBOX_TOKEN, byId, errorOf, intercomNode, useE2E, workflow } from './lib.mjs';

const REDIRECT_CREDENTIAL = Object.freeze({
	id: 'e2eRedirectCred1',
	name: 'Intercom behind a redirecting proxy',
	type: 'intercomAccessTokenApi',
});
const SILENT_CREDENTIAL = Object.freeze({
	id: 'e2eSilentCred001',
	name: 'Intercom that never answers',
	type: 'intercomAccessTokenApi',
});

/** A loopback server; `handle(req, body, res)` answers (or not). Records every request. */
async function loopback(handle) {
	const requests = [];
	const sockets = new Set();
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			requests.push({ method: req.method, url: req.url, headers: req.headers, body });
			handle(req, body, res);
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${server.address().port}`;
	return {
		url,
		requests,
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise((resolve) => server.close(resolve));
		},
	};
}

const workflows = {
	redirectGet: workflow('e2eRedirectGet01', 'E2E redirect of a GET', [
		intercomNode(
			'Get Contact',
			{ resource: 'contact', operation: 'get', contactId: byId('6762f11b1bb69f9f2193bba3') },
			{ credential: REDIRECT_CREDENTIAL },
		),
	]),
	redirectRawPost: workflow('e2eRedirectRaw01', 'E2E redirect of a Raw Request POST', [
		intercomNode(
			'Raw Search',
			{
				resource: 'rawRequest',
				operation: 'send',
				method: 'POST',
				path: '/contacts/search',
				jsonBody: '{"query":{"field":"email","operator":"=","value":"a@example.com"}}',
			},
			{ credential: REDIRECT_CREDENTIAL },
		),
	]),
	silent: workflow('e2eSilentServer1', 'E2E server that never answers', [
		intercomNode(
			'Raw Admins',
			{
				resource: 'rawRequest',
				operation: 'send',
				method: 'GET',
				path: '/admins',
				options: { timeout: 1000 },
			},
			{ credential: SILENT_CREDENTIAL },
		),
	]),
	dotSegment: workflow('e2eDotSegment001', 'E2E dot segment from an expression', [
		intercomNode('Remove Tag', {
			resource: 'contact',
			operation: 'removeTag',
			contactId: byId('6762f11b1bb69f9f2193bba3'),
			tagId: byId('={{ ".." }}'),
		}),
	]),
};

describe('hardening through a real n8n', () => {
	const e2e = useE2E('hardening', Object.values(workflows));
	let elsewhere;
	let proxy;
	let silent;

	before(async () => {
		elsewhere = await loopback((_req, _body, res) => {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end('{"type":"contact","id":"stolen"}');
		});
		proxy = await loopback((req, _body, res) => {
			res.writeHead(req.method === 'GET' ? 302 : 307, {
				Location: `${elsewhere.url}/steal${req.url}`,
			});
			res.end();
		});
		silent = await loopback(() => {
			/* never answers */
		});
		const env = e2e();
		const file = path.join(env.userFolder, 'hardening-credentials.json');
		const data = (baseUrl) => ({
			accessToken: SANDBOX_TOKEN,
			region: 'custom',
			baseUrl,
			apiVersion: '2.16',
		});
		fs.writeFileSync(
			file,
			JSON.stringify([
				{ ...REDIRECT_CREDENTIAL, data: data(proxy.url) },
				{ ...SILENT_CREDENTIAL, data: data(silent.url) },
			]),
		);
		const r = await runN8nCli(['import:credentials', `--input=${file}`], env.env);
		assert.equal(r.code, 0, r.stderr);
	});

	after(async () => {
		await Promise.all([elsewhere?.close(), proxy?.close(), silent?.close()]);
	});

	it('a 302 answer to a GET fails the workflow, names the origin, and nothing reaches it', async () => {
		const run = await e2e().execute(workflows.redirectGet.id);
		assert.equal(run.code, 1);
		assert.match(
			JSON.stringify(errorOf(run.result)),
			new RegExp(`Intercom answered 302 with a redirect to ${elsewhere.url}; it was not followed`),
		);
		assert.equal(proxy.requests.length, 1);
		assert.equal(
			proxy.requests[0].headers.authorization,
			`Bearer ${SANDBOX_TOKEN}`,
			'the token went to the credential’s own host',
		);
		assert.deepEqual(elsewhere.requests, [], 'nothing reached the redirect’s target');
	});

	it('a 307 answer to a Raw Request POST sends neither token nor body on', async () => {
		const run = await e2e().execute(workflows.redirectRawPost.id);
		assert.equal(run.code, 1);
		assert.match(
			JSON.stringify(errorOf(run.result)),
			/Intercom answered 307 with a redirect to http:\/\/127\.0\.0\.1:\d+; it was not followed/,
		);
		assert.deepEqual(elsewhere.requests, []);
		assert.doesNotMatch(run.stdout + run.stderr, new RegExp(SANDBOX_TOKEN));
	});

	it('a server that never answers fails the Raw Request after its Timeout, the GET tried 4 times', async () => {
		const run = await e2e().execute(workflows.silent.id);
		assert.equal(run.code, 1);
		assert.match(
			JSON.stringify(errorOf(run.result)),
			/Intercom did not answer GET \/admins within 1 s/,
		);
		assert.equal(silent.requests.length, 4);
	});

	it('a dot segment from an expression sends nothing', async () => {
		const before = e2e().sandbox.requests.length;
		const run = await e2e().execute(workflows.dotSegment.id);
		assert.equal(run.code, 1);
		assert.match(
			JSON.stringify(errorOf(run.result)),
			/Tag: \\?"\.\.\\?" is not a valid Intercom ID \(item 0\)/,
		);
		assert.deepEqual(e2e().sandbox.requests.slice(before), [], 'no request reached the sandbox');
	});
});
