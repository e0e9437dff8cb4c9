import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import { NodeHelpers, NodeOperationError } from 'n8n-workflow';

import { Intercom } from '../../../nodes/Intercom/Intercom.node';
import { byId, isolateNetwork, runIntercom } from './fixtures';

const description = new Intercom().description;
const node = { typeVersion: 1 };

/** Every resource/operation pair the node offers, from its operation selectors. */
const pairs: Array<[string, string]> = description.properties
	.filter((p) => p.name === 'operation')
	.flatMap((selector) =>
		((selector.displayOptions?.show?.resource ?? []) as string[]).flatMap((resource) =>
			(selector.options ?? []).map((o) => [resource, String((o as { value: unknown }).value)] as [string, string]),
		),
	);

describe('Options → Requests in Parallel in the description', () => {
	it('covers every operation of every resource', () => {
		expect(pairs.length).toBeGreaterThan(80);
	});

	it.each(pairs)('%s › %s shows exactly one Options collection, holding Requests in Parallel', (resource, operation) => {
		const values = NodeHelpers.getNodeParameters(description.properties, { resource, operation } as INodeParameters, true, false, node, description) ?? {};
		const shown = description.properties.filter(
			(p) => p.name === 'options' && NodeHelpers.displayParameter(values, p, node, description),
		);
		expect(shown).toHaveLength(1);
		const field = (shown[0].options as INodeProperties[]).find((o) => o.name === 'requestsInParallel');
		expect(field).toMatchObject({
			displayName: 'Requests in Parallel',
			type: 'number',
			default: 5,
			typeOptions: { minValue: 1, maxValue: 50 },
		});
		expect(field?.description).toMatch(/at once.*1 .*one after another.*order/);
	});
});

describe('Options → Requests in Parallel at run time', () => {
	isolateNetwork();

	it('a value that is not a number fails the run before any request, naming the option', async () => {
		const result = await runIntercom(
			{ resource: 'contact', operation: 'get', contactId: byId('c1'), options: { requestsInParallel: '={{ "many" }}' } },
			{ input: [{}, {}] },
		);
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe('Requests in Parallel must be a number');
		expect(result.items).toEqual([]);
	});
});
