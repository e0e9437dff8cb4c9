import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import { byId, byList, jsonOf, runIntercom } from '../fixtures';

// The node's real execute() against the sandbox over loopback HTTP (no nock answers these).
let sandbox: Sandbox;
const credentials = () => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: sandbox.url,
	apiVersion: '2.16',
});
const run = async (
	parameters: Record<string, unknown>,
	options: { continueOnFail?: boolean } = {},
) =>
	await runIntercom(parameters as never, {
		credentials: credentials(),
		allowUnmatchedRequests: true,
		...options,
	});

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

describe('helpCenter against the sandbox', () => {
	it('lists the workspace’s help centers and gets one of them', async () => {
		const all = await run({ resource: 'helpCenter', operation: 'getAll', returnAll: true });
		expect(all.error).toBeUndefined();
		const listed = jsonOf(all);
		expect(listed.map((h) => h.display_name)).toEqual([
			'Sandbox Help Center',
			'Partner Help Center',
		]);
		const one = await run({
			resource: 'helpCenter',
			operation: 'get',
			helpCenterId: byList(String(listed[1].id)),
		});
		expect(one.error).toBeUndefined();
		expect(jsonOf(one)).toEqual([listed[1]]);
		expect(sandbox.violations).toEqual([]);
	});

	it('an unknown help center is Intercom’s 404', async () => {
		const result = await run({
			resource: 'helpCenter',
			operation: 'get',
			helpCenterId: byId('999'),
		});
		expect(result.error?.message).toBe('Intercom error 404: not_found: Resource Not Found');
		expect(sandbox.violations).toEqual([]);
	});
});
