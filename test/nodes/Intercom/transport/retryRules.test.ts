/**
 * Retry rules: `Retry-After` is honoured when present; a DELETE whose first attempt lost its
 * answer and whose retry finds nothing reports the record as deleted. Waits are recorded
 * through the transport's WAIT hook instead of slept.
 */
import { WAIT } from '../../../../nodes/Intercom/transport';
import { retryAfterMs } from '../../../../nodes/Intercom/transport/request';
import {
	byId,
	contact,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../fixtures';

isolateNetwork();

let waits: number[] = [];
const realSleep = WAIT.sleep;
beforeEach(() => {
	waits = [];
	WAIT.sleep = async (ms: number) => {
		waits.push(ms);
	};
});
afterEach(() => {
	WAIT.sleep = realSleep;
});

const getContact = { resource: 'contact', operation: 'get', contactId: byId('c1') };
const deleteContact = { resource: 'contact', operation: 'delete', contactId: byId('c1') };
const rateLimited = errorList('rate_limit_exceeded', 'Exceeded rate limit');

describe('transport › Retry-After', () => {
	it('a 429 with Retry-After: 3 waits 3 s (not the rate-limit reset), then succeeds', async () => {
		const { scope } = intercom();
		const reset = String(Math.floor(Date.now() / 1000) + 9);
		scope
			.get('/contacts/c1')
			.reply(429, rateLimited, { 'Retry-After': '3', 'X-RateLimit-Reset': reset });
		scope.get('/contacts/c1').reply(200, contact('c1'));
		const result = await runIntercom(getContact);
		expect(result.error).toBeUndefined();
		expect(waits).toEqual([3000]);
	});

	it('a 503 on a GET with Retry-After waits that long instead of the backoff', async () => {
		const { scope } = intercom();
		scope.get('/contacts/c1').reply(503, 'busy', { 'Retry-After': '7' });
		scope.get('/contacts/c1').reply(200, contact('c1'));
		const result = await runIntercom(getContact);
		expect(result.error).toBeUndefined();
		expect(waits).toEqual([7000]);
	});

	it('an HTTP-date Retry-After is waited for until that time', () => {
		const now = Date.UTC(2026, 11, 2, 12, 0, 0);
		expect(retryAfterMs({ 'retry-after': 'Wed, 02 Dec 2026 12:00:05 GMT' }, now)).toBe(5000);
		expect(retryAfterMs({ 'retry-after': 'Wed, 02 Dec 2026 11:59:00 GMT' }, now)).toBe(0);
		expect(retryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined();
		expect(retryAfterMs({}, now)).toBeUndefined();
	});

	it('a Retry-After longer than a minute is not waited for: the error says when to try again', async () => {
		const { scope } = intercom();
		scope.get('/contacts/c1').reply(429, rateLimited, { 'Retry-After': '3600' });
		const result = await runIntercom(getContact);
		expect(waits).toEqual([]);
		expect(result.error?.message).toBe(
			'Intercom error 429: rate_limit_exceeded: Exceeded rate limit',
		);
		expect(result.error?.description).toContain('Intercom asked to retry after 3600 s');
	});

	it('a POST with a 503 and Retry-After is still not retried', async () => {
		const { scope } = intercom();
		scope.post('/contacts').reply(503, 'busy', { 'Retry-After': '1' });
		const result = await runIntercom({
			resource: 'contact',
			operation: 'create',
			role: 'user',
			email: 'a@example.com',
		});
		expect(waits).toEqual([]);
		expect(result.error?.httpCode).toBe('503');
	});
});

describe('transport › a DELETE retried after its answer was lost', () => {
	it('that then gets a 404 reports the record as deleted (the first attempt went through)', async () => {
		const { scope, requests } = intercom();
		scope
			.delete('/contacts/c1')
			.replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
		scope.delete('/contacts/c1').reply(404, errorList('not_found', 'User Not Found'));
		const result = await runIntercom(deleteContact);
		expect(requests).toHaveLength(2);
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)).toEqual([{ id: 'c1', deleted: true }]);
	});

	it('a 404 without a lost attempt is still "not found"', async () => {
		const { scope } = intercom();
		scope.delete('/contacts/c1').reply(404, errorList('not_found', 'User Not Found'));
		const result = await runIntercom(deleteContact);
		expect(result.error?.httpCode).toBe('404');
	});

	it('a 404 after a 500 (an answer, not a lost one) is still "not found"', async () => {
		const { scope } = intercom();
		scope.delete('/contacts/c1').reply(500, errorList('server_error', 'Boom'));
		scope.delete('/contacts/c1').reply(404, errorList('not_found', 'User Not Found'));
		const result = await runIntercom(deleteContact);
		expect(result.error?.httpCode).toBe('404');
	});
});
