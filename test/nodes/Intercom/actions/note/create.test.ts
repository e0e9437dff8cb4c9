import { byId, contractSuite, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

isolateNetwork();

const note = (extra: object) => ({
	type: 'note',
	id: '26',
	created_at: 1733932587,
	author: { type: 'admin', id: '991267581', name: 'Ciaran Lee' },
	body: '<p>Called about renewal.</p>',
	...extra,
});

describe('note › create', () => {
	it('on a contact: POST /contacts/{id}/notes with admin_id and body', async () => {
		const { scope, requests } = intercom();
		const answer = note({ contact: { type: 'contact', id: '6762f0ab1bb69f9f2193bb60' } });
		scope.post('/contacts/6762f0ab1bb69f9f2193bb60/notes').reply(200, answer);
		const result = await runIntercom({
			resource: 'note',
			operation: 'create',
			noteOwner: 'contact',
			contactId: byId('6762f0ab1bb69f9f2193bb60'),
			adminId: '991267581',
			body: 'Called about renewal.',
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/contacts/6762f0ab1bb69f9f2193bb60/notes',
				query: {},
				body: { admin_id: '991267581', body: 'Called about renewal.' },
			}),
		]);
		expect(jsonOf(result)).toEqual([answer]);
	});

	it('on a company: POST /companies/{id}/notes', async () => {
		const { scope, requests } = intercom();
		const answer = note({ company: { type: 'company', id: 'co1' } });
		scope.post('/companies/co1/notes').reply(200, answer);
		const result = await runIntercom({
			resource: 'note',
			operation: 'create',
			noteOwner: 'company',
			companyId: byId('co1'),
			adminId: '991267581',
			body: '<p>Renewal</p>',
		});
		expect(result.error).toBeUndefined();
		expect(requests[0]).toMatchObject({
			method: 'POST',
			path: '/companies/co1/notes',
			body: { admin_id: '991267581', body: '<p>Renewal</p>' },
		});
		expect(jsonOf(result)).toEqual([answer]);
	});

	it.each([
		[
			{ adminId: '={{ "" }}', body: 'x' },
			'Author: is empty. Pick one from the list or give its ID (item 0)',
		],
		[{ adminId: '1', body: '={{ "  " }}' }, 'Body: is empty (item 0)'],
		[
			{ adminId: 'ciaran', body: 'x' },
			'Author: "ciaran" is not a valid Intercom ID (it is a number) (item 0)',
		],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'note',
			operation: 'create',
			noteOwner: 'contact',
			contactId: byId('c1'),
			...parameters,
		});
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('note › create');
