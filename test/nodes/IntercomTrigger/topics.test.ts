/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test-only: reads ../shared/INTERCOM-FACTS.md beside the project when it is there */
import fs from 'node:fs';
import path from 'node:path';

import { IntercomTrigger } from '../../../nodes/IntercomTrigger/IntercomTrigger.node';
import { ALL_TOPICS, KNOWN_TOPICS, TOPICS } from '../../../nodes/IntercomTrigger/topics';

/** INTERCOM-FACTS.md lives beside the project in ../shared (not in the repository; always there in CI). */
const FACTS = path.resolve(__dirname, '../../../../shared/INTERCOM-FACTS.md');

/** `contact.{user,lead}.tag.{created,deleted}` → the four topics. */
function expandBraces(pattern: string): string[] {
	const match = /\{([^{}]*)\}/.exec(pattern);
	if (!match) return [pattern];
	const [whole, inner] = match;
	return inner
		.split(',')
		.flatMap((alternative) => expandBraces(pattern.replace(whole, alternative.trim())));
}

/** The topics of the "Topics (2.x)" table: every `code` span of its rows, braces expanded. */
function topicsFromFacts(markdown: string): string[] {
	const section = markdown.split(/^## /m).find((s) => s.startsWith('10. Topics'));
	if (!section) throw new Error('INTERCOM-FACTS.md has no "10. Topics" section');
	const rows = section
		.split('\n')
		.filter((line) => line.startsWith('| ') && !line.startsWith('| Group'));
	const codes = rows.flatMap((row) => [...row.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
	return codes.flatMap(expandBraces);
}

/**
 * The 2.x topics, committed: INTERCOM-FACTS §10's table expanded by hand. The node's own list
 * (nodes/IntercomTrigger/topics.ts) is checked against it; it is checked against the facts file
 * itself whenever ../shared is there.
 */
const FACTS_TOPICS = [
	// Contact
	'contact.user.created',
	'contact.user.updated',
	'contact.lead.created',
	'contact.lead.updated',
	'contact.lead.added_email',
	'contact.lead.signed_up',
	'contact.user.tag.created',
	'contact.user.tag.deleted',
	'contact.lead.tag.created',
	'contact.lead.tag.deleted',
	'contact.email.updated',
	'contact.subscribed',
	'contact.unsubscribed',
	'contact.archived',
	'contact.unarchived',
	'contact.merged',
	'contact.deleted',
	'visitor.signed_up',
	// Conversation
	'conversation.user.created',
	'conversation.user.replied',
	'conversation.admin.replied',
	'conversation.admin.single.created',
	'conversation.admin.assigned',
	'conversation.admin.open.assigned',
	'conversation.admin.noted',
	'conversation.admin.closed',
	'conversation.admin.opened',
	'conversation.admin.snoozed',
	'conversation.admin.unsnoozed',
	'conversation.operator.replied',
	'conversation.rating.added',
	'conversation.priority.updated',
	'conversation.read',
	'conversation.deleted',
	'conversation.contact.attached',
	'conversation.contact.detached',
	'conversation_part.tag.created',
	'conversation_part.redacted',
	'conversation.admin.replied.translated',
	// Ticket
	'ticket.created',
	'ticket.state.updated',
	'ticket.admin.assigned',
	'ticket.team.assigned',
	'ticket.admin.replied',
	'ticket.contact.replied',
	'ticket.note.created',
	'ticket.attribute.updated',
	'ticket.rating.provided',
	'ticket.contact.attached',
	'ticket.contact.detached',
	'ticket.admin.replied.translated',
	// Company
	'company.created',
	'company.updated',
	'company.deleted',
	'company.contact.attached',
	'company.contact.detached',
	// Admin
	'admin.added_to_workspace',
	'admin.removed_from_workspace',
	'admin.away_mode_updated',
	'admin.logged_in',
	'admin.logged_out',
	'admin.activity_log_event.created',
	// Other
	'event.created',
	'ping',
];

/**
 * The 2.x topics beyond INTERCOM-FACTS §10, committed: the rest of Intercom's 2.16 webhook
 * reference (developers.intercom.com/docs/references/2.16/webhooks/webhook-models).
 */
const MORE_TOPICS = [
	'ticket.closed',
	'ticket.resolved',
	'call.started',
	'call.ended',
	'call.transcription_available',
	'call.recording_available',
	'granular.subscribe',
	'granular.unsubscribe',
	'job.completed',
	...[
		'banner',
		'carousel',
		'chat',
		'checklist',
		'custom_bot',
		'email',
		'news_item',
		'post',
		'push',
		'series',
		'series.webhook',
		'sms',
		'survey',
		'tooltip_group',
		'tour',
	].map((kind) => `content_stat.${kind}`),
];

const ALL_KNOWN = [...FACTS_TOPICS, ...MORE_TOPICS];

describe('Intercom Trigger › topics', () => {
	it('lists every topic of the committed lists (INTERCOM-FACTS §10 and the rest of 2.16) and nothing else', () => {
		expect(MORE_TOPICS).toHaveLength(24);
		expect(MORE_TOPICS.filter((topic) => FACTS_TOPICS.includes(topic))).toEqual([]);
		expect([...KNOWN_TOPICS].sort()).toEqual([...ALL_KNOWN].sort());
		expect(KNOWN_TOPICS).toHaveLength(88);
		expect(new Set(KNOWN_TOPICS).size).toBe(KNOWN_TOPICS.length);
	});

	it(`the committed list is well formed, and is the table of ../shared/INTERCOM-FACTS.md (${fs.existsSync(FACTS) ? 'present: compared' : 'absent here: form only'})`, () => {
		expect(FACTS_TOPICS).toHaveLength(64);
		expect(new Set(FACTS_TOPICS).size).toBe(FACTS_TOPICS.length);
		for (const topic of FACTS_TOPICS) expect(topic).toMatch(/^(ping|[a-z_]+(\.[a-z_]+)+)$/);
		if (fs.existsSync(FACTS)) {
			const parsed = topicsFromFacts(fs.readFileSync(FACTS, 'utf8'));
			expect(parsed.length).toBe(64);
			expect([...parsed].sort()).toEqual([...FACTS_TOPICS].sort());
		}
	});

	it('expands braces the way the table means them', () => {
		expect(expandBraces('contact.{user,lead}.tag.{created,deleted}')).toEqual([
			'contact.user.tag.created',
			'contact.user.tag.deleted',
			'contact.lead.tag.created',
			'contact.lead.tag.deleted',
		]);
	});

	it('offers All Topics (*) and every topic in the Topics list, names grouped as "Group: Event"', () => {
		const property = new IntercomTrigger().description.properties.find((p) => p.name === 'topics');
		const options = (property?.options ?? []) as Array<{ name: string; value: string }>;
		expect(options[0]).toMatchObject({ name: 'All Topics (*)', value: ALL_TOPICS });
		const values = options.slice(1).map((o) => o.value);
		expect(values.sort()).toEqual([...ALL_KNOWN].sort());
		for (const topic of TOPICS) expect(topic.name).toMatch(new RegExp(`^${topic.group}: [A-Z]`));
		expect(new Set(options.map((o) => o.name)).size).toBe(options.length);
		const named = Object.fromEntries(TOPICS.map((t) => [t.value, t.name]));
		expect(named['contact.user.created']).toBe('Contact: User Created');
		expect(named['conversation.admin.replied']).toBe('Conversation: Admin Replied');
		expect(named['ticket.state.updated']).toBe('Ticket: State Updated');
		expect(named['call.recording_available']).toBe('Call: Recording Available');
		expect(named['content_stat.series.webhook']).toBe('Content Stats: Series Webhook');
	});
});
