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
import { isolateNetwork, recorded, runIntercom } from './fixtures';

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
		expect(offered.length).toBeGreaterThanOrEqual(83);
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
