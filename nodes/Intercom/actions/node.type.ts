import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	contact:
		| 'addSubscription'
		| 'addTag'
		| 'archive'
		| 'attachCompany'
		| 'block'
		| 'create'
		| 'delete'
		| 'detachCompany'
		| 'get'
		| 'getAll'
		| 'getByExternalId'
		| 'getCompanies'
		| 'getSegments'
		| 'getSubscriptions'
		| 'getTags'
		| 'merge'
		| 'removeSubscription'
		| 'removeTag'
		| 'search'
		| 'unarchive'
		| 'update';
	admin: 'get' | 'getActivityLogs' | 'getAll' | 'getCurrent' | 'setAway';
	company: 'addTag' | 'delete' | 'find' | 'get' | 'getAll' | 'getContacts' | 'getSegments' | 'removeTag' | 'update' | 'upsert';
	conversation: 'addTag' | 'assign' | 'attachContact' | 'close' | 'convertToTicket' | 'create' | 'delete' | 'detachContact' | 'get' | 'getAll' | 'open' | 'redact' | 'removeTag' | 'reply' | 'search' | 'snooze' | 'update';
	dataAttribute: 'create' | 'getAll' | 'update';
	dataEvent: 'create' | 'createSummaries' | 'getAll';
	message: 'create';
	note: 'create' | 'get' | 'getAll';
	rawRequest: 'send';
	segment: 'get' | 'getAll';
	subscriptionType: 'getAll';
	tag: 'create' | 'delete' | 'get' | 'getAll';
	team: 'get' | 'getAll';
	ticket: 'addTag' | 'create' | 'delete' | 'get' | 'removeTag' | 'reply' | 'search' | 'update';
	ticketType: 'get' | 'getAll';
};

export type IntercomType = AllEntities<NodeMap>;
