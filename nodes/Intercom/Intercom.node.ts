import type {
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { nodeCredentials } from '../../credentials/intercom.common';

import { properties, SUBTITLE } from './actions/node.description';
import { FileOutput } from './actions/operation';
import { router } from './actions/router';
import { REQUESTS_IN_PARALLEL } from './descriptions/common.description';
import { numberParameter } from './helpers/input';
import { InputError } from './helpers/inputError';
import { runPool } from './helpers/pool';
import { listSearch, loadOptions } from './methods';

export class Intercom implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Intercom',
		name: 'intercom',
		icon: { light: 'file:../../icons/intercom.svg', dark: 'file:../../icons/intercom.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: SUBTITLE,
		description:
			"Community package for Intercom's current API 2.x: contacts, companies, conversations, tickets, help center articles and collections, internal articles, snippets, news, macros, calls, data exports, custom objects, visitors and more, in every region, with an access token or OAuth2",
		defaults: { name: 'Intercom' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: nodeCredentials,
		properties,
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const returnData: INodeExecutionData[] = [];
		if (!items.length) return [returnData];
		const continueOnFail = this.continueOnFail();
		let concurrency: number;
		try {
			concurrency = requestsInParallel(this);
		} catch (caught) {
			// The setting is read from the first item and holds for the whole run: with Continue On
			// Fail, every item fails with it.
			const error = itemError(this.getNode(), caught, 0);
			if (!continueOnFail)
				throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: 0 });
			return [
				items.map((_, i) => ({
					json: { error: (error as Error).message, ...errorDetails(error) },
					pairedItem: { item: i },
				})),
			];
		}
		// Items run `concurrency` at a time; each one's results are kept at its index, so the output
		// keeps the input order whatever order the answers come in.
		const outcomes = await runPool(
			items.length,
			async (i) => {
				const data = await router.call(this, i);
				if (data instanceof FileOutput) {
					return [{ json: data.json, binary: data.binary, pairedItem: { item: i } }];
				}
				return this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(data), {
					itemData: { item: i },
				});
			},
			// Without Continue On Fail, a failure starts no further item: those running finish.
			{ concurrency, stopOnError: !continueOnFail },
		);
		for (let i = 0; i < items.length; i++) {
			const outcome = outcomes[i];
			// Items are started in order, so every item before a failure has an outcome.
			if (outcome === undefined) continue;
			if (outcome.ok) {
				returnData.push(...outcome.value);
				continue;
			}
			const error = itemError(this.getNode(), outcome.error, i);
			if (continueOnFail) {
				returnData.push({
					json: { error: (error as Error).message, ...errorDetails(error) },
					pairedItem: { item: i },
				});
				continue;
			}
			// The first failing item in input order is the one reported.
			withLinesForTheEditor(error);
			if (error instanceof NodeApiError) {
				// The constructor hands an existing NodeApiError back as is: set the item on it.
				error.context.itemIndex = i;
				throw new NodeApiError(this.getNode(), error as unknown as JsonObject, { itemIndex: i });
			}
			throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: i });
		}
		return [returnData];
	}
}

/**
 * Options → Requests in Parallel, read once per run from the first item: a number (or plain
 * decimal text by expression), kept within its bounds.
 */
function requestsInParallel(ctx: IExecuteFunctions): number {
	const { min, max } = REQUESTS_IN_PARALLEL;
	const value = numberParameter(
		ctx,
		0,
		'options.requestsInParallel',
		'Requests in Parallel',
		REQUESTS_IN_PARALLEL.default,
	);
	return Math.min(max, Math.max(min, Math.floor(value)));
}

/**
 * The error item `i` fails with. Helpers and operations throw InputError without knowing the
 * item; it becomes the NodeOperationError users see, "<field>: <problem> (item <i>)" with the item
 * index and the description. Other errors are kept as they are.
 */
function itemError(node: INode, error: unknown, i: number): unknown {
	if (!(error instanceof InputError)) return error;
	return new NodeOperationError(node, `${error.field}: ${error.problem} (item ${i})`, {
		itemIndex: i,
		description: error.options.description,
	});
}

/**
 * n8n's editor shows a failed node's error description as HTML, where line breaks collapse: the
 * description's lines (Intercom's errors, the request, the request ID) are kept apart with <br>.
 * Error items (Continue On Fail) keep plain lines.
 */
function withLinesForTheEditor(error: unknown): void {
	if (!(error instanceof NodeApiError || error instanceof NodeOperationError)) return;
	if (typeof error.description === 'string')
		error.description = error.description.replace(/\r?\n/g, '<br>');
}

/** What an error item carries besides the message: Intercom's status, codes and request id. */
function errorDetails(error: unknown): Record<string, string | string[]> {
	const details: Record<string, string | string[]> = {};
	if (error instanceof NodeApiError) {
		if (error.httpCode) details.httpCode = error.httpCode;
		if (error.description) details.description = error.description;
		const codes = error.context?.intercomErrorCodes;
		if (Array.isArray(codes) && codes.length) details.codes = codes as string[];
		const requestId = error.context?.intercomRequestId;
		if (typeof requestId === 'string') details.requestId = requestId;
	} else if (error instanceof NodeOperationError && error.description) {
		details.description = error.description;
	}
	return details;
}
