/**
 * What the editor shows on Conversation → Reply and Ticket → Reply, decided by n8n's own display
 * rules on the built node description: each option appears only where Intercom takes it.
 */
import type { INode, INodeParameters, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Intercom } from '../../../../../nodes/Intercom/Intercom.node';

const { description } = new Intercom();
const node = { typeVersion: 1 };

/** The parameters n8n displays (with their defaults) for the values set. */
function shown(values: INodeParameters): INodeParameters {
	return (
		NodeHelpers.getNodeParameters(description.properties, values, true, false, node, description) ??
		{}
	);
}

/** The Additional Fields the editor offers for the values set. */
function additionalFieldsOffered(values: INodeParameters): string[] {
	const root = shown(values);
	const collection = description.properties.find(
		(p) =>
			p.name === 'additionalFields' && NodeHelpers.displayParameter(root, p, node, description),
	) as INodeProperties;
	return (collection.options as INodeProperties[])
		.filter((option) => NodeHelpers.displayParameter({}, option, node, description, root))
		.map((option) => option.name);
}

/** The required parameters n8n reports as missing when they are left empty. */
function missing(values: INodeParameters): string[] {
	const parameters = shown(values);
	const issues = NodeHelpers.getNodeParametersIssues(
		description.properties,
		{ parameters, typeVersion: 1, type: 'intercom' } as unknown as INode,
		description,
	);
	return Object.keys(issues?.parameters ?? {}).sort();
}

describe.each(['conversation', 'ticket'] as const)(
	'%s › reply › what the editor shows',
	(resource) => {
		const reply = (values: INodeParameters): INodeParameters => ({
			resource,
			operation: 'reply',
			[`${resource}Id`]: { __rl: true, mode: 'id', value: '12' },
			...values,
		});

		it('admin: Quick Reply is a message type, with Reply Options and an optional Body', () => {
			const messageType = description.properties.find(
				(p) => p.name === 'messageType' && p.displayOptions?.show?.resource?.includes(resource),
			);
			expect(messageType?.options?.map((o) => (o as { value: string }).value)).toEqual([
				'comment',
				'note',
				'quick_reply',
			]);
			const quick = shown(reply({ replyAs: 'admin', messageType: 'quick_reply' }));
			expect(Object.keys(quick)).toEqual(
				expect.arrayContaining(['adminId', 'messageType', 'body', 'replyOptions']),
			);
			expect(
				missing(reply({ replyAs: 'admin', adminId: '1', messageType: 'quick_reply' })),
			).toEqual([]);
		});

		it('comments, notes and contact replies need a Body; no Reply Options', () => {
			for (const values of [
				{ replyAs: 'admin', adminId: '1', messageType: 'comment' },
				{ replyAs: 'admin', adminId: '1', messageType: 'note' },
				{ replyAs: 'contact', contactId: { __rl: true, mode: 'id', value: 'c1' } },
				// Quick Reply chosen before switching to a contact: Message Type is hidden, Body required.
				{
					replyAs: 'contact',
					contactId: { __rl: true, mode: 'id', value: 'c1' },
					messageType: 'quick_reply',
				},
			]) {
				expect([values, missing(reply(values))]).toEqual([values, ['body']]);
				expect(Object.keys(shown(reply(values)))).not.toContain('replyOptions');
			}
		});

		it('Additional Fields: files, skip notifications and cross post only where Intercom takes them', () => {
			const admin = additionalFieldsOffered(reply({ replyAs: 'admin' }));
			const contact = additionalFieldsOffered(reply({ replyAs: 'contact' }));
			if (resource === 'conversation') {
				expect(admin).toEqual([
					'attachmentFiles',
					'attachmentUrls',
					'createdAt',
					'skipNotifications',
				]);
				expect(contact).toEqual(['attachmentUrls', 'createdAt']);
			} else {
				expect(admin).toEqual([
					'attachmentFiles',
					'attachmentUrls',
					'createdAt',
					'crossPost',
					'skipNotifications',
				]);
				expect(contact).toEqual(['attachmentUrls', 'createdAt', 'skipNotifications']);
			}
		});
	},
);
