import {
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

describe('note › get', () => {
	it('GETs /notes/{id}', async () => {
		const { scope, requests } = intercom();
		const answer = {
			type: 'note',
			id: '26',
			created_at: 1733932587,
			contact: { type: 'contact', id: 'c1' },
			body: '<p>Hi</p>',
		};
		scope.get('/notes/26').reply(200, answer);
		const result = await runIntercom({ resource: 'note', operation: 'get', noteId: '26' });
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({ method: 'GET', path: '/notes/26', query: {}, body: undefined }),
		]);
		expect(jsonOf(result)).toEqual([answer]);
	});

	it('a missing note gives Intercom’s 404', async () => {
		const { scope } = intercom();
		scope.get('/notes/999').reply(404, errorList('not_found', 'Resource Not Found'));
		const result = await runIntercom({ resource: 'note', operation: 'get', noteId: '999' });
		expect(result.error?.message).toBe('Intercom error 404: not_found: Resource Not Found');
	});

	it('refuses an invalid ID before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'note', operation: 'get', noteId: '26/../x' });
		expect(result.error?.message).toBe(
			'Note ID: "26/../x" is not a valid Intercom ID (it is a number) (item 0)',
		);
		expect(requests).toHaveLength(0);
	});

	it('refuses a note ID that is not a number (Intercom’s note IDs are integers) before any request', async () => {
		const { requests } = intercom();
		const result = await runIntercom({ resource: 'note', operation: 'get', noteId: 'abc' });
		expect(result.error?.message).toBe(
			'Note ID: "abc" is not a valid Intercom ID (it is a number) (item 0)',
		);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('note › get');
