/**
 * A conversation's `statistics` (the 2.16 `conversation_statistics` object), worked out from its
 * source and parts each time it is rendered, so they are searchable and sortable as Intercom's are
 * (`statistics.<field>` in POST /conversations/search).
 *
 * The rules, from the schema's descriptions:
 * - Contact replies are a contact's comments; a conversation a contact started (its source written
 *   by a contact) counts that message as the first contact reply, as Intercom's
 *   `first_contact_reply` does ("for a contact initiated message this will represent the users
 *   original message").
 * - Admin replies are an admin's comments and quick replies, not notes.
 * - The first admin reply, first close and the assignments and reopens counted are those after the
 *   first contact reply (in the conversation's order); the last contact reply, last admin reply and
 *   last close are the last ones at all.
 * - An assignment is an assignment part with an assignee (an unassignment is not counted); a reopen
 *   is a closed conversation opened again, by an admin's open part or by a contact's reply.
 * - `count_conversation_parts` is the number of parts (the source is not a part).
 * - A time with nothing behind it is null. Durations (`time_to_*`, `median_time_to_reply`,
 *   handling times, team response times) depend on office hours and are not given.
 */
import type { ConversationRecord, Json, PartRecord } from './store';

const CONTACT_TYPES = new Set(['user', 'lead', 'contact']);

const byContact = (author: Json | undefined): boolean =>
	CONTACT_TYPES.has(String(author?.type ?? ''));

const isContactReply = (p: PartRecord): boolean => p.part_type === 'comment' && byContact(p.author);

const isAdminReply = (p: PartRecord): boolean =>
	(p.part_type === 'comment' || p.part_type === 'quick_reply') && p.author?.type === 'admin';

const isAssignment = (p: PartRecord): boolean =>
	p.part_type === 'assignment' && p.assigned_to !== null;

/** The time of a contact's first message: the source when a contact wrote it, else the first contact comment. */
export function firstContactReplyAt(c: ConversationRecord): number | null {
	if (byContact(c.source.author)) return c.created_at;
	return c.parts.find(isContactReply)?.created_at ?? null;
}

export function conversationStatistics(c: ConversationRecord): Json {
	const parts = c.parts;
	const sourceByContact = byContact(c.source.author);
	// Parts after the first contact reply: all of them when the contact started the conversation.
	const firstReply = sourceByContact ? -1 : parts.findIndex(isContactReply);
	const after = firstReply === -1 && !sourceByContact ? [] : parts.slice(firstReply + 1);
	const firstAt = (list: PartRecord[], test: (p: PartRecord) => boolean) =>
		list.find(test)?.created_at ?? null;
	const lastOf = (test: (p: PartRecord) => boolean) => parts.filter(test).pop();

	const assignments = after.filter(isAssignment);
	const lastAssignment = assignments[assignments.length - 1];
	const sinceLastAssignment = lastAssignment ? after.slice(after.indexOf(lastAssignment) + 1) : [];

	const lastClose = lastOf((p) => p.part_type === 'close');
	const lastContactReply = lastOf(isContactReply);

	// Reopens: the conversation's state through its parts, counting each closed → open.
	let closed = false;
	let reopens = 0;
	for (const p of after) {
		if (p.part_type === 'close') closed = true;
		else if (closed && (p.part_type === 'open' || isContactReply(p))) {
			closed = false;
			reopens += 1;
		}
	}

	return {
		type: 'conversation_statistics',
		first_contact_reply_at: firstContactReplyAt(c),
		first_assignment_at: assignments[0]?.created_at ?? null,
		first_admin_reply_at: firstAt(after, isAdminReply),
		first_close_at: firstAt(after, (p) => p.part_type === 'close'),
		last_assignment_at: lastAssignment?.created_at ?? null,
		last_assignment_admin_reply_at: firstAt(sinceLastAssignment, isAdminReply),
		last_contact_reply_at: lastContactReply?.created_at ?? (sourceByContact ? c.created_at : null),
		last_admin_reply_at: lastOf(isAdminReply)?.created_at ?? null,
		last_close_at: lastClose?.created_at ?? null,
		last_closed_by_id: lastClose?.author?.id === undefined ? null : String(lastClose.author.id),
		count_reopens: reopens,
		count_assignments: assignments.length,
		count_conversation_parts: parts.length,
	};
}
