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

describe('contact › update', () => {
	it('PUTs /contacts/{id} with only the fields given', async () => {
		const { scope, requests } = intercom();
		scope.put('/contacts/c1').reply(200, contact('c1', { name: 'New Name' }));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'update',
			contactId: byId('c1'),
			updateFields: {
				name: 'New Name',
				role: 'user',
				email: 'new@example.com',
				signedUpAt: 1769860800000,
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({
			method: 'PUT',
			path: '/contacts/c1',
			body: { name: 'New Name', role: 'user', email: 'new@example.com', signed_up_at: 1769860800 },
		});
		expect(jsonOf(result)[0]).toMatchObject({ id: 'c1', name: 'New Name' });
	});

	it('refuses an update with no field to change', async () => {
		const result = await runIntercom({
			resource: 'contact',
			operation: 'update',
			contactId: byId('c1'),
			updateFields: {},
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe('Update Fields: add at least one field to change (item 0)');
	});

	it('refuses an empty contact ID, naming the field and the item, before any request', async () => {
		const result = await runIntercom(
			{
				resource: 'contact',
				operation: 'update',
				contactId: byId('={{ $json.id }}'),
				updateFields: { name: 'x' },
			},
			{ input: [{ id: '' }] },
		);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(
			'Contact: is empty. Pick one from the list or give its ID (item 0)',
		);
	});
});

contractSuite('contact › update');
