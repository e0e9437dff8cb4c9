import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import { jsonOf, runIntercom } from '../fixtures';

// The node's real execute() against the sandbox over loopback HTTP (no nock answers these).
let sandbox: Sandbox;
const credentials = () => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: sandbox.url,
	apiVersion: '2.16',
});
const attempt = async (parameters: Record<string, unknown>) =>
	await runIntercom({ resource: 'visitor', ...parameters } as never, {
		credentials: credentials(),
		allowUnmatchedRequests: true,
	});
const run = async (parameters: Record<string, unknown>) => {
	const result = await attempt(parameters);
	expect(result.error).toBeUndefined();
	return jsonOf(result);
};

const VIOLET = { id: '6762f30c1bb69f9f2193bc5e', userId: '3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3' };

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

afterEach(() => expect(sandbox.violations).toEqual([]));

describe('visitors against the sandbox', () => {
	it('get → update by user_id and by ID → get shows the changes', async () => {
		const [got] = await run({ operation: 'get', visitorUserId: VIOLET.userId });
		expect(got).toMatchObject({
			type: 'visitor',
			id: VIOLET.id,
			user_id: VIOLET.userId,
			anonymous: true,
			pseudonym: 'Violet Suitcase',
		});
		await run({
			operation: 'update',
			visitorUserId: VIOLET.userId,
			updateFields: { name: 'Gareth Bale' },
		});
		const [updated] = await run({
			operation: 'update',
			identifyBy: 'id',
			visitorId: VIOLET.id,
			updateFields: {
				customAttributesUi: {
					attribute: [
						{ name: 'plan', type: 'string', value: 'Pro' },
						{ name: 'seats', type: 'number', value: '4' },
					],
				},
			},
		});
		expect(updated).toMatchObject({
			name: 'Gareth Bale',
			custom_attributes: { plan: 'Pro', seats: 4 },
		});
		const [again] = await run({ operation: 'get', visitorUserId: VIOLET.userId });
		expect(again).toEqual(updated);

		const unknownAttribute = await attempt({
			operation: 'update',
			visitorUserId: VIOLET.userId,
			updateFields: { customAttributesJson: '{"colour": "red"}' },
		});
		expect(unknownAttribute.error?.message).toMatch(/Custom attribute 'colour' does not exist/);
		const unknown = await attempt({ operation: 'get', visitorUserId: 'nobody' });
		expect(unknown.error?.message).toBe('Intercom error 404: not_found: Visitor Not Found');
	});
});
