import {
	byId,
	byList,
	byUrl,
	contractSuite,
	errorList,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
} from '../../fixtures';

isolateNetwork();

const collection = (id: string, extra: Record<string, unknown> = {}) => ({
	id,
	workspace_id: 'ws1',
	name: 'Getting Started',
	url: `http://help-center.test/myapp/collection-${id}`,
	order: 1,
	created_at: 1734537312,
	updated_at: 1734537312,
	description: '',
	icon: 'book-bookmark',
	parent_id: null,
	help_center_id: 81,
	...extra,
});

describe('collection › create', () => {
	it('POSTs /help_center/collections with the name alone', async () => {
		const { scope, requests } = intercom();
		scope.post('/help_center/collections').reply(200, collection('165'));
		const result = await runIntercom({
			resource: 'collection',
			operation: 'create',
			name: ' Getting Started ',
		});
		expect(result.error).toBeUndefined();
		expect(requests).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/help_center/collections',
				query: {},
				body: { name: 'Getting Started' },
			}),
		]);
		expect(jsonOf(result)).toEqual([collection('165')]);
	});

	it('sends the description, help center (a number), parent (from its URL) and translations', async () => {
		const { scope, requests } = intercom();
		scope.post('/help_center/collections').reply(200, collection('166', { parent_id: '159' }));
		const result = await runIntercom({
			resource: 'collection',
			operation: 'create',
			name: 'Billing',
			additionalFields: {
				description: 'Invoices and plans',
				helpCenterId: byList('81'),
				parentId: byUrl('https://help.example.com/en/collections/159-getting-started'),
				translations: {
					translation: [
						{ locale: 'fr', name: 'Facturation', description: 'Factures et offres' },
						{ locale: 'pt-BR', name: 'Cobrança' },
					],
				},
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({
			name: 'Billing',
			description: 'Invoices and plans',
			help_center_id: 81,
			parent_id: '159',
			translated_content: {
				fr: { name: 'Facturation', description: 'Factures et offres' },
				'pt-BR': { name: 'Cobrança' },
			},
		});
	});

	it('fields added but left empty are not sent', async () => {
		const { scope, requests } = intercom();
		scope.post('/help_center/collections').reply(200, collection('167'));
		const result = await runIntercom({
			resource: 'collection',
			operation: 'create',
			name: 'Billing',
			additionalFields: {
				description: '',
				helpCenterId: byList(''),
				parentId: byId(''),
				translations: {},
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({ name: 'Billing' });
	});

	it.each([
		[{ name: '={{ "" }}' }, 'Name: is empty (item 0)'],
		[
			{ name: 'A', additionalFields: { parentId: byId('={{ "x/1" }}') } },
			'Parent Collection: "x/1" is not a valid Intercom ID (it is a number) (item 0)',
		],
		[
			{ name: 'A', additionalFields: { helpCenterId: byId('={{ "hc" }}') } },
			'Help Center: "hc" is not a valid Intercom ID (it is a number) (item 0)',
		],
		[
			{
				name: 'A',
				additionalFields: { translations: { translation: [{ locale: 'xx', name: 'A' }] } },
			},
			'Translations › Locale: "xx" is not one of Intercom\'s Help Center locales (item 0)',
		],
		[
			{
				name: 'A',
				additionalFields: {
					translations: {
						translation: [
							{ locale: 'fr', name: 'A' },
							{ locale: 'fr', description: 'B' },
						],
					},
				},
			},
			'Translations: the locale "fr" is given more than once (item 0)',
		],
		[
			{ name: 'A', additionalFields: { translations: { translation: [{ locale: 'de' }] } } },
			'Translations › de: give a name or a description (item 0)',
		],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { requests } = intercom();
		const result = await runIntercom({
			resource: 'collection',
			operation: 'create',
			...parameters,
		});
		expect(result.error?.message).toBe(message);
		expect(requests).toHaveLength(0);
	});

	it('Intercom’s 400 is shown as is', async () => {
		const { scope } = intercom();
		scope
			.post('/help_center/collections')
			.reply(400, errorList('parameter_not_found', 'Name is a required parameter.'));
		const result = await runIntercom({ resource: 'collection', operation: 'create', name: 'A' });
		expect(result.error?.message).toBe(
			'Intercom error 400: parameter_not_found: Name is a required parameter.',
		);
	});
});

contractSuite('collection › create');
