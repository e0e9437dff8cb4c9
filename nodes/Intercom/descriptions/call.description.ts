import type { INodeProperties } from 'n8n-workflow';

import { locator } from './rlc.description';

export const callRlc = locator({
	name: 'callId',
	displayName: 'Call',
	description: 'The call (phone or Messenger), most recent first in the list',
	searchListMethod: 'searchCalls',
	listPlaceholder: 'Select a call…',
	idPlaceholder: 'e.g. 123',
	idError: 'Not a valid call ID',
});

/** Largest `per_page` of GET /calls (2.16: "Defaults to 25. Max 25."). */
export const CALL_PAGE_MAX = 25;

export const callSearchLimit = 20;

export const conversationIdsField: INodeProperties = {
	displayName: 'Conversation IDs',
	name: 'conversationIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 123456, 123457',
	description:
		'The conversations whose calls to get, separated by commas: 1 to 20 conversation IDs (digits)',
};
