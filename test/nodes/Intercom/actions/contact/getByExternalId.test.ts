import { NodeOperationError } from 'n8n-workflow';

import {
	contact,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('contact › getByExternalId', () => {
	it('GETs /contacts/find_by_external_id/{id}, URL-encoding the ID', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/contacts/find_by_external_id/crm%2F42')
			.reply(200, contact('c1', { external_id: 'crm/42' }));
		const result = await runIntercom({
			resource: 'contact',
			operation: 'getByExternalId',
			externalId: 'crm/42',
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: '/contacts/find_by_external_id/crm%2F42',
		});
		expect(jsonOf(result)).toEqual([expect.objectContaining({ id: 'c1', external_id: 'crm/42' })]);
	});

	it('refuses an empty external ID before any request', async () => {
		const result = await runIntercom({
			resource: 'contact',
			operation: 'getByExternalId',
			externalId: '  ',
		});
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe('External ID: is empty (item 0)');
	});
});

contractSuite('contact › getByExternalId');
