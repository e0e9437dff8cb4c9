import {
	checkTranslatedSchemas,
	compileAllOperations,
	findOperation,
	listOperations,
	loadSpec,
	translationNotes,
	unknownSchemaKeywords,
	validateRequest,
} from '../../sandbox/openapi';

const CONTACT_ID = '6329bd9ffe4e2e91dac76188';

/** One violation, or fail with the list (so a wrong count shows what was reported). */
function single(violations: string[]): string {
	expect(violations).toHaveLength(1);
	return violations[0];
}

describe('OpenAPI spec loading', () => {
	it('loads the 2.16 snapshot with all its operations and the schemas they reference', () => {
		const stats = loadSpec();
		expect(stats).toEqual({ openapi: '3.0.1', version: '2.16', operations: 231, schemas: 327 });
		expect(listOperations()).toHaveLength(231);
	});

	it('compiles every operation, knows every schema keyword, and yields valid JSON Schema', () => {
		expect(compileAllOperations()).toBe(231);
		expect([...unknownSchemaKeywords]).toEqual([]);
		expect(checkTranslatedSchemas()).toEqual([]);
		expect([...translationNotes]).toEqual([
			'format "uuid" with maxLength 24 ignored (Intercom object ids are 24 hex characters)',
		]);
	});
});

describe('validateRequest: paths and methods', () => {
	it('prefers literal segments over templates', () => {
		expect(findOperation('POST', '/contacts/search')).toEqual({
			template: '/contacts/search',
			operationId: 'SearchContacts',
			params: {},
		});
		expect(findOperation('GET', `/contacts/${CONTACT_ID}`)?.operationId).toBe('ShowContact');
		expect(findOperation('DELETE', `/contacts/${CONTACT_ID}/tags/123`)).toEqual({
			template: '/contacts/{contact_id}/tags/{tag_id}',
			operationId: 'detachTagFromContact',
			params: { contact_id: CONTACT_ID, tag_id: '123' },
		});
		expect(findOperation('GET', '/contacts/find_by_external_id/a%2Fb%20c')?.params).toEqual({
			external_id: 'a/b c',
		});
	});

	it('reports an unknown path, naming neighbours', () => {
		const violation = single(validateRequest({ method: 'GET', path: '/contacts/x/y/z' }));
		expect(violation).toMatch(
			/^GET \/contacts\/x\/y\/z: no path in the spec matches "\/contacts\/x\/y\/z"/,
		);
		expect(violation).toContain('/contacts/{contact_id}/tags/{tag_id}');
		expect(single(validateRequest({ method: 'GET', path: '/contact' }))).toBe(
			'GET /contact: no path in the spec matches "/contact"',
		);
	});

	it('reports a method the path does not have (the literal path wins, no fallback to a template)', () => {
		expect(single(validateRequest({ method: 'GET', path: '/contacts/search' }))).toBe(
			'GET /contacts/search: the spec has no GET on /contacts/search (it has POST)',
		);
		expect(single(validateRequest({ method: 'PATCH', path: `/contacts/${CONTACT_ID}` }))).toBe(
			`PATCH /contacts/${CONTACT_ID}: the spec has no PATCH on /contacts/{contact_id} (it has GET, PUT, DELETE)`,
		);
	});

	it('checks path parameters: empty, wrong type', () => {
		expect(single(validateRequest({ method: 'GET', path: '/contacts/' }))).toMatch(
			/^GET \/contacts\/ \(ShowContact, spec \/contacts\/\{contact_id\}\) path parameter "contact_id" is empty$/,
		);
		expect(single(validateRequest({ method: 'GET', path: '/admins/abc' }))).toMatch(
			/path parameter "admin_id" \/: must be integer, got string "abc"$/,
		);
		expect(validateRequest({ method: 'GET', path: '/admins/991267459' })).toEqual([]);
	});
});

describe('validateRequest: valid contact requests', () => {
	it.each([
		[
			'create contact',
			{ method: 'POST', path: '/contacts', body: { role: 'user', email: 'a@b.c' } },
		],
		[
			'create contact with nullable fields and custom attributes',
			{
				method: 'POST',
				path: '/contacts',
				body: {
					email: 'a@b.c',
					name: null,
					signed_up_at: 1571672154,
					custom_attributes: { plan: 'pro', seats: 3 },
				},
			},
		],
		[
			'update contact',
			{ method: 'PUT', path: `/contacts/${CONTACT_ID}`, body: { name: 'Jo', owner_id: '321' } },
		],
		[
			'search with nested AND/OR, pagination and sort',
			{
				method: 'POST',
				path: '/contacts/search',
				body: {
					query: {
						operator: 'AND',
						value: [
							{
								operator: 'OR',
								value: [
									{ field: 'email', operator: '~', value: 'example.com' },
									{ field: 'role', operator: '=', value: 'user' },
								],
							},
							{
								operator: 'OR',
								value: [
									{ field: 'created_at', operator: '>', value: 1560436650 },
									{ field: 'tag_id', operator: 'IN', value: ['1', '2'] },
								],
							},
						],
					},
					pagination: {
						per_page: 150,
						starting_after: 'WzE2MzU4NjA2NDgwMDAsIjYxODNiMjE4YTc3YTRlYzJlIl0=',
					},
					sort: { field: 'created_at', order: 'ascending' },
				},
			},
		],
		[
			'search with a single filter',
			{
				method: 'POST',
				path: '/contacts/search',
				body: { query: { field: 'external_id', operator: '=', value: 'x1' } },
			},
		],
		['merge', { method: 'POST', path: '/contacts/merge', body: { from: 'lead1', into: 'user1' } }],
		[
			'merge skipping duplicate validation',
			{
				method: 'POST',
				path: '/contacts/merge',
				body: { from: 'a', into: 'b', skip_duplicate_validation: true },
			},
		],
		[
			'list with per_page/starting_after (allow-listed)',
			{ method: 'GET', path: '/contacts', query: { per_page: '150', starting_after: 'x' } },
		],
		[
			'list with the query in the path',
			{ method: 'GET', path: '/contacts?per_page=150&starting_after=x' },
		],
		[
			'list conversations (declared pagination)',
			{ method: 'GET', path: '/conversations', query: { per_page: 20, starting_after: 'x' } },
		],
		[
			'attach company',
			{
				method: 'POST',
				path: `/contacts/${CONTACT_ID}/companies`,
				body: { id: '58a430d35458202d41b1e65b' },
			},
		],
		[
			'attach subscription',
			{
				method: 'POST',
				path: `/contacts/${CONTACT_ID}/subscriptions`,
				body: { id: '37846', consent_type: 'opt_in' },
			},
		],
		[
			'tag contact',
			{ method: 'POST', path: `/contacts/${CONTACT_ID}/tags`, body: { id: '7522907' } },
		],
		['untag contact', { method: 'DELETE', path: `/contacts/${CONTACT_ID}/tags/7522907` }],
		['archive without a body', { method: 'POST', path: `/contacts/${CONTACT_ID}/archive` }],
		[
			'get with a known Intercom-Version',
			{ method: 'GET', path: `/contacts/${CONTACT_ID}`, headers: { 'Intercom-Version': '2.16' } },
		],
		[
			'get with include_merge_history',
			{ method: 'GET', path: `/contacts/${CONTACT_ID}`, query: { include_merge_history: 'true' } },
		],
		[
			'body as a JSON string with JSON content type',
			{
				method: 'POST',
				path: '/contacts',
				body: '{"email":"a@b.c"}',
				headers: { 'content-type': 'application/json; charset=utf-8' },
			},
		],
		[
			'array query parameter, comma-separated (explode: false)',
			{ method: 'GET', path: '/content/search', query: { tag_ids: '1,2' } },
		],
		[
			'exploded object query parameter (GET /events filter)',
			{ method: 'GET', path: '/events', query: { type: 'user', user_id: 'u1' } },
		],
		[
			'tag companies by tag name (overlapping oneOf, validated as anyOf)',
			{ method: 'POST', path: '/tags', body: { name: 'VIP', companies: [{ id: 'co1' }] } },
		],
		[
			'untag companies',
			{
				method: 'POST',
				path: '/tags',
				body: { name: 'VIP', companies: [{ id: 'co1', untag: true }] },
			},
		],
		[
			'update a list data attribute (overlapping oneOf, validated as anyOf)',
			{
				method: 'PUT',
				path: '/data_attributes/12',
				body: { options: [{ value: 'a' }, { value: 'b' }] },
			},
		],
		[
			'create a note on a contact (contact_id is a string, not the declared integer)',
			{
				method: 'POST',
				path: `/contacts/${CONTACT_ID}/notes`,
				body: { body: 'Hi', admin_id: '123' },
			},
		],
		[
			'company contacts, next page (allow-listed)',
			{ method: 'GET', path: '/companies/co1/contacts', query: { page: '2' } },
		],
		[
			'activity logs, next page link (allow-listed)',
			{
				method: 'GET',
				path: '/admins/activity_logs',
				query: { created_at_after: '1700000000', page: '2', per_page: '20' },
			},
		],
		[
			'events, next page link (allow-listed)',
			{
				method: 'GET',
				path: '/events',
				query: { type: 'user', intercom_user_id: 'c1', per_page: '50', before: '1700000000000' },
			},
		],
	])('%s', (_name, request) => {
		expect(validateRequest(request)).toEqual([]);
	});
});

describe('validateRequest: violations', () => {
	it('bodies validated as anyOf still need one whole alternative to match', () => {
		expect(
			validateRequest({ method: 'POST', path: '/tags', body: { companies: [{ id: 'co1' }] } }),
		).not.toEqual([]);
		expect(
			validateRequest({
				method: 'POST',
				path: '/tags',
				body: { name: 'VIP', companies: [{ id: 'co1', colour: 'red' }] },
			}),
		).not.toEqual([]);
		expect(
			validateRequest({ method: 'PUT', path: '/data_attributes/12', body: { archived: 'yes' } }),
		).not.toEqual([]);
		expect(
			validateRequest({ method: 'PUT', path: '/data_attributes/12', body: { label: 'x' } }),
		).not.toEqual([]);
	});

	it('the note path override types only contact_id of creating a note', () => {
		expect(
			validateRequest({
				method: 'POST',
				path: `/contacts/${CONTACT_ID}/notes`,
				body: { admin_id: '1' },
			}),
		).toEqual([expect.stringMatching(/body \/: .*"body"/)]);
		expect(
			single(
				validateRequest({ method: 'PUT', path: '/data_attributes/abc', body: { archived: true } }),
			),
		).toMatch(/path parameter "data_attribute_id"/);
	});

	it('allow-listed pagination parameters keep their types', () => {
		expect(
			single(
				validateRequest({ method: 'GET', path: '/companies/co1/contacts', query: { page: 'two' } }),
			),
		).toMatch(/query parameter "page"/);
		expect(
			single(
				validateRequest({
					method: 'GET',
					path: '/companies/co1/contacts',
					query: { per_page: '5' },
				}),
			),
		).toMatch(/query parameter "per_page" is not in the spec/);
	});

	it('body with a wrong type names method, path, operation and JSON pointer', () => {
		expect(single(validateRequest({ method: 'POST', path: '/contacts', body: { role: 5 } }))).toBe(
			'POST /contacts (CreateContact, spec /contacts) body /role: must be string, got number 5',
		);
		expect(
			single(
				validateRequest({
					method: 'PUT',
					path: `/contacts/${CONTACT_ID}`,
					body: { owner_id: 321 },
				}),
			),
		).toMatch(/body \/owner_id: must be string or null, got number 321$/);
	});

	it('null only where the spec says nullable', () => {
		expect(
			single(
				validateRequest({
					method: 'POST',
					path: '/contacts',
					body: { email: 'a@b.c', role: null },
				}),
			),
		).toMatch(/body \/role: must be string, got null null$/);
	});

	it('unknown body property', () => {
		expect(
			single(
				validateRequest({
					method: 'POST',
					path: '/contacts',
					body: { email: 'a@b.c', tags: ['vip'] },
				}),
			),
		).toBe(
			`POST /contacts (CreateContact, spec /contacts) body /: property "tags" is not in the spec's schema for this object`,
		);
		// nested objects are closed too
		expect(
			single(
				validateRequest({
					method: 'POST',
					path: '/contacts/search',
					body: {
						query: { field: 'email', operator: '=', value: 'x' },
						pagination: { per_page: 5, page: 2 },
					},
				}),
			),
		).toMatch(/body \/pagination: property "page" is not in the spec's schema for this object$/);
	});

	it('create contact needs email, external_id or role (anyOf)', () => {
		expect(
			single(validateRequest({ method: 'POST', path: '/contacts', body: { name: 'Jo' } })),
		).toMatch(
			/body \/: matches none of the 3 alternatives of a anyOf \(#1 object with email, #2 object with external_id, #3 object with role\); closest is #1: \/: missing required property "email"$/,
		);
	});

	it('missing required body property', () => {
		expect(
			single(validateRequest({ method: 'POST', path: '/contacts/merge', body: { from: 'a' } })),
		).toBe(
			'POST /contacts/merge (MergeContact, spec /contacts/merge) body /: missing required property "into"',
		);
		expect(
			validateRequest({
				method: 'POST',
				path: `/contacts/${CONTACT_ID}/subscriptions`,
				body: { id: 37846 },
			}),
		).toEqual([
			expect.stringMatching(/body \/: missing required property "consent_type"$/),
			expect.stringMatching(/body \/id: must be string, got number 37846$/),
		]);
	});

	it('search: wrong operator, sort order, float value (the spec types values string|integer|boolean|array)', () => {
		expect(
			single(
				validateRequest({
					method: 'POST',
					path: '/contacts/search',
					body: { query: { field: 'email', operator: 'EQ', value: 'a' } },
				}),
			),
		).toMatch(
			/body \/query: matches none of the 2 alternatives of a oneOf \(#1 single_filter_search_request, #2 multiple_filter_search_request\); closest is #1: \/query\/operator: must be one of "=", .*got string "EQ"$/,
		);
		expect(
			single(
				validateRequest({
					method: 'POST',
					path: '/contacts/search',
					body: {
						query: { field: 'email', operator: '=', value: 'a' },
						sort: { field: 'email', order: 'asc' },
					},
				}),
			),
		).toMatch(/body \/sort\/order: must be one of "ascending", "descending", got string "asc"$/);
		expect(
			single(
				validateRequest({
					method: 'POST',
					path: '/contacts/search',
					body: { query: { field: 'custom_attributes.spend', operator: '>', value: 5.5 } },
				}),
			),
		).toMatch(
			/closest is #1: \/query\/value: must be string or integer or boolean or array, got number 5\.5$/,
		);
	});

	it('search: the spec does not allow filters and groups mixed in one value array', () => {
		const violations = validateRequest({
			method: 'POST',
			path: '/contacts/search',
			body: {
				query: {
					operator: 'AND',
					value: [
						{ operator: 'OR', value: [{ field: 'email', operator: '=', value: 'a' }] },
						{ field: 'role', operator: '=', value: 'user' },
					],
				},
			},
		});
		expect(single(violations)).toMatch(
			/body \/query: matches none of the 2 alternatives .* closest is #2: \/query\/value: matches none/,
		);
	});

	it('body for an operation without requestBody, also an empty object', () => {
		expect(
			single(
				validateRequest({
					method: 'DELETE',
					path: `/contacts/${CONTACT_ID}/tags/1`,
					body: { admin_id: '1' },
				}),
			),
		).toMatch(/sends a body \(object \{"admin_id":"1"\}\) but the operation has no requestBody$/);
		expect(
			single(
				validateRequest({ method: 'POST', path: `/contacts/${CONTACT_ID}/archive`, body: {} }),
			),
		).toMatch(
			/\(ArchiveContact, spec \/contacts\/\{contact_id\}\/archive\) sends a body \(object \{\}\) but the operation has no requestBody$/,
		);
	});

	it('missing required body', () => {
		expect(single(validateRequest({ method: 'POST', path: '/office_hours_schedules' }))).toMatch(
			/body is missing; the spec requires a JSON body$/,
		);
	});

	it('readOnly properties must not be sent and are not required', () => {
		const body = {
			name: 'Support',
			time_zone_name: 'Europe/Dublin',
			time_intervals: [{ start_minute: 540, end_minute: 1020 }],
		};
		expect(validateRequest({ method: 'POST', path: '/office_hours_schedules', body })).toEqual([]);
		body.time_intervals[0] = { ...body.time_intervals[0], day_of_week: 0 } as never;
		expect(
			single(validateRequest({ method: 'POST', path: '/office_hours_schedules', body })),
		).toMatch(
			/body \/time_intervals\/0\/day_of_week: is readOnly in the spec and must not be sent in a request$/,
		);
	});

	it('body that is not JSON, or sent with another content type', () => {
		expect(
			single(validateRequest({ method: 'POST', path: '/contacts', body: 'email=a@b.c' })),
		).toMatch(/body is not JSON: string "email=a@b.c"$/);
		expect(
			single(
				validateRequest({
					method: 'POST',
					path: '/contacts',
					body: { email: 'a@b.c' },
					headers: { 'Content-Type': 'text/plain' },
				}),
			),
		).toMatch(/header Content-Type: "text\/plain"; the spec's requestBody is application\/json$/);
	});

	it('unknown query parameter, listing the known ones', () => {
		expect(
			single(validateRequest({ method: 'GET', path: '/contacts', query: { limit: '10' } })),
		).toBe(
			'GET /contacts (ListContacts, spec /contacts) query parameter "limit" is not in the spec; known: include_merge_history, per_page, starting_after',
		);
		expect(
			single(
				validateRequest({
					method: 'POST',
					path: '/contacts/search',
					query: { per_page: '10' },
					body: { query: { field: 'a', operator: '=', value: 'b' } },
				}),
			),
		).toMatch(/query parameter "per_page" is not in the spec; known: include_merge_history$/);
	});

	it('query values: type, bounds, repeats, array style', () => {
		expect(single(validateRequest({ method: 'GET', path: '/contacts?per_page=abc' }))).toMatch(
			/query parameter "per_page" \/: must be integer, got string "abc"$/,
		);
		expect(
			single(validateRequest({ method: 'GET', path: '/contacts', query: { per_page: 151 } })),
		).toMatch(/query parameter "per_page" \/: must be <= 150, got number 151$/);
		expect(
			single(
				validateRequest({
					method: 'GET',
					path: '/contacts',
					query: { include_merge_history: 'yes' },
				}),
			),
		).toMatch(/query parameter "include_merge_history" \/: must be boolean, got string "yes"$/);
		expect(
			single(
				validateRequest({
					method: 'GET',
					path: '/contacts',
					query: { starting_after: ['a', 'b'] },
				}),
			),
		).toMatch(/query parameter "starting_after" is given 2 times; the spec declares one string$/);
		expect(
			single(
				validateRequest({ method: 'GET', path: '/content/search', query: { 'tag_ids[0]': '1' } }),
			),
		).toMatch(
			/query parameter "tag_ids\[0\]" is not in the spec \(did you mean "tag_ids"\? the spec sends arrays as tag_ids=a,b\)/,
		);
		expect(
			validateRequest({ method: 'GET', path: '/content/search', query: { tag_ids: 'a,2' } }),
		).toEqual([
			expect.stringMatching(/query parameter "tag_ids" \/0: must be integer, got string "a"$/),
		]);
	});

	it('required query parameters (an exploded object counts through its properties)', () => {
		expect(
			single(validateRequest({ method: 'GET', path: '/events', query: { type: 'user' } })),
		).toMatch(
			/required query parameter "filter" is missing \(one of user_id, intercom_user_id, email\)$/,
		);
	});

	it('Intercom-Version must be one the spec knows', () => {
		expect(
			single(
				validateRequest({
					method: 'GET',
					path: `/contacts/${CONTACT_ID}`,
					headers: { 'intercom-version': '2.99' },
				}),
			),
		).toBe(
			`GET /contacts/${CONTACT_ID} (ShowContact, spec /contacts/{contact_id}) header Intercom-Version: "2.99" is not a version the spec knows (1.0 … 2.16)`,
		);
		expect(
			validateRequest({
				method: 'GET',
				path: `/contacts/${CONTACT_ID}`,
				headers: { 'Intercom-Version': 'Unstable' },
			}),
		).toHaveLength(1);
	});

	it('reports everything wrong with a request at once', () => {
		const violations = validateRequest({
			method: 'PUT',
			path: `/contacts/${CONTACT_ID}`,
			query: { foo: '1' },
			headers: { 'Intercom-Version': '3.0' },
			body: { role: 1, unknown: true },
		});
		expect(violations).toHaveLength(4);
	});
});

describe('validateRequest: undeclared body properties Intercom accepts', () => {
	const search = (extra: object) => ({
		method: 'POST',
		path: '/conversations/search',
		body: {
			query: { field: 'open', operator: '=', value: true },
			pagination: { per_page: 5 },
			...extra,
		},
	});

	it('accepts a valid sort on conversation search (spec omission, Intercom-OpenAPI #114)', () => {
		expect(validateRequest(search({ sort: { field: 'updated_at', order: 'ascending' } }))).toEqual(
			[],
		);
	});

	it('still checks that sort: a bad order is reported', () => {
		expect(single(validateRequest(search({ sort: { field: 'updated_at', order: 'up' } })))).toMatch(
			/body \/sort.*order/,
		);
	});

	it('allows sort only where listed: ticket search still reports it', () => {
		const violations = validateRequest({
			method: 'POST',
			path: '/tickets/search',
			body: {
				query: { field: 'open', operator: '=', value: true },
				sort: { field: 'created_at', order: 'ascending' },
			},
		});
		expect(single(violations)).toMatch(/property "sort" is not in the spec's schema/);
	});

	it('other undeclared properties on conversation search are still reported', () => {
		expect(single(validateRequest(search({ filter: 'x' })))).toMatch(
			/property "filter" is not in the spec's schema/,
		);
	});
});

describe('validateRequest: properties the spec types or requires more strictly than Intercom', () => {
	it('typed custom attribute values for custom object instances and visitors, still an object', () => {
		const attributes = { total: 99.99, paid: true, note: 'x', cleared: null, items: ['21', 23] };
		expect(
			validateRequest({
				method: 'POST',
				path: '/custom_object_instances/Order',
				body: { external_id: 'o-1', custom_attributes: attributes },
			}),
		).toEqual([]);
		expect(
			validateRequest({
				method: 'PUT',
				path: '/visitors',
				body: {
					user_id: 'u-1',
					custom_attributes: { paid_subscriber: true, monthly_spend: 155.5 },
				},
			}),
		).toEqual([]);
		expect(
			single(
				validateRequest({
					method: 'PUT',
					path: '/visitors',
					body: { user_id: 'u-1', custom_attributes: 'plan=pro' },
				}),
			),
		).toMatch(/body \/custom_attributes/);
		expect(
			single(
				validateRequest({
					method: 'POST',
					path: '/custom_object_instances/Order',
					body: { custom_attributes: { nested: { a: 1 } } },
				}),
			),
		).toMatch(/body \/custom_attributes/);
	});

	it('converting a visitor needs a user only for type user', () => {
		const convert = (body: object) =>
			validateRequest({ method: 'POST', path: '/visitors/convert', body });
		expect(convert({ type: 'lead', visitor: { user_id: 'v-1' } })).toEqual([]);
		expect(convert({ type: 'user', visitor: { id: 'v' }, user: { user_id: 'u-1' } })).toEqual([]);
		expect(convert({ type: 'user', visitor: { id: 'v' } })[0]).toMatch(
			/missing required property "user"/,
		);
		expect(convert({ type: 'lead' })).not.toEqual([]);
		expect(single(convert({ type: 'lead', visitor: { id: 'v' }, extra: 1 }))).toMatch(
			/property "extra" is not in the spec's schema/,
		);
	});
});
