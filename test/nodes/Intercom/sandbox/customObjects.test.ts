import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import { instancesOf } from '../../../../sandbox/customObjects';
import { byId, byList, jsonOf, runIntercom } from '../fixtures';

// The node's real execute() against the sandbox over loopback HTTP (no nock answers these).
let sandbox: Sandbox;
const credentials = () => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: sandbox.url,
	apiVersion: '2.16',
});
const attempt = async (parameters: Record<string, unknown>) =>
	await runIntercom({ resource: 'customObjectInstance', ...parameters } as never, {
		credentials: credentials(),
		allowUnmatchedRequests: true,
	});
const run = async (parameters: Record<string, unknown>) => {
	const result = await attempt(parameters);
	expect(result.error).toBeUndefined();
	return jsonOf(result);
};

beforeAll(async () => {
	sandbox = await startSandbox();
});

afterAll(async () => {
	await sandbox.close();
});

beforeEach(() => sandbox.reset());

afterEach(() => expect(sandbox.violations).toEqual([]));

const attributes = (...pairs: Array<[string, string, string]>) => ({
	attribute: pairs.map(([name, type, value]) => ({ name, type, value })),
});

describe('custom object instances against the sandbox', () => {
	it('create → update by External ID → get → get by External ID → delete round-trips', async () => {
		const [created] = await run({
			operation: 'upsert',
			customObjectType: 'Order',
			externalId: 'ORDER-1',
			customAttributesUi: attributes(
				['order_number', 'string', 'ORDER-1'],
				['total_amount', 'number', '99.99'],
				['paid', 'boolean', 'false'],
			),
			additionalFields: { externalCreatedAt: '2014-02-10T12:44:32Z' },
		});
		expect(created).toMatchObject({
			type: 'Order',
			external_id: 'ORDER-1',
			external_created_at: 1392036272,
			external_updated_at: null,
			custom_attributes: { order_number: 'ORDER-1', total_amount: 99.99, paid: false },
		});
		const id = String(created.id);

		// The same External ID updates that instance: attributes given change, the others stay.
		const [updated] = await run({
			operation: 'upsert',
			customObjectType: 'Order',
			externalId: 'ORDER-1',
			customAttributesUi: attributes(['paid', 'boolean', 'true']),
			additionalFields: { customAttributesJson: '{"total_amount": null}' },
		});
		expect(updated).toMatchObject({
			id,
			custom_attributes: { order_number: 'ORDER-1', total_amount: null, paid: true },
		});
		expect(instancesOf(sandbox.store, 'Order').size).toBe(1);

		const [got] = await run({ operation: 'get', customObjectType: 'Order', instanceId: byId(id) });
		expect(got).toEqual(updated);
		const [found] = await run({
			operation: 'getByExternalId',
			customObjectType: 'Order',
			externalId: 'ORDER-1',
		});
		expect(found).toEqual(updated);

		// Without an External ID, every run creates a new instance.
		for (let n = 0; n < 2; n++)
			await run({
				operation: 'upsert',
				customObjectType: 'Order',
				customAttributesUi: attributes(['status', 'string', 'new']),
			});
		expect(instancesOf(sandbox.store, 'Order').size).toBe(3);

		const [gone] = await run({
			operation: 'delete',
			customObjectType: 'Order',
			deleteBy: 'externalId',
			externalId: 'ORDER-1',
		});
		expect(gone).toEqual({ id, object: 'Order', deleted: true });
		const missing = await attempt({
			operation: 'get',
			customObjectType: 'Order',
			instanceId: byId(id),
		});
		expect(missing.error?.message).toBe(
			'Intercom error 404: not_found: Custom object instance not found',
		);
		const [other] = [...instancesOf(sandbox.store, 'Order').values()];
		const [byIdDeleted] = await run({
			operation: 'delete',
			customObjectType: 'Order',
			instanceId: byList(String(other.id)),
		});
		expect(byIdDeleted).toEqual({ id: String(other.id), object: 'Order', deleted: true });
		expect(instancesOf(sandbox.store, 'Order').size).toBe(1);
	});

	it('refuses an unknown type, an unknown attribute and a value of the wrong type, as Intercom does', async () => {
		const unknownType = await attempt({
			operation: 'upsert',
			customObjectType: 'Booking',
			externalId: 'b-1',
		});
		expect(unknownType.error?.message).toBe(
			'Intercom error 404: not_found: Custom object type `Booking` not found',
		);
		const unknownAttribute = await attempt({
			operation: 'upsert',
			customObjectType: 'Subscription',
			customAttributesUi: attributes(['colour', 'string', 'red']),
		});
		expect(unknownAttribute.error?.message).toMatch(
			/^Intercom error 400: parameter_invalid: Custom attribute 'colour' does not exist on Subscription/,
		);
		// A number sent as text does not fit an integer attribute: the Type of the pair matters.
		const asText = await attempt({
			operation: 'upsert',
			customObjectType: 'Subscription',
			customAttributesUi: attributes(['seats', 'string', '3']),
		});
		expect(asText.error?.message).toMatch(/Custom attribute 'seats' must be of type integer/);
		const [typed] = await run({
			operation: 'upsert',
			customObjectType: 'Subscription',
			customAttributesUi: attributes(
				['seats', 'number', '3'],
				['renews_at', 'date', '2030-01-01T00:00:00Z'],
			),
		});
		expect(typed.custom_attributes).toEqual({ seats: 3, renews_at: 1893456000 });
	});

	it('Get Many: newest first over pages of 150; Limit; the instances a contact or conversation refers to', async () => {
		for (let n = 1; n <= 160; n++) {
			await run({
				operation: 'upsert',
				customObjectType: 'Order',
				externalId: `o-${n}`,
				customAttributesUi: attributes(['order_number', 'string', `#${n}`]),
			});
		}
		sandbox.stats.byRoute = {};
		const all = await run({ operation: 'getAll', customObjectType: 'Order', returnAll: true });
		expect(all).toHaveLength(160);
		expect(all[0].external_id).toBe('o-160');
		expect(new Set(all.map((i) => i.id)).size).toBe(160);
		expect(sandbox.stats.byRoute).toEqual({
			'GET /custom_object_instances/{custom_object_type_identifier}': 2,
		});
		const limited = await run({ operation: 'getAll', customObjectType: 'Order', limit: 5 });
		expect(limited.map((i) => i.external_id)).toEqual([
			'o-160',
			'o-159',
			'o-158',
			'o-157',
			'o-156',
		]);

		// A contact refers to instances through a reference attribute (a list of instance IDs).
		const [contact] = sandbox.seed({ contacts: [{ email: 'ada@example.com' }] }).contacts;
		const [first, second] = [all[159], all[158]];
		sandbox.store.contact(String(contact.id))!.custom_attributes.orders = [first.id, second.id];
		const referenced = await run({
			operation: 'getAll',
			customObjectType: 'Order',
			associatedWith: 'contact',
			contactId: byId(String(contact.id)),
			returnAll: true,
		});
		expect(referenced.map((i) => i.external_id)).toEqual(['o-2', 'o-1']);
		expect(
			await run({ operation: 'getAll', customObjectType: 'Subscription', returnAll: true }),
		).toEqual([]);
	});
});
