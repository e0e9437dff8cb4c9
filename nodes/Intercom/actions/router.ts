import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import * as contact from './contact';
import type { IntercomType } from './node.type';

type Operation = { execute: (this: IExecuteFunctions, i: number) => Promise<IDataObject | IDataObject[]> };

const resources: Record<IntercomType['resource'], Record<string, Operation | unknown>> = {
	contact,
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
