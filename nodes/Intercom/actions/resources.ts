import type { INodeProperties } from 'n8n-workflow';

import * as admin from './admin';
import * as article from './article';
import * as brand from './brand';
import * as call from './call';
import * as collection from './collection';
import * as company from './company';
import * as contact from './contact';
import * as content from './content';
import * as contentSnippet from './contentSnippet';
import * as conversation from './conversation';
import * as customObjectInstance from './customObjectInstance';
import * as dataAttribute from './dataAttribute';
import * as dataEvent from './dataEvent';
import * as dataExport from './dataExport';
import * as helpCenter from './helpCenter';
import * as internalArticle from './internalArticle';
import * as macro from './macro';
import * as message from './message';
import * as newsItem from './newsItem';
import * as newsfeed from './newsfeed';
import * as note from './note';
import * as rawRequest from './rawRequest';
import * as redirect from './redirect';
import * as reportingDataExport from './reportingDataExport';
import * as segment from './segment';
import * as subscriptionType from './subscriptionType';
import * as tag from './tag';
import * as team from './team';
import * as ticket from './ticket';
import * as ticketState from './ticketState';
import * as ticketType from './ticketType';
import * as ticketTypeAttribute from './ticketTypeAttribute';
import * as visitor from './visitor';
import type { OperationModule, Operations } from './operation';

interface ResourceEntry {
	/** The name in the Resource selector. */
	name: string;
	operations: Operations;
	/** The Operation selector and the fields of every operation. */
	description: INodeProperties[];
}

/**
 * The node's resources, in the order of the Resource selector (alphabetical by name): the one list
 * the selector, the node's fields, its subtitle, the dispatch and the types come from.
 */
export const resources = {
	admin: { name: 'Admin', ...admin },
	article: { name: 'Article', ...article },
	brand: { name: 'Brand', ...brand },
	call: { name: 'Call', ...call },
	collection: { name: 'Collection', ...collection },
	company: { name: 'Company', ...company },
	contact: { name: 'Contact', ...contact },
	content: { name: 'Content', ...content },
	contentSnippet: { name: 'Content Snippet', ...contentSnippet },
	conversation: { name: 'Conversation', ...conversation },
	customObjectInstance: { name: 'Custom Object Instance', ...customObjectInstance },
	dataAttribute: { name: 'Data Attribute', ...dataAttribute },
	dataEvent: { name: 'Data Event', ...dataEvent },
	dataExport: { name: 'Data Export', ...dataExport },
	helpCenter: { name: 'Help Center', ...helpCenter },
	internalArticle: { name: 'Internal Article', ...internalArticle },
	macro: { name: 'Macro', ...macro },
	message: { name: 'Message', ...message },
	newsItem: { name: 'News Item', ...newsItem },
	newsfeed: { name: 'Newsfeed', ...newsfeed },
	note: { name: 'Note', ...note },
	rawRequest: { name: 'Raw Request', ...rawRequest },
	redirect: { name: 'Redirect', ...redirect },
	reportingDataExport: { name: 'Reporting Data Export', ...reportingDataExport },
	segment: { name: 'Segment', ...segment },
	subscriptionType: { name: 'Subscription Type', ...subscriptionType },
	tag: { name: 'Tag', ...tag },
	team: { name: 'Team', ...team },
	ticket: { name: 'Ticket', ...ticket },
	ticketState: { name: 'Ticket State', ...ticketState },
	ticketType: { name: 'Ticket Type', ...ticketType },
	ticketTypeAttribute: { name: 'Ticket Type Attribute', ...ticketTypeAttribute },
	visitor: { name: 'Visitor', ...visitor },
} satisfies Record<string, ResourceEntry>;

export type Resource = keyof typeof resources;

/**
 * The operation module for a resource and operation value, or undefined when the pair is not one
 * of the node's (parameter values come from workflows, which may be edited or imported by hand).
 */
export function findOperation(resource: string, operation: string): OperationModule | undefined {
	if (!Object.hasOwn(resources, resource)) return undefined;
	const operations: Operations = resources[resource as Resource].operations;
	return Object.hasOwn(operations, operation) ? operations[operation] : undefined;
}
