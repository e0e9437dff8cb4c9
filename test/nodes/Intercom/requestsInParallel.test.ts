import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import { NodeHelpers, NodeOperationError } from 'n8n-workflow';

import { Intercom } from '../../../nodes/Intercom/Intercom.node';
import { byId, intercom, isolateNetwork, runIntercom } from './fixtures';

const description = new Intercom().description;
const node = { typeVersion: 1 };

/** Every resource/operation pair the node offers, from its operation selectors. */
const pairs: Array<[string, string]> = description.properties
	.filter((p) => p.name === 'operation')
	.flatMap((selector) =>
		((selector.displayOptions?.show?.resource ?? []) as string[]).flatMap((resource) =>
			(selector.options ?? []).map(
				(o) => [resource, String((o as { value: unknown }).value)] as [string, string],
			),
		),
	);

describe('Options → Requests in Parallel in the description', () => {
	it('covers every operation of every resource', () => {
		expect(pairs.length).toBeGreaterThan(80);
	});

	it.each(pairs)(
		'%s › %s shows exactly one Options collection, holding Requests in Parallel',
		(resource, operation) => {
			const values =
				NodeHelpers.getNodeParameters(
					description.properties,
					{ resource, operation } as INodeParameters,
					true,
					false,
					node,
					description,
				) ?? {};
			const shown = description.properties.filter(
				(p) => p.name === 'options' && NodeHelpers.displayParameter(values, p, node, description),
			);
			expect(shown).toHaveLength(1);
			const field = (shown[0].options as INodeProperties[]).find(
				(o) => o.name === 'requestsInParallel',
			);
			expect(field).toMatchObject({
				displayName: 'Requests in Parallel',
				type: 'number',
				default: 5,
				typeOptions: { minValue: 1, maxValue: 50 },
			});
			expect(field?.description).toMatch(/at once.*1 .*one after another.*order/);
		},
	);
});

describe('Options → Requests in Parallel at run time', () => {
	isolateNetwork();

	it('a value that is not a number fails the run before any request, naming the option', async () => {
		const result = await runIntercom(
			{
				resource: 'contact',
				operation: 'get',
				contactId: byId('c1'),
				options: { requestsInParallel: '={{ "many" }}' },
			},
			{ input: [{}, {}] },
		);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe(
			'Requests in Parallel: got text "many", expected a number (item 0)',
		);
		expect(result.items).toEqual([]);
	});

	it.each([
		['={{ "many" }}', 'got text "many"'],
		['={{ "0x10" }}', 'got text "0x10"'],
		['={{ {a: 1} }}', 'got an object'],
	])(
		'with Continue On Fail, an invalid value (%s) gives one error item per input and sends nothing',
		async (requestsInParallel, got) => {
			const { scope, requests } = intercom();
			scope.get('/contacts/c1').optionally().reply(200, { type: 'contact', id: 'c1' });
			const result = await runIntercom(
				{
					resource: 'contact',
					operation: 'get',
					contactId: byId('c1'),
					options: { requestsInParallel },
				},
				{ input: [{ n: 1 }, { n: 2 }, { n: 3 }], continueOnFail: true },
			);
			expect(result.error).toBeUndefined();
			expect(requests).toHaveLength(0);
			const error = `Requests in Parallel: ${got}, expected a number (item 0)`;
			expect(result.items).toEqual([
				{ json: { error }, pairedItem: { item: 0 } },
				{ json: { error }, pairedItem: { item: 1 } },
				{ json: { error }, pairedItem: { item: 2 } },
			]);
		},
	);
});
