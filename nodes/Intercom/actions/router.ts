import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as admin from './admin';
import * as company from './company';
import * as contact from './contact';
import * as conversation from './conversation';
import * as dataAttribute from './dataAttribute';
import * as dataEvent from './dataEvent';
import * as message from './message';
import * as note from './note';
import * as rawRequest from './rawRequest';
import * as segment from './segment';
import * as subscriptionType from './subscriptionType';
import * as tag from './tag';
import * as team from './team';
import * as ticket from './ticket';
import * as ticketType from './ticketType';
import type { IntercomType } from './node.type';

type Operation = { execute: (this: IExecuteFunctions, i: number) => Promise<IDataObject | IDataObject[]> };

const resources: Record<IntercomType['resource'], Record<string, Operation | unknown>> = {
	admin,
	company,
	contact,
	conversation,
	dataAttribute,
	dataEvent,
	message,
	note,
	rawRequest,
	segment,
	subscriptionType,
	tag,
	team,
	ticket,
	ticketType,
};

/** Runs the operation chosen for item `i` and returns its raw Intercom data. */
export async function router(this: IExecuteFunctions, i: number): Promise<IDataObject | IDataObject[]> {
	const resource = this.getNodeParameter('resource', i) as IntercomType['resource'];
	const operation = this.getNodeParameter('operation', i) as IntercomType['operation'];
	const handler = resources[resource]?.[operation] as Operation | undefined;
	if (!handler || typeof handler.execute !== 'function') {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" of resource "${resource}" is not supported`,
			{ itemIndex: i },
		);
	}
	return await handler.execute.call(this, i);
}
