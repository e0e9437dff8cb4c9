import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

/** An output item with a file (n8n binary data): what operations that download return. */
export class FileOutput {
	constructor(
		readonly json: IDataObject,
		readonly binary: IBinaryKeyData,
	) {}
}

/** What an operation gives for one input item: Intercom's data, or an item with a file. */
export type OperationResult = IDataObject | IDataObject[] | FileOutput;

/** An operation module (`actions/<resource>/<operation>.operation.ts`): its fields and what it runs for item `i`. */
export interface OperationModule {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, i: number): Promise<OperationResult>;
}

/** A resource's operations by the value its Operation selector gives them. */
export type Operations = Record<string, OperationModule>;

/**
 * One entry of a resource's Operation selector: `value` must name one of the resource's
 * operations, so a selector entry without its module (or a misspelt one) does not compile.
 */
export type OperationOption<O extends Operations> = INodePropertyOptions & {
	value: keyof O & string;
	action: string;
};

/** The fields of every operation of a resource, in the order of `operations`. */
export function operationProperties(operations: Operations): INodeProperties[] {
	return Object.values(operations).flatMap((operation) => operation.description);
}
