/**
 * Helpers and operations throw InputError (field, problem, description) without knowing the item;
 * the node's execute() alone turns it into the NodeOperationError users see, for the error item
 * of Continue On Fail and for the error that stops the run.
 */
import { NodeOperationError } from 'n8n-workflow';

import * as routerModule from '../../../nodes/Intercom/actions/router';
import { InputError } from '../../../nodes/Intercom/helpers/inputError';
import { byId, contact, intercom, isolateNetwork, runIntercom } from './fixtures';

isolateNetwork();

const input = [{ n: 0 }, { n: 1 }, { n: 2 }];
// The parameters only need to pass the run's own checks: the operation is replaced below.
const parameters = {
	resource: 'contact',
	operation: 'get',
	contactId: byId('x'),
	options: { requestsInParallel: 1 },
};

/** Replaces the dispatch: item 1 fails with `error`, the others return `{ n }`. */
function failItemOne(error: Error) {
	return jest.spyOn(routerModule, 'router').mockImplementation(async (i: number) => {
		if (i === 1) throw error;
		return { n: i };
	});
}

afterEach(() => jest.restoreAllMocks());

describe('InputError → NodeOperationError in execute()', () => {
	it('InputError keeps what it was given and says field: problem, without an item', () => {
		const error = new InputError('Email', 'is empty', { description: 'Give an address' });
		expect([error.field, error.problem, error.options.description]).toEqual([
			'Email',
			'is empty',
			'Give an address',
		]);
		expect(error.message).toBe('Email: is empty');
		expect(new InputError('Email', 'is empty').options).toEqual({});
	});

	it('without Continue On Fail: a NodeOperationError naming field and item, with itemIndex and description', async () => {
		failItemOne(new InputError('Tag', 'is empty', { description: 'Pick a tag from the list' }));
		const result = await runIntercom(parameters, { input });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error).not.toBeInstanceOf(InputError);
		expect(result.error?.message).toBe('Tag: is empty (item 1)');
		expect(result.error?.context?.itemIndex).toBe(1);
		expect((result.error as NodeOperationError).description).toBe('Pick a tag from the list');
	});

	it('without Continue On Fail and without a description: none is added', async () => {
		failItemOne(new InputError('Tag', 'is empty'));
		const result = await runIntercom(parameters, { input });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe('Tag: is empty (item 1)');
		expect((result.error as NodeOperationError).description).toBeFalsy();
	});

	it('with Continue On Fail: the error item carries the same message and the description', async () => {
		failItemOne(new InputError('Tag', 'is empty', { description: 'Pick a tag from the list' }));
		const result = await runIntercom(parameters, { input, continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => [item.json, item.pairedItem])).toEqual([
			[{ n: 0 }, { item: 0 }],
			[{ error: 'Tag: is empty (item 1)', description: 'Pick a tag from the list' }, { item: 1 }],
			[{ n: 2 }, { item: 2 }],
		]);
	});

	it('with Continue On Fail and without a description: the error item holds the message only', async () => {
		failItemOne(new InputError('Tag', 'is empty'));
		const result = await runIntercom(parameters, { input, continueOnFail: true });
		expect(result.items[1].json).toEqual({ error: 'Tag: is empty (item 1)' });
	});

	it('other errors are not given a field or an item in their message', async () => {
		failItemOne(new Error('something else'));
		const result = await runIntercom(parameters, { input });
		expect(result.error).toBeInstanceOf(NodeOperationError);
		expect(result.error?.message).toBe('something else');
		expect(result.error?.context?.itemIndex).toBe(1);
	});

	it('a helper’s InputError from the real operation names the item it failed on', async () => {
		const { scope } = intercom();
		scope.get('/contacts/a').reply(200, contact('a'));
		const getById = { resource: 'contact', operation: 'get', contactId: byId('={{ $json.id }}') };
		const items = [{ id: 'a' }, { id: 'not an id!' }];
		const stopped = await runIntercom(getById, { input: items });
		expect(stopped.error).toBeInstanceOf(NodeOperationError);
		expect(stopped.error?.message).toBe(
			'Contact: "not an id!" is not a valid Intercom ID (item 1)',
		);
		expect(stopped.error?.context?.itemIndex).toBe(1);

		scope.get('/contacts/a').reply(200, contact('a'));
		const kept = await runIntercom(getById, { input: items, continueOnFail: true });
		expect(kept.items[1]).toEqual({
			json: { error: 'Contact: "not an id!" is not a valid Intercom ID (item 1)' },
			pairedItem: { item: 1 },
		});
	});
});
