import { NodeOperationError } from 'n8n-workflow';

import {
	byId,
	contact,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('contact › merge', () => {
	it('POSTs /contacts/merge with from (lead) and into (user)', async () => {
		const { scope, requests } = intercom();
		scope.post('/contacts/merge').reply(200, contact('u1'));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'merge',
			fromContactId: byId('l1'),
			intoContactId: byId('u1'),
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/contacts/merge',
				body: { from: 'l1', into: 'u1' },
			}),
		]);
		expect(jsonOf(result)[0].id).toBe('u1');
	});

	it('sends skip_duplicate_validation when asked', async () => {
		const { scope, requests } = intercom();
		scope.post('/contacts/merge').reply(200, contact('u1'));
		await runIntercom({
			resource: 'contact',
			operation: 'merge',
			fromContactId: byId('l1'),
			intoContactId: byId('u1'),
			options: { skipDuplicateValidation: true },
		});
		expect(requests[0].body).toEqual({ from: 'l1', into: 'u1', skip_duplicate_validation: true });
	});

	it('refuses merging a contact into itself before any request', async () => {
		const result = await runIntercom({
			resource: 'contact',
			operation: 'merge',
			fromContactId: byId('x1'),
			intoContactId: byId('x1'),
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe('Into User: is the same contact as Lead to Merge (item 0)');
	});

	it("shows Intercom's invalid_merge refusal", async () => {
		const { scope } = intercom();
		scope.post('/contacts/merge').reply(400, {
			type: 'error.list',
			request_id: 'req-m',
			errors: [{ code: 'invalid_merge', message: 'Contacts are not duplicates' }],
		});
		const result = await runIntercom({
			resource: 'contact',
			operation: 'merge',
			fromContactId: byId('l1'),
			intoContactId: byId('u1'),
		});
		expect(result.error?.message).toBe(
			'Intercom error 400: invalid_merge: Contacts are not duplicates',
		);
		expect(result.error?.description).toContain('Intercom request ID: req-m');
	});
});

contractSuite('contact › merge');
