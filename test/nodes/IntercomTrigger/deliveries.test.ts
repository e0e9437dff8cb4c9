import type { IDataObject } from 'n8n-workflow';

import { newStaticDataStore } from '../../harness/run-webhook';
import { APP_ID, delivery, realDeliveries, realPing } from './deliveries';
import { answered, send } from './send';

const itemOf = (notification: IDataObject) =>
	(notification.data as IDataObject).item as IDataObject;

/** What the trigger emits for a notification: data.item as sent, plus the notification's fields. */
const expectedOutput = (notification: IDataObject): IDataObject => ({
	...itemOf(notification),
	topic: notification.topic,
	notificationId: notification.id,
	createdAt: notification.created_at,
	appId: APP_ID,
	deliveryAttempts: 1,
});

describe('Intercom Trigger › real deliveries, one per topic group', () => {
	it.each(realDeliveries().map((d) => [d.group, d] as const))(
		'%s: data.item is emitted as Intercom sends it, with the notification fields',
		async (_group, { notification, itemId }) => {
			const store = newStaticDataStore();
			const run = await send(notification, {
				store,
				parameters: { topics: [notification.topic as string] },
			});
			expect(run.emitted).toEqual([expectedOutput(notification)]);
			// Only some items are an object with an id of its own; wrappers are passed on without one.
			expect(run.emitted[0].id).toEqual(itemId);
			// Deduped by the notification id, whatever the item.
			expect(answered(await send(notification, { store }))).toEqual({
				status: 200,
				body: { received: true, emitted: false, reason: 'duplicate' },
				emitted: 0,
			});
			const envelope = await send(notification, {
				parameters: { options: { includeEnvelope: true } },
			});
			expect(envelope.emitted).toEqual([notification]);
		},
	);

	it('a ticket part: the ticket under ticket, the new part under ticket_part, no top-level id', async () => {
		const { notification } = realDeliveries().find((d) => d.group === 'ticket part')!;
		const [item] = (await send(notification)).emitted;
		expect(Object.keys(item).sort()).toEqual(
			[
				'type',
				'ticket',
				'ticket_part',
				'topic',
				'notificationId',
				'createdAt',
				'appId',
				'deliveryAttempts',
			].sort(),
		);
		expect(item).toMatchObject({
			type: 'ticket_ticket_part',
			ticket: { type: 'ticket', id: '215472629353978', ticket_state: { category: 'submitted' } },
			ticket_part: { type: 'ticket_part', id: '37404518759', part_type: 'note' },
			topic: 'ticket.note.created',
			notificationId: 'notif_83b0ce3c-7c9c-4125-911d-16679ad38f1e',
		});
	});
});

describe('Intercom Trigger › the ping as Intercom sends it ("id": null)', () => {
	it('is answered 200 and starts nothing by default; any other topic without an id is still refused', async () => {
		const store = newStaticDataStore();
		expect(answered(await send(realPing(), { store }))).toEqual({
			status: 200,
			body: { received: true, emitted: false, reason: 'ping' },
			emitted: 0,
		});
		expect(store.saves).toBe(0);
		const contact = realDeliveries()[0].notification;
		for (const id of [null, undefined, '']) {
			const run = await send({ ...contact, id }, { store });
			expect(answered(run)).toEqual({
				status: 400,
				body: { message: 'The notification has no "id"' },
				emitted: 0,
			});
		}
	});

	it.each([
		['Emit Ping', { options: { emitPing: true }, topics: ['contact.user.created'] }],
		['the Ping topic', { topics: ['ping'] }],
	])(
		'with %s, every delivery of the ping starts one run: pings never count as duplicates',
		async (_label, parameters) => {
			const store = newStaticDataStore('always');
			const ping = realPing();
			const output = {
				type: 'ping',
				message: 'something something interzen',
				topic: 'ping',
				notificationId: null,
				createdAt: 1768000000,
				appId: APP_ID,
				deliveryAttempts: 1,
			};
			expect((await send(ping, { store, parameters })).emitted).toEqual([output]);
			expect((await send(ping, { store, parameters })).emitted).toEqual([output]);
			// A ping that carries an id is not remembered either.
			const withId = { ...ping, id: 'notif_ping_1' };
			expect((await send(withId, { store, parameters })).emitted).toHaveLength(1);
			expect((await send(withId, { store, parameters })).emitted).toHaveLength(1);
			expect(store.saves).toBe(0);
		},
	);

	it('a ping that starts nothing still carries the remembered ids into static data', async () => {
		const store = newStaticDataStore();
		const ids = () =>
			(store.data?.['node:Intercom Trigger'] as IDataObject | undefined)?.notificationIds;
		const contact = (id: string) =>
			delivery('contact.user.created', { type: 'contact', id: `c-${id}` }, id);
		expect((await send(contact('notif_a'), { store })).emitted).toHaveLength(1);
		expect((await send(contact('notif_b'), { store })).emitted).toHaveLength(1);
		expect(ids()).toEqual(['notif_a']); // n8n 2.41 loses the second change (see the harness)
		expect(answered(await send(realPing(), { store })).status).toBe(200);
		expect(ids()).toEqual(['notif_a', 'notif_b']);
	});
});
