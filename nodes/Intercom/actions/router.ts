import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationResult } from './operation';
import { findOperation } from './resources';

/** Runs the operation chosen for item `i` and returns its raw Intercom data. */
export async function router(this: IExecuteFunctions, i: number): Promise<OperationResult> {
	const resource = this.getNodeParameter('resource', i) as string;
	const operation = this.getNodeParameter('operation', i) as string;
	const handler = findOperation(resource, operation);
	if (!handler) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" of resource "${resource}" is not supported`,
			{
				itemIndex: i,
			},
		);
	}
	return await handler.execute.call(this, i);
}
