import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const byName = (value: string) => ({ __rl: true, mode: 'name', value });

describe('company › addTag', () => {
	it('POSTs /tags with the tag name and the company', async () => {
		const { scope, requests } = intercom();
		const answer = {
			type: 'tag',
			id: '105',
			name: 'VIP',
			companies: [{ id: 'co1', tagged: true }],
		};
		scope.post('/tags').reply(200, answer);
		const result = await runIntercom({
			resource: 'company',
			operation: 'addTag',
			companyId: byId('co1'),
			tagName: byName('VIP'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/tags',
				body: { name: 'VIP', companies: [{ id: 'co1' }] },
			}),
		]);
		expect(jsonOf(result)).toEqual([answer]);
	});

	it('refuses an empty tag before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'company',
			operation: 'addTag',
			companyId: byId('co1'),
			tagName: byName(' '),
		});
		expect(result.error?.message).toBe('Tag: is empty (item 0)');
		expect(requests).toHaveLength(0);
	});
});

contractSuite('company › addTag');
