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
};

export type IntercomType = AllEntities<NodeMap>;
