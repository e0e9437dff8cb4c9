import { createHash } from 'crypto';

import type { Sandbox } from '../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../sandbox';

let sandbox: Sandbox;

beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => sandbox.reset());

const bytes = Buffer.from([0, 255, 13, 10, 45, 45, 1, 2, 3, 254]);

async function upload(method: string, token = SANDBOX_TOKEN, body: Buffer | null = bytes) {
	const res = await fetch(`${sandbox.url}/__sandbox/uploads?x=1`, {
		method,
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
		body: body ?? undefined,
	});
	return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('sandbox: /__sandbox/uploads', () => {
	it('keeps a body as its bytes and answers what arrived; GET lists what was kept', async () => {
		const posted = await upload('POST');
		expect(posted).toEqual({
			status: 200,
			body: {
				type: 'upload',
				id: '1',
				method: 'POST',
				content_type: 'application/octet-stream',
				bytes: 10,
				sha256: createHash('sha256').update(bytes).digest('hex'),
			},
		});
		expect(sandbox.uploads).toHaveLength(1);
		expect(sandbox.uploads[0]).toMatchObject({ method: 'POST', path: '/__sandbox/uploads?x=1' });
		expect(sandbox.uploads[0].body.equals(bytes)).toBe(true);
		expect(sandbox.uploads[0].headers.authorization).toBe(`Bearer ${SANDBOX_TOKEN}`);
		const listed = await upload('GET', SANDBOX_TOKEN, null);
		expect(listed.body).toEqual({ type: 'list', data: [posted.body] });
		// Not an Intercom request: neither validated nor counted as one.
		expect(sandbox.violations).toEqual([]);
		expect(sandbox.stats.requests).toBe(0);
		sandbox.reset();
		expect(sandbox.uploads).toEqual([]);
	});

	it('wants the token like the API (401 error.list) and keeps nothing without it', async () => {
		const refused = await upload('PUT', 'nope');
		expect(refused.status).toBe(401);
		expect(refused.body).toMatchObject({
			type: 'error.list',
			errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }],
		});
		expect(sandbox.uploads).toEqual([]);
	});
});
