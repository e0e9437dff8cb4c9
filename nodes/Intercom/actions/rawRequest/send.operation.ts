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
import { fileOutput, inputFileField, inputFileOf, outputFieldOf, outputFileField } from '../files';
import type { OperationResult } from '../operation';
import { asOption, asText } from '../../helpers/values';
import type { IntercomBytes } from '../../transport';
import {
	TIMEOUT,
	TRANSPORT_HEADERS,
	intercomApiRequest,
	intercomDownload,
	intercomCredentials,
	intercomSendBytes,
	listAllByQueryCursor,
	readText,
	unsafePathReason,
} from '../../transport';

import type { FormPart } from './multipart';
import { multipartBody } from './multipart';

const METHODS: IHttpRequestMethods[] = ['DELETE', 'GET', 'PATCH', 'POST', 'PUT'];
const BODY_METHODS: IHttpRequestMethods[] = ['POST', 'PUT', 'PATCH', 'DELETE'];
/** Body Content Type: n8n's HTTP Request values. */
const CONTENT_TYPES = ['json', 'binaryData', 'multipart-form-data'] as const;
const RESPONSE_FORMATS = ['json', 'file', 'text'] as const;

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
		displayName: 'Body Content Type',
		name: 'contentType',
		type: 'options',
		displayOptions: { show: { method: BODY_METHODS } },
		options: [
			{
				name: 'Binary File',
				value: 'binaryData',
				description: 'An n8n binary file of the input item, sent as it is with its MIME type',
			},
			{
				name: 'Form-Data',
				value: 'multipart-form-data',
				description: 'A multipart/form-data form of text fields and files of the input item',
			},
			{ name: 'JSON', value: 'json', description: 'The JSON of Body (JSON)' },
		],
		default: 'json',
		description: 'Content-Type to use to send body parameters',
	},
	{
		displayName: 'Body (JSON)',
		name: 'jsonBody',
		type: 'json',
		displayOptions: { show: { method: BODY_METHODS, contentType: ['json'] } },
		default: '{}',
		description: 'The JSON body; an empty object sends no body',
	},
	{
		...inputFileField,
		displayOptions: { show: { method: BODY_METHODS, contentType: ['binaryData'] } },
		hint: 'The body is this file’s bytes; its MIME type is the Content-Type unless Options → Headers sets one',
	},
	{
		displayName: 'Body Parameters',
		name: 'bodyParameters',
		type: 'fixedCollection',
		placeholder: 'Add Parameter',
		typeOptions: { multipleValues: true },
		displayOptions: { show: { method: BODY_METHODS, contentType: ['multipart-form-data'] } },
		default: {},
		description: 'The form’s fields, in this order',
		options: [
			{
				displayName: 'Parameter',
				name: 'parameters',
				values: [
					{
						displayName: 'Parameter Type',
						name: 'parameterType',
						type: 'options',
						options: [
							{
								name: 'Binary File',
								value: 'formBinaryData',
								description:
									'An n8n binary file of the input item, with its file name and MIME type',
							},
							{ name: 'Form Data', value: 'formData', description: 'A text field' },
						],
						default: 'formData',
					},
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						displayOptions: { show: { parameterType: ['formData'] } },
						default: '',
					},
					{
						...inputFileField,
						required: false,
						displayOptions: { show: { parameterType: ['formBinaryData'] } },
					},
				],
			},
		],
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
			{
				name: 'Text',
				value: 'text',
				description: 'The answer as text (UTF-8) in a field of the item (transcripts, CSV)',
			},
		],
		default: 'json',
	},
	{
		...outputFileField,
		default: 'data',
		displayOptions: { show: { method: ['GET'], returnAll: [false], responseFormat: ['file'] } },
	},
	{
		displayName: 'Put Output in Field',
		name: 'outputPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		displayOptions: { show: { method: ['GET'], returnAll: [false], responseFormat: ['text'] } },
		hint: 'The name of the output field to put the text in',
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
				'More request headers. Authorization, Intercom-Version, Host and Cookie are the node’s own and cannot be set here; Accept only with Response Format File or Text (default */*); Content-Type not with Form-Data (its boundary is the node’s).',
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
	/** With Response Format File or Text the answer is not parsed: Accept may then be chosen. */
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

	const contentType = optionParameter(
		this,
		i,
		'contentType',
		'Body Content Type',
		CONTENT_TYPES,
		'json',
	);
	const sendsBody = BODY_METHODS.includes(method);
	if (!sendsBody && contentType !== 'json') {
		throw new InputError(
			'Body Content Type',
			`a ${method} request has no body: choose POST, PUT, PATCH or DELETE to send a file or a form`,
		);
	}
	let body: IDataObject | undefined;
	if (sendsBody && contentType === 'json') {
		const parsed = parseJsonObject('Body (JSON)', this.getNodeParameter('jsonBody', i, '{}'));
		if (Object.keys(parsed).length) body = parsed;
	}

	const timeout = numberParameter(this, i, 'options.timeout', 'Timeout', TIMEOUT.requestMs, {
		integer: true,
		min: 1,
	});
	// Return All follows a JSON list's cursor: it answers JSON, whatever Response Format says.
	const returnAll = method === 'GET' && booleanParameter(this, i, 'returnAll', 'Return All', false);
	const format =
		method === 'GET' && !returnAll
			? optionParameter(this, i, 'responseFormat', 'Response Format', RESPONSE_FORMATS, 'json')
			: 'json';
	const headers = headersOf(this, i, format !== 'json');
	const options = { timeoutMs: timeout, headers };
	if (sendsBody && contentType !== 'json') {
		const bytes =
			contentType === 'binaryData'
				? await binaryBody(this, i, headers)
				: await formBody(this, i, headers);
		return jsonItem(await intercomSendBytes.call(this, method, path, bytes, qs, options));
	}
	if (returnAll) {
		return await listAllByQueryCursor.call(this, {
			path,
			query: qs,
			requestOptions: options,
		});
	}
	if (format === 'text') {
		const field = textFieldOf(this, i);
		const file = await intercomDownload.call(this, path, qs, {
			...options,
			accept: acceptOf(headers),
			anyType: true,
		});
		return { [field]: await readText(file.stream) };
	}
	if (format === 'file') {
		const field = outputFieldOf(this, i);
		const file = await intercomDownload.call(this, path, qs, {
			...options,
			accept: acceptOf(headers),
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
		...options,
	});
	return jsonItem(response);
}

/** A JSON answer as the item: an object as it is, an array under `data`, nothing as success. */
function jsonItem(response: unknown): IDataObject {
	if (response && typeof response === 'object' && !Array.isArray(response))
		return response as IDataObject;
	if (response === undefined || response === null || response === '') return { success: true };
	return { data: response as IDataObject['data'] };
}

/** The value of the header `name` (any case) among the user's, and its key. */
function headerOf(
	headers: Record<string, string>,
	name: string,
): { key: string; value: string } | undefined {
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	return key === undefined ? undefined : { key, value: headers[key] };
}

/** What File and Text accept: the user's Accept header, else anything. */
function acceptOf(headers: Record<string, string>): string {
	return headerOf(headers, 'accept')?.value ?? '*/*';
}

/** Response Format Text: the field the answer goes in. */
function textFieldOf(ctx: IExecuteFunctions, i: number): string {
	return requiredString(ctx, i, 'outputPropertyName', 'Put Output in Field');
}

/** Binary File: the input item's file, with its MIME type unless a header sets one. */
async function binaryBody(
	ctx: IExecuteFunctions,
	i: number,
	headers: Record<string, string>,
): Promise<IntercomBytes> {
	const name = requiredString(ctx, i, 'inputDataFieldName', 'Input Data Field Name');
	const file = await inputFileOf(ctx, i, name, 'Input Data Field Name');
	const contentType =
		headerOf(headers, 'content-type')?.value || file.mimeType || 'application/octet-stream';
	return { bytes: file.bytes, contentType };
}

/** Form-Data: the Body Parameters as a multipart/form-data body, files read from the input item. */
async function formBody(
	ctx: IExecuteFunctions,
	i: number,
	headers: Record<string, string>,
): Promise<IntercomBytes> {
	const given = headerOf(headers, 'content-type');
	if (given) {
		throw new InputError(
			`Headers › ${given.key}`,
			'cannot be set with Body Content Type Form-Data: the node sends multipart/form-data with its own boundary',
		);
	}
	const pairs =
		(ctx.getNodeParameter('bodyParameters.parameters', i, []) as Array<{
			parameterType?: unknown;
			name?: unknown;
			value?: unknown;
			inputDataFieldName?: unknown;
		}>) ?? [];
	if (!pairs.length) {
		throw new InputError(
			'Body Parameters',
			'Form-Data needs at least one field: add a parameter (a text field or a file)',
		);
	}
	const parts: FormPart[] = [];
	for (const pair of pairs) {
		const name = optionalText('Body Parameters › Name', pair.name);
		if (!name) throw new InputError('Body Parameters', 'a parameter has no name');
		const field = `Body Parameters › ${name}`;
		const type =
			pair.parameterType === undefined
				? 'formData'
				: readValue(`${field} › Parameter Type`, pair.parameterType, (v) =>
						asOption(v, ['formData', 'formBinaryData'] as const),
					);
		if (type === 'formData') {
			// Text: numbers and true/false become their text, anything else is refused.
			const value = typeof pair.value === 'boolean' ? String(pair.value) : pair.value;
			parts.push({ name, value: value === undefined ? '' : readValue(field, value, asText) });
			continue;
		}
		const label = `${field} › Input Data Field Name`;
		const source = optionalText(label, pair.inputDataFieldName ?? 'data');
		if (!source) throw new InputError(label, 'is empty');
		const file = await inputFileOf(ctx, i, source, label);
		parts.push({
			name,
			file: {
				bytes: file.bytes,
				fileName: file.fileName ?? source,
				mimeType: file.mimeType ?? 'application/octet-stream',
			},
		});
	}
	return multipartBody(parts);
}
