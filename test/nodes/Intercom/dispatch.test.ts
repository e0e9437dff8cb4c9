/**
 * One list of resources (nodes/Intercom/actions/resources.ts) is the source of the Resource
 * selector, the Operation selectors, the dispatch and the subtitle: every value the built
 * description offers resolves to an operation module, every module is offered, and a pair the
 * node does not know fails its item without a request.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Intercom } from '../../../nodes/Intercom/Intercom.node';
import { findOperation, resources } from '../../../nodes/Intercom/actions/resources';
import { resolveSubtitle } from '../../harness/subtitle';
import { intercom, isolateNetwork, recorded, runIntercom } from './fixtures';

isolateNetwork();

const node = new Intercom();
const { properties } = node.description;
const optionsOf = (p: INodeProperties) => (p.options ?? []) as INodePropertyOptions[];
const resourceSelector = properties.filter((p) => p.name === 'resource');
const operationSelectors = properties.filter((p) => p.name === 'operation');
/** Every resource/operation pair the built description offers. */
const offered = operationSelectors.flatMap((selector) =>
	((selector.displayOptions?.show?.resource ?? []) as string[]).flatMap((resource) =>
		optionsOf(selector).map((option) => [resource, String(option.value)] as const),
	),
);

describe('Intercom node › resources and dispatch', () => {
	it('has one Resource selector, listing the resource list in order, alphabetical by name', () => {
		expect(resourceSelector).toHaveLength(1);
		const options = optionsOf(resourceSelector[0]);
		expect(options.map((o) => o.value)).toEqual(Object.keys(resources));
		const names = options.map((o) => o.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});

	it('has one Operation selector per resource, each entry with an action text', () => {
		for (const resource of Object.keys(resources)) {
			const selectors = operationSelectors.filter((s) =>
				(s.displayOptions?.show?.resource as string[]).includes(resource),
			);
			expect([resource, selectors.length]).toEqual([resource, 1]);
			for (const option of optionsOf(selectors[0]))
				expect([resource, option.value, typeof option.action]).toEqual([
					resource,
					option.value,
					'string',
				]);
			expect(optionsOf(selectors[0]).map((o) => o.value)).toContain(selectors[0].default);
		}
	});

	it('resolves every resource/operation value of the built description to its module', () => {
		expect(offered.length).toBeGreaterThanOrEqual(133);
		for (const [resource, operation] of offered) {
			const module = findOperation(resource, operation);
			expect([resource, operation, typeof module?.execute]).toEqual([
				resource,
				operation,
				'function',
			]);
		}
	});

	it('offers every operation module in the resource list', () => {
		const all = Object.entries(resources).flatMap(([resource, r]) =>
			Object.keys(r.operations).map((operation) => `${resource}.${operation}`),
		);
		expect(offered.map(([r, o]) => `${r}.${o}`).sort()).toEqual(all.sort());
	});

	it('knows no pair outside the list, not even inherited names', () => {
		expect(findOperation('contact', 'nope')).toBeUndefined();
		expect(findOperation('nope', 'get')).toBeUndefined();
		expect(findOperation('contact', 'constructor')).toBeUndefined();
		expect(findOperation('__proto__', 'toString')).toBeUndefined();
		expect(findOperation('contact', 'hasOwnProperty')).toBeUndefined();
	});

	it('an unknown pair fails its item, naming both, and sends nothing', async () => {
		const before = recorded.length;
		const result = await runIntercom(
			{ resource: 'contact', operation: 'constructor' },
			{ continueOnFail: true },
		);
		expect(result.items.map((item) => [item.pairedItem, item.json.error])).toEqual([
			[{ item: 0 }, 'The operation "constructor" of resource "contact" is not supported'],
		]);
		expect(recorded.length).toBe(before);
	});
});

describe('Intercom node › subtitle', () => {
	it.each([
		['contact', 'getAll', 'Get many contacts'],
		['contact', 'search', 'Search contacts'],
		['conversation', 'reply', 'Reply to a conversation'],
		['company', 'upsert', 'Create or update a company'],
		['rawRequest', 'send', 'Send a raw request'],
	])('%s / %s → "%s", as the editor resolves it', (resource, operation, expected) => {
		expect(resolveSubtitle(node, { resource, operation })).toBe(expected);
	});

	it('every offered pair has its action text as subtitle', () => {
		for (const [resource, operation] of offered) {
			const selector = operationSelectors.find((s) =>
				(s.displayOptions?.show?.resource as string[]).includes(resource),
			)!;
			const action = optionsOf(selector).find((o) => o.value === operation)?.action;
			expect(resolveSubtitle(node, { resource, operation })).toBe(action);
		}
	});

	it('a pair the node does not know shows the raw values', () => {
		expect(resolveSubtitle(node, { resource: 'contact', operation: 'nope' })).toBe('nope: contact');
		// n8n drops an operation the description does not show for the resource: only the resource is left.
		expect(resolveSubtitle(node, { resource: 'nope', operation: 'get' })).toMatch(/: nope$/);
	});
});

describe('Intercom node › search builder', () => {
	const customField = (resource: string) =>
		properties
			.filter(
				(p) =>
					p.name === 'filters' &&
					(p.displayOptions?.show?.resource as string[] | undefined)?.includes(resource),
			)
			.flatMap((p) => (p.options ?? []) as Array<{ values?: INodeProperties[] }>)
			.flatMap((o) => o.values ?? [])
			.find((p) => p.name === 'customField');

	it.each([
		['contact', 'getContactCustomAttributes'],
		['conversation', 'getConversationCustomAttributes'],
	])(
		'%s search: the custom attribute is picked from the workspace’s attributes (%s)',
		(resource, method) => {
			const field = customField(resource);
			expect(field?.type).toBe('options');
			expect(field?.typeOptions?.loadOptionsMethod).toBe(method);
			expect(node.methods.loadOptions).toHaveProperty(method);
		},
	);

	it('ticket search: the ticket attribute ID is typed (attributes belong to ticket types)', () => {
		expect(customField('ticket')?.type).toBe('string');
	});
});

describe('Intercom node › search builder operators', () => {
	const conditionValues = (resource: string) =>
		properties
			.filter(
				(p) =>
					p.name === 'filters' &&
					(p.displayOptions?.show?.resource as string[] | undefined)?.includes(resource),
			)
			.flatMap((p) => (p.options ?? []) as Array<{ values?: INodeProperties[] }>)
			.flatMap((o) => o.values ?? []);
	/** The operators the editor offers for a condition: those of the Operator selector it shows. */
	const offeredFor = (resource: string, condition: Record<string, string>) => {
		const shown = conditionValues(resource).filter(
			(p) =>
				p.name === 'operator' &&
				Object.entries(p.displayOptions?.show ?? {}).every(([key, values]) =>
					(values as string[]).includes(condition[key]),
				),
		);
		expect(shown).toHaveLength(1);
		return optionsOf(shown[0]).map((o) => o.value);
	};

	it.each([
		[
			'contact',
			{ field: 'email' },
			['contains', 'notContains', 'endsWith', 'equals', 'in', 'notEquals', 'notIn', 'startsWith'],
		],
		['contact', { field: 'created_at' }, ['equals', 'gt', 'lt']],
		['contact', { field: 'has_hard_bounced' }, ['equals', 'notEquals']],
		['contact', { field: 'tag_id' }, ['equals', 'notEquals']],
		[
			'contact',
			{ field: 'custom_attribute', customType: 'integer' },
			['equals', 'gt', 'gte', 'in', 'lt', 'lte', 'notEquals', 'notIn'],
		],
		[
			'contact',
			{ field: 'custom_attribute', customType: 'string' },
			['contains', 'notContains', 'endsWith', 'equals', 'in', 'notEquals', 'notIn', 'startsWith'],
		],
		[
			'conversation',
			{ field: 'created_at' },
			['equals', 'gt', 'gte', 'in', 'lt', 'lte', 'notEquals', 'notIn'],
		],
		['conversation', { field: 'open' }, ['equals', 'notEquals']],
	])('%s › %j offers exactly its type’s operators', (resource, condition, expected) => {
		expect(offeredFor(resource, condition)).toEqual(expected);
	});

	it('every field of every search shows one Operator selector', () => {
		for (const resource of ['contact', 'conversation', 'ticket']) {
			const field = conditionValues(resource).find((p) => p.name === 'field')!;
			for (const option of optionsOf(field).filter((o) => o.value !== 'custom_attribute')) {
				expect(offeredFor(resource, { field: String(option.value) })).toContain('equals');
			}
		}
	});

	it('n8n keeps the operator of a saved condition (several selectors share the name)', async () => {
		const { scope, requests } = intercom();
		scope.post('/contacts/search').reply(200, {
			type: 'list',
			data: [],
			total_count: 0,
			pages: { type: 'pages', page: 1, per_page: 5, total_pages: 0 },
		});
		const result = await runIntercom({
			resource: 'contact',
			operation: 'search',
			filters: {
				conditions: [
					{ field: 'email', operator: 'startsWith', value: 'ada' },
					{ field: 'created_at', operator: 'gt', value: '1767225600' },
					{
						field: 'custom_attribute',
						customField: 'seats',
						customType: 'integer',
						operator: 'gte',
						value: '5',
					},
				],
			},
			limit: 5,
		});
		expect(result.error).toBeUndefined();
		expect(
			(
				requests[0].body as { query: { value: Array<{ field: string; operator: string }> } }
			).query.value.map((f) => [f.field, f.operator]),
		).toEqual([
			['email', '^'],
			['created_at', '>'],
			['custom_attributes.seats', '>='],
		]);
	});
});
