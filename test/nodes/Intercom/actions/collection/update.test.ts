import {
	byId,
	byList,
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const answer = {
	id: '176',
	workspace_id: 'ws1',
	name: 'Update collection name',
	url: 'http://help-center.test/myapp/collection-25',
	order: 25,
	created_at: 1734537318,
	updated_at: 1734537319,
	description: 'english collection description',
	icon: 'folder',
	parent_id: null,
	help_center_id: 87,
};

describe('collection › update', () => {
	it('PUTs /help_center/collections/{id} with the fields to change', async () => {
		const { scope, requests } = intercom();
		scope.put('/help_center/collections/176').reply(200, answer);
		const result = await runIntercom({
			resource: 'collection',
			operation: 'update',
			collectionId: byList('176'),
			updateFields: {
				name: ' Update collection name ',
				parentId: byId('159'),
				translations: { translation: [{ locale: 'de', name: 'Sammlung', description: '' }] },
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: '/help_center/collections/176',
				query: {},
				body: {
					name: 'Update collection name',
					parent_id: '159',
					translated_content: { de: { name: 'Sammlung' } },
				},
			}),
		]);
		expect(jsonOf(result)).toEqual([answer]);
	});

	it('Move to Top Level sends a null parent; an empty description clears it', async () => {
		const { scope, requests } = intercom();
		scope.put('/help_center/collections/176').reply(200, answer);
		const result = await runIntercom({
			resource: 'collection',
			operation: 'update',
			collectionId: byId('176'),
			updateFields: { topLevel: true, description: '' },
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({ description: '', parent_id: null });
	});

	it.each([
		[{}, 'Update Fields: add at least one field to change (item 0)'],
		[{ name: '', topLevel: false }, 'Update Fields: add at least one field to change (item 0)'],
		[
			{ parentId: byId('159'), topLevel: true },
			'Update Fields: give Parent Collection or Move to Top Level, not both (item 0)',
		],
		[
			{ parentId: byId('176') },
			'Parent Collection: a collection cannot be its own parent (item 0)',
		],
		[
			{ translations: { translation: [{ locale: '={{ "klingon" }}', name: 'A' }] } },
			'Translations › Locale: "klingon" is not one of Intercom\'s Help Center locales (item 0)',
		],
	])('refuses bad input before any request: %j', async (updateFields, message) => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'collection',
			operation: 'update',
			collectionId: byId('176'),
			updateFields,
		});
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('collection › update');
