import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import {
	booleanParameter,
	numberParameter,
	optionParameter,
	optionalText,
	parseJsonObject,
	readValue,
	requiredString,
} from '../../helpers/input';
import { InputError } from '../../helpers/inputError';
import { fileOutput, outputFieldOf, outputFileField } from '../files';
import type { OperationResult } from '../operation';
import { asText } from '../../helpers/values';
import {
	TIMEOUT,
	TRANSPORT_HEADERS,
	intercomApiRequest,
	intercomDownload,
	intercomCredentials,
	listAllByQueryCursor,
	unsafePathReason,
} from '../../transport';

const METHODS: IHttpRequestMethods[] = ['DELETE', 'GET', 'PATCH', 'POST', 'PUT'];
const BODY_METHODS: IHttpRequestMethods[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

const properties: INodeProperties[] = [
	{
		displayName:
			'Sends any request to the Intercom API with this node’s credential. Unlike n8n’s generic HTTP call it follows cursor pages, sends the credential’s pinned Intercom-Version, retries rate limits and reports Intercom’s errors like every other operation. Return All follows a list’s cursor (pages.next.starting_after) and returns one item per element. The token only goes to the credential’s own Intercom host.',
		name: 'rawRequestNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		options: [
			{ name: 'DELETE', value: 'DELETE' },
			{ name: 'GET', value: 'GET' },
			{ name: 'PATCH', value: 'PATCH' },
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
		default: 'GET',
	},
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		required: true,
		default: '',
		placeholder: '/conversations/123/parts',
		description:
			'Path relative to the credential’s Intercom API URL. A full URL is accepted only on that same host.',
	},
	{
		displayName: 'Query Parameters',
		name: 'queryParameters',
		type: 'fixedCollection',
		placeholder: 'Add Parameter',
		typeOptions: { multipleValues: true },
		default: {},
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Body (JSON)',
		name: 'jsonBody',
		type: 'json',
		displayOptions: { show: { method: BODY_METHODS } },
		default: '{}',
		description: 'The JSON body; an empty object sends no body',
	},
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		displayOptions: { show: { method: ['GET'] } },
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Response Format',
		name: 'responseFormat',
		type: 'options',
		displayOptions: { show: { method: ['GET'], returnAll: [false] } },
		options: [
			{ name: 'JSON', value: 'json', description: 'Intercom’s JSON answer as the item' },
			{
				name: 'File',
				value: 'file',
				description: 'The answer’s bytes as n8n binary data (reports, exports, files)',
			},
		],
		default: 'json',
	},
	{
		...outputFileField,
		default: 'data',
		displayOptions: { show: { method: ['GET'], returnAll: [false], responseFormat: ['file'] } },
	},
	optionsCollection([
		{
			displayName: 'Headers',
			name: 'headers',
			type: 'fixedCollection',
			placeholder: 'Add Header',
			typeOptions: { multipleValues: true },
			default: {},
			description:
				'More request headers. Authorization, Intercom-Version, Host and Cookie are the node’s own and cannot be set here; Accept only with Response Format File (default */*).',
			options: [
				{
					displayName: 'Header',
					name: 'header',
					values: [
						{ displayName: 'Name', name: 'name', type: 'string', default: '' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		},
		{
			displayName: 'Timeout',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1000 },
			default: 30000,
			description:
				'How long to wait for Intercom’s answer to each attempt, in milliseconds. Reads and idempotent writes are retried after a timeout.',
		},
	]),
];

const displayOptions = { show: { resource: ['rawRequest'], operation: ['send'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * The request path relative to the credential's base URL. A full URL is reduced to its path
 * when it is on the same origin (and under the base URL's path); any other host is refused, so
 * the token never leaves for it. A path starting with // or holding a backslash is refused too:
 * URL parsers may read either as another host.
 */
function relativePath(input: string, baseUrl: string): string {
	const path = pathOnHost(input, baseUrl);
	if (path.startsWith('//') || path.includes('\\') || path.includes('#')) {
		throw new InputError(
			'Path',
			'must be a path on the credential’s Intercom host such as /conversations, without backslashes, # or a leading //',
		);
	}
	// `..` would be resolved against the Base URL and could leave its path (a proxy's prefix).
	const unsafe = unsafePathReason(path);
	if (unsafe) throw new InputError('Path', `"${path}" ${unsafe}`);
	return path;
}

function pathOnHost(input: string, baseUrl: string): string {
	const base = new URL(baseUrl);
	const basePath = base.pathname.replace(/\/+$/, '');
	if (/^[a-z][a-z0-9+.-]*:/i.test(input) || input.startsWith('//') || input.startsWith('\\')) {
		const url = parsedUrl(input.startsWith('//') ? `${base.protocol}${input}` : input);
		if (!url) throw new InputError('Path', `"${input}" is not a valid URL or path`);
		if (
			url.origin !== base.origin ||
			(basePath && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`))
		) {
			throw new InputError(
				'Path',
				`"${url.origin}" is not the credential’s Intercom host (${base.origin}${basePath}). The token is only sent there; give a path such as /conversations`,
			);
		}
		const path = url.pathname.slice(basePath.length) || '/';
		for (const [name] of url.searchParams) {
			throw new InputError(
				'Path',
				`put query parameters such as "${name}" in Query Parameters, not in the URL`,
			);
		}
		return path;
	}
	if (input.includes('?'))
		throw new InputError('Path', 'put query parameters in Query Parameters, not in the path');
	return input.startsWith('/') ? input : `/${input}`;
}

/** The URL `input` names, or undefined when it is not one. */
function parsedUrl(input: string): URL | undefined {
	try {
		return new URL(input);
	} catch {
		return undefined;
	}
}

/** Options → Headers: names that are HTTP tokens, values on one line, none of the node's own. */
function headersOf(
	ctx: IExecuteFunctions,
	i: number,
	/** With Response Format File the answer is not parsed: Accept may then be chosen. */
	acceptAllowed: boolean,
): Record<string, string> {
	const pairs =
		(ctx.getNodeParameter('options.headers.header', i, []) as Array<{
			name?: unknown;
			value?: unknown;
		}>) ?? [];
	const headers: Record<string, string> = {};
	for (const pair of pairs) {
		const name = optionalText('Headers › Name', pair.name);
		if (!name) throw new InputError('Headers', 'a header has no name');
		if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
			throw new InputError('Headers › Name', `"${name}" is not a valid header name`);
		if (
			TRANSPORT_HEADERS.includes(name.toLowerCase()) &&
			!(acceptAllowed && /^accept$/i.test(name))
		)
			throw new InputError(
				'Headers › Name',
				`"${name}" is set by the node (credential, pinned API version, answer format) and cannot be changed`,
			);
		const value =
			pair.value === undefined ? '' : readValue(`Headers › ${name}`, pair.value, asText);
		if (/[\r\n\0]/.test(value))
			throw new InputError(`Headers › ${name}`, 'must be on one line (no line breaks)');
		headers[name] = value;
	}
	return headers;
}

export async function execute(this: IExecuteFunctions, i: number): Promise<OperationResult> {
	const method = optionParameter(this, i, 'method', 'Method', METHODS, 'GET');
	const input = requiredString(this, i, 'path', 'Path');
	const { baseUrl } = await intercomCredentials(this);
	const path = relativePath(input, baseUrl);

	const qs: IDataObject = {};
	const pairs =
		(this.getNodeParameter('queryParameters.parameter', i, []) as Array<{
			name?: unknown;
			value?: unknown;
		}>) ?? [];
	for (const pair of pairs) {
		const name = optionalText('Query Parameters › Name', pair.name);
		if (!name) throw new InputError('Query Parameters', 'a parameter has no name');
		// A query string holds text: numbers and true/false become their text, anything else is refused.
		const value = typeof pair.value === 'boolean' ? String(pair.value) : pair.value;
		qs[name] = value === undefined ? '' : readValue(`Query Parameters › ${name}`, value, asText);
	}

	let body: IDataObject | undefined;
	if (BODY_METHODS.includes(method)) {
		const parsed = parseJsonObject('Body (JSON)', this.getNodeParameter('jsonBody', i, '{}'));
		if (Object.keys(parsed).length) body = parsed;
	}

	const timeout = numberParameter(this, i, 'options.timeout', 'Timeout', TIMEOUT.requestMs, {
		integer: true,
		min: 1,
	});
	const returnAll = method === 'GET' && booleanParameter(this, i, 'returnAll', 'Return All', false);
	const asFile =
		method === 'GET' &&
		!returnAll &&
		optionParameter(this, i, 'responseFormat', 'Response Format', ['json', 'file'], 'json') ===
			'file';
	const headers = headersOf(this, i, asFile);
	if (returnAll) {
		return await listAllByQueryCursor.call(this, {
			path,
			query: qs,
			requestOptions: { timeoutMs: timeout, headers },
		});
	}
	if (asFile) {
		const field = outputFieldOf(this, i);
		const acceptName = Object.keys(headers).find((name) => /^accept$/i.test(name));
		const accept = acceptName ? headers[acceptName] : '*/*';
		const file = await intercomDownload.call(this, path, qs, {
			timeoutMs: timeout,
			headers,
			accept,
			anyType: true,
		});
		const name = path.split('/').filter(Boolean).pop() || 'intercom-response';
		return await fileOutput(
			this,
			field,
			file,
			{ path },
			{
				fileName: name,
				mimeType: 'application/octet-stream',
			},
		);
	}
	const response: unknown = await intercomApiRequest.call(this, method, path, body, qs, {
		expect: 'json',
		timeoutMs: timeout,
		headers,
	});
	if (response && typeof response === 'object' && !Array.isArray(response))
		return response as IDataObject;
	if (response === undefined || response === null || response === '') return { success: true };
	return { data: response as IDataObject['data'] };
}
