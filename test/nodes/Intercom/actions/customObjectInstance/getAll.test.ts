import {
	byId,
	byList,
	contractSuite,
	IDS,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const instance = (id: number) => ({
	id: String(id),
	type: 'Order',
	custom_attributes: { order_number: `ORDER-${id}` },
	external_id: `ORDER-${id}`,
	external_created_at: null,
	external_updated_at: null,
	created_at: 1734537100 + id,
	updated_at: 1734537100 + id,
});

const page = (ids: number[], pageNumber: number, totalPages: number, perPage = 150) => ({
	type: 'list',
	pages: { type: 'pages', page: pageNumber, per_page: perPage, total_pages: totalPages },
	total_count: 300,
	data: ids.map(instance),
});

const range = (from: number, count: number) => Array.from({ length: count }, (_, n) => from + n);

const getAll = (parameters: object) => ({
	resource: 'customObjectInstance',
	operation: 'getAll',
	customObjectType: 'Order',
	...parameters,
});

describe('customObjectInstance › getAll', () => {
	it('Return All walks the numbered pages of 150; one item per instance', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/custom_object_instances/Order')
			.query({ page: '1', per_page: '150' })
			.reply(200, page(range(1, 150), 1, 2))
			.get('/custom_object_instances/Order')
			.query({ page: '2', per_page: '150' })
			.reply(200, page(range(151, 10), 2, 2));
		const result = await runIntercom(getAll({ returnAll: true }));
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/custom_object_instances/Order', { page: '1', per_page: '150' }],
			['GET', '/custom_object_instances/Order', { page: '2', per_page: '150' }],
		]);
		expect(jsonOf(result)).toEqual(range(1, 160).map(instance));
	});

	it('Limit asks for that many on one page', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/custom_object_instances/Order')
			.query({ page: '1', per_page: '3' })
			.reply(200, page([1, 2, 3], 1, 100, 3));
		const result = await runIntercom(getAll({ limit: 3 }));
		expect(requests).toHaveLength(1);
		expect(jsonOf(result)).toEqual([1, 2, 3].map(instance));
	});

	it('Associated With a contact or a conversation sends references_contact_id / references_conversation_id', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/custom_object_instances/Order')
			.query({ references_contact_id: IDS.contact, page: '1', per_page: '50' })
			.reply(200, page([7], 1, 1))
			.get('/custom_object_instances/Order')
			.query({ references_conversation_id: IDS.conversation, page: '1', per_page: '50' })
			.reply(200, page([8], 1, 1));
		const byContact = await runIntercom(
			getAll({ associatedWith: 'contact', contactId: byList(IDS.contact) }),
		);
		const byConversation = await runIntercom(
			getAll({ associatedWith: 'conversation', conversationId: byId(IDS.conversation) }),
		);
		expect(jsonOf(byContact)).toEqual([instance(7)]);
		expect(jsonOf(byConversation)).toEqual([instance(8)]);
		expect(requests.map((r) => r.query)).toEqual([
			{ references_contact_id: IDS.contact, page: '1', per_page: '50' },
			{ references_conversation_id: IDS.conversation, page: '1', per_page: '50' },
		]);
	});

	it.each([
		[
			{ associatedWith: 'contact', contactId: byId('={{ "" }}') },
			'Contact: is empty. Pick one from the list or give its ID (item 0)',
		],
		[
			{ associatedWith: 'conversation', conversationId: byId('={{ "abc" }}') },
			'Conversation: "abc" is not a valid Intercom ID (it is a number) (item 0)',
		],
		[
			{ limit: '={{ 0 }}' },
			'Limit: got the number 0, expected a whole number of at least 1 (item 0)',
		],
	])('refuses %j before any request', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom(getAll(parameters));
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});
});

contractSuite('customObjectInstance › getAll');
