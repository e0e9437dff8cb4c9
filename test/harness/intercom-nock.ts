/**
 * nock for Intercom with a request log, and a contract check of that log against the OpenAPI spec.
 *
 *   const { scope, requests } = recordIntercom('https://api.intercom.io');
 *   scope.post('/contacts').reply(200, { type: 'contact', id: '1' });
 *   await runNode({ … });
 *   expectContract(requests);            // every request valid per the spec, or all violations listed
 *
 * Interceptors are defined as usual on `scope`; every request one of them answers is pushed to
 * `requests` (nock's 'request' event: method, path, headers and the raw body as sent).
 */
import nock from 'nock';

import { SPEC_NAME, validateRequest } from '../../sandbox/openapi';

export interface RecordedRequest {
	method: string;
	/** Path relative to the base URL's path, without the query string, as sent (still encoded). */
	path: string;
	query: Record<string, string | string[]>;
	/** Parsed JSON body; the raw string if it isn't JSON; undefined when empty. */
	body: unknown;
	/** Lower-case names. */
	headers: Record<string, string>;
}

export interface IntercomRecorder {
	scope: nock.Scope;
	requests: RecordedRequest[];
}

function parseQuery(search: string): Record<string, string | string[]> {
	const query: Record<string, string | string[]> = {};
	for (const [name, value] of new URLSearchParams(search)) {
		const existing = query[name];
		query[name] = existing === undefined ? value : ([] as string[]).concat(existing, value);
	}
	return query;
}

function parseBody(raw: string | undefined): unknown {
	if (raw === undefined || raw === '') return undefined;
	try {
		return JSON.parse(raw) as unknown;
	} catch {
		return raw;
	}
}

function normalizeHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, value] of Object.entries(headers ?? {})) {
		if (value === undefined) continue;
		out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
	}
	return out;
}

/**
 * A nock scope for `baseUrl` (origin, plus a path prefix for proxies / custom base URLs) that
 * logs every request it answers.
 */
export function recordIntercom(baseUrl: string): IntercomRecorder {
	const url = new URL(baseUrl);
	const basePath = url.pathname.replace(/\/+$/, '');
	const scope = nock(`${url.protocol}//${url.host}`);
	const requests: RecordedRequest[] = [];

	scope.on(
		'request',
		(
			req: { method?: string; path?: string; headers?: Record<string, unknown> },
			_interceptor: unknown,
			body?: string,
		) => {
			const full = req.path ?? '/';
			const queryStart = full.indexOf('?');
			let path = queryStart === -1 ? full : full.slice(0, queryStart);
			if (basePath !== '' && (path === basePath || path.startsWith(`${basePath}/`))) {
				path = path.slice(basePath.length) || '/';
			}
			requests.push({
				method: (req.method ?? 'GET').toUpperCase(),
				path,
				query: parseQuery(queryStart === -1 ? '' : full.slice(queryStart + 1)),
				body: parseBody(body),
				headers: normalizeHeaders(req.headers),
			});
		},
	);
	return { scope, requests };
}

function contractViolations(requests: RecordedRequest[]): string[] {
	return requests.flatMap((request, index) =>
		validateRequest(request).map((violation) => `request #${index + 1}: ${violation}`),
	);
}

// A matcher rather than toEqual([]): its failure message lists the violations as plain lines.
expect.extend({
	toSatisfyIntercomContract(received: RecordedRequest[]) {
		const violations = contractViolations(received);
		return {
			pass: violations.length === 0,
			message: () =>
				violations.length === 0
					? `expected a contract violation in ${received.length} request(s), found none`
					: `${this.utils.matcherHint('toSatisfyIntercomContract', 'requests', '')}\n\n` +
						`${violations.length} violation(s) of ${SPEC_NAME} in ${received.length} request(s):\n` +
						violations.map((violation) => `  ${violation}`).join('\n'),
		};
	},
});

/**
 * Fails the test (an expect assertion) unless every request is valid per Intercom's OpenAPI spec,
 * listing all violations of all requests. An empty log fails too (nothing would have been
 * checked).
 */
export function expectContract(requests: RecordedRequest[]): void {
	if (requests.length === 0) {
		throw new Error('expectContract: no requests were recorded, so nothing was checked');
	}
	(
		expect(requests) as unknown as { toSatisfyIntercomContract(): void }
	).toSatisfyIntercomContract();
}
