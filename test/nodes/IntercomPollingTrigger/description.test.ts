import { IntercomPollingTrigger } from '../../../nodes/IntercomPollingTrigger/IntercomPollingTrigger.node';
import { POLL_EVENTS } from '../../../nodes/IntercomPollingTrigger/events';
import { IntercomTrigger } from '../../../nodes/IntercomTrigger/IntercomTrigger.node';

const { description } = new IntercomPollingTrigger();
const property = (name: string) => description.properties.find((p) => p.name === name);
const filter = (name: string) =>
	(
		property('filters')?.options as Array<{
			name: string;
			displayOptions?: { show?: Record<string, unknown> };
		}>
	).find((o) => o.name === name);

describe('Intercom Polling Trigger › description', () => {
	it('is a polling trigger beside the webhook one, and says how they differ', () => {
		expect(description.polling).toBe(true);
		expect(description.group).toEqual(['trigger']);
		expect(description.displayName).toBe('Intercom Polling Trigger');
		expect(description.description).toMatch(
			/^Community package for Intercom's current API 2\.x: .*checked on a schedule \(no webhook setup/,
		);
		expect(new IntercomTrigger().description.description).toMatch(
			/needs a Developer Hub webhook and a public URL; the Intercom Polling Trigger needs neither/,
		);
		expect(description.credentials?.map((c) => c.name)).toEqual([
			'intercomAccessTokenApi',
			'intercomOAuth2Api',
		]);
		// n8n adds Poll Times to every polling node itself.
		expect(property('pollTimes')).toBeUndefined();
	});

	it('offers every event, and each filter only with the events whose search takes it', () => {
		const event = property('event');
		expect((event?.options as Array<{ value: string }>).map((o) => o.value)).toEqual(
			POLL_EVENTS.map((e) => e.option.value),
		);
		const showing = (name: string) => filter(name)?.displayOptions?.show?.['/event'];
		expect(showing('role')).toEqual(['contact.created', 'contact.updated']);
		expect(showing('ticketTypeId')).toEqual([
			'ticket.created',
			'ticket.updated',
			'ticket.stateChanged',
		]);
		expect(showing('tagId')).not.toContain('ticket.created');
		expect(showing('state')).toContain('conversation.closed');
		expect(showing('adminAssigneeId')).toEqual(
			expect.arrayContaining(['conversation.created', 'ticket.updated']),
		);
		expect(showing('adminAssigneeId')).not.toContain('contact.created');
	});

	it('uses n8n’s names for its settings: Simplify (on), Filters, Options', () => {
		expect(property('simple')).toMatchObject({ displayName: 'Simplify', default: true });
		expect(property('filters')).toMatchObject({ displayName: 'Filters', type: 'collection' });
		expect(
			(property('options')?.options as Array<{ displayName: string }>).map((o) => o.displayName),
		).toEqual(['Look Back (Minutes)', 'Max Items per Check', 'Start From']);
	});
});
