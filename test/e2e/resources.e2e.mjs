// Companies, tags, conversations and tickets through a real n8n 2.41.0 against the sandbox:
// - upsert a company, attach a contact, tag both, list the company's contacts;
// - a contact's conversation: reply as admin, tag, assign to a team, close, search finds it closed;
// - a ticket: create (checked against its type), move to another state, reply, get;
// - a ticket without its type's required attribute fails before anything is created.

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';

import { byId, errorOf, intercomNode, outputOf, useE2E, workflow } from './lib.mjs';

const ADMIN = '991267460';
const TEAM = '814';
const BUG_REPORT = '71';
const IN_PROGRESS = '8002';
const find = (externalId) =>
	intercomNode('Find Contact', { resource: 'contact', operation: 'getByExternalId', externalId });
const node = (name) => `$('${name}').item.json`;

const workflows = {
	company: workflow('e2eCompanyTagged', 'E2E company, contact and tags', [
		intercomNode('Upsert Company', {
			resource: 'company',
			operation: 'upsert',
			companyIdentifier: 'e2e-acme',
			additionalFields: { name: 'Acme E2E', plan: 'Pro', size: 50 },
		}),
		intercomNode('Create Tag', { resource: 'tag', operation: 'create', name: 'E2E Key Account' }),
		find('e2e-crm'),
		intercomNode('Attach Company', {
			resource: 'contact',
			operation: 'attachCompany',
			contactId: byId(`={{ ${node('Find Contact')}.id }}`),
			companyId: byId(`={{ ${node('Upsert Company')}.id }}`),
		}),
		intercomNode('Tag Contact', {
			resource: 'contact',
			operation: 'addTag',
			contactId: byId(`={{ ${node('Find Contact')}.id }}`),
			tagId: byId(`={{ ${node('Create Tag')}.id }}`),
		}),
		intercomNode('Tag Company', {
			resource: 'company',
			operation: 'addTag',
			companyId: byId(`={{ ${node('Upsert Company')}.id }}`),
			tagName: { __rl: true, mode: 'name', value: 'E2E Key Account' },
		}),
		intercomNode('Company Contacts', {
			resource: 'company',
			operation: 'getContacts',
			companyId: byId(`={{ ${node('Upsert Company')}.id }}`),
			returnAll: true,
			simple: false,
		}),
	]),
	conversation: workflow('e2eConversation1', 'E2E conversation lifecycle', [
		intercomNode('Create Tag', { resource: 'tag', operation: 'create', name: 'E2E Billing' }),
		find('e2e-inbox'),
		intercomNode('Start Conversation', {
			resource: 'conversation',
			operation: 'create',
			contactId: byId('={{ $json.id }}'),
			contactRole: 'user',
			body: 'Where is my invoice?',
		}),
		intercomNode('Reply', {
			resource: 'conversation',
			operation: 'reply',
			conversationId: byId(`={{ ${node('Start Conversation')}.conversation_id }}`),
			replyAs: 'admin',
			adminId: ADMIN,
			messageType: 'comment',
			body: 'We are on it.',
		}),
		intercomNode('Tag', {
			resource: 'conversation',
			operation: 'addTag',
			conversationId: byId(`={{ ${node('Start Conversation')}.conversation_id }}`),
			tagId: byId(`={{ ${node('Create Tag')}.id }}`),
			adminId: ADMIN,
		}),
		intercomNode('Assign', {
			resource: 'conversation',
			operation: 'assign',
			conversationId: byId(`={{ ${node('Start Conversation')}.conversation_id }}`),
			adminId: ADMIN,
			assignTo: 'team',
			assigneeTeamId: TEAM,
		}),
		intercomNode('Close', {
			resource: 'conversation',
			operation: 'close',
			conversationId: byId(`={{ ${node('Start Conversation')}.conversation_id }}`),
			adminId: ADMIN,
			options: { body: 'Invoice sent.' },
		}),
		intercomNode('Search Closed', {
			resource: 'conversation',
			operation: 'search',
			queryType: 'filters',
			combinator: 'AND',
			filters: { conditions: [{ field: 'state', operator: 'equals', value: 'closed' }] },
			returnAll: true,
		}),
	]),
	ticket: workflow('e2eTicketFlow001', 'E2E ticket lifecycle', [
		find('e2e-inbox'),
		intercomNode('Create Ticket', {
			resource: 'ticket',
			operation: 'create',
			ticketTypeId: BUG_REPORT,
			contactBy: 'id',
			contactId: byId('={{ $json.id }}'),
			ticketAttributesUi: {
				attribute: [
					{ name: '_default_title_', value: 'The app crashes on start' },
					{ name: 'Severity', value: 'High' },
				],
			},
		}),
		intercomNode('Start Work', {
			resource: 'ticket',
			operation: 'update',
			ticketId: byId(`={{ ${node('Create Ticket')}.id }}`),
			updateFields: { ticketStateId: IN_PROGRESS, actingAdminId: ADMIN },
		}),
		intercomNode('Reply', {
			resource: 'ticket',
			operation: 'reply',
			ticketId: byId(`={{ ${node('Create Ticket')}.id }}`),
			replyAs: 'admin',
			adminId: ADMIN,
			messageType: 'comment',
			body: 'A fix is on its way.',
		}),
		intercomNode('Get Ticket', {
			resource: 'ticket',
			operation: 'get',
			ticketId: byId(`={{ ${node('Create Ticket')}.id }}`),
			simple: false,
		}),
	]),
	ticketMissingAttribute: workflow('e2eTicketNoAttr1', 'E2E ticket without a required attribute', [
		find('e2e-inbox'),
		intercomNode('Create Ticket', {
			resource: 'ticket',
			operation: 'create',
			ticketTypeId: BUG_REPORT,
			contactBy: 'id',
			contactId: byId('={{ $json.id }}'),
			ticketAttributesUi: { attribute: [{ name: '_default_title_', value: 'No severity given' }] },
		}),
	]),
};

describe(
	'companies, tags, conversations and tickets through a real n8n',
	{ concurrency: false },
	() => {
		const env = useE2E('resources', Object.values(workflows));
		let e2e;
		before(() => (e2e = env()));

		it('upserts a company, attaches a contact, tags both and lists the company’s contacts', async () => {
			const [contact] = e2e.sandbox.seed({
				contacts: [{ role: 'user', email: 'crm@example.com', external_id: 'e2e-crm' }],
			}).contacts;
			const run = await e2e.execute(workflows.company.id);
			assert.equal(run.code, 0, run.stdout.slice(-2000));
			const [company] = outputOf(run.result, 'Upsert Company');
			const [tag] = outputOf(run.result, 'Create Tag');
			assert.equal(company.company_id, 'e2e-acme');
			assert.deepEqual(
				outputOf(run.result, 'Company Contacts').map((c) => c.id),
				[contact.id],
			);
			const state = e2e.sandbox.snapshot();
			const storedContact = state.contacts.find((c) => c.id === contact.id);
			assert.deepEqual(
				storedContact.companies.data.map((c) => c.id),
				[company.id],
			);
			assert.deepEqual(
				storedContact.tags.data.map((t) => t.id),
				[tag.id],
			);
			const storedCompany = state.companies.find((c) => c.id === company.id);
			assert.deepEqual(
				storedCompany.tags.tags.map((t) => t.name),
				['E2E Key Account'],
			);
			assert.equal(storedCompany.plan.name, 'Pro');
		});

		it('a conversation: created by the contact, replied, tagged, assigned, closed, found closed', async () => {
			e2e.sandbox.seed({
				contacts: [{ role: 'user', email: 'inbox@example.com', external_id: 'e2e-inbox' }],
			});
			const run = await e2e.execute(workflows.conversation.id);
			assert.equal(run.code, 0, run.stdout.slice(-2000));
			const conversationId = outputOf(run.result, 'Start Conversation')[0].conversation_id;
			const found = outputOf(run.result, 'Search Closed');
			assert.deepEqual(
				found.map((c) => [c.id, c.state]),
				[[conversationId, 'closed']],
			);
			const stored = e2e.sandbox.snapshot().conversations.find((c) => c.id === conversationId);
			assert.equal(stored.team_assignee_id, TEAM);
			assert.deepEqual(
				stored.tags.tags.map((t) => t.name),
				['E2E Billing'],
			);
			assert.deepEqual(
				stored.conversation_parts.conversation_parts.map((p) => [p.part_type, p.body]),
				[
					['comment', 'We are on it.'],
					['assignment', null],
					['close', 'Invoice sent.'],
				],
			);
		});

		it('a ticket: created with its type’s attributes, moved to In progress, replied, read back', async () => {
			const run = await e2e.execute(workflows.ticket.id);
			assert.equal(run.code, 0, run.stdout.slice(-2000));
			const [ticket] = outputOf(run.result, 'Get Ticket');
			assert.equal(ticket.ticket_state.id, IN_PROGRESS);
			assert.deepEqual(ticket.ticket_attributes, {
				_default_title_: 'The app crashes on start',
				Severity: 'High',
			});
			assert.deepEqual(
				ticket.ticket_parts.ticket_parts.map((p) => [p.part_type, p.body, p.author.id]),
				[
					['ticket_state_updated_by_admin', null, ADMIN],
					['comment', 'A fix is on its way.', ADMIN],
				],
			);
			const typeReads = e2e.sandbox.requests.filter(
				(r) => r.method === 'GET' && r.path === `/ticket_types/${BUG_REPORT}`,
			);
			assert.ok(typeReads.length >= 1, 'the ticket type was read to check the attributes');
		});

		it('a ticket without its type’s required attribute fails before anything is created', async () => {
			const tickets = e2e.sandbox.snapshot().tickets.length;
			const run = await e2e.execute(workflows.ticketMissingAttribute.id);
			assert.equal(run.code, 1);
			assert.match(JSON.stringify(errorOf(run.result)), /Severity/);
			assert.equal(e2e.sandbox.snapshot().tickets.length, tickets);
			assert.equal(
				e2e.sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/tickets').length,
				1,
				'only the earlier ticket was posted',
			);
		});
	},
);
