/**
 * Raw Request › Body Content Type: a body from the input item's binary data (Binary File) or a
 * multipart/form-data form (Form-Data), through the node's real execute().
 *
 * Intercom's 2.16 API has no endpoint that takes a file, so these requests cannot satisfy its
 * OpenAPI description: the paths stand for endpoints the Raw Request reaches outside it, and this
 * file has no contract suite (the JSON ones in send.test.ts and headersAndFiles.test.ts do).
 */
import { NodeOperationError } from 'n8n-workflow';
import type { INodeParameters } from 'n8n-workflow';
import type nock from 'nock';

import { TOKEN, fastRetries, intercom, isolateNetwork, jsonOf, runIntercom } from '../../fixtures';

import {
	binaryBytes,
	bodyBytes,
	boundaryOf,
	fileItem,
	parseMultipart,
	sha256,
	standardFormData,
} from './uploads';

isolateNetwork();
fastRetries();

const base = { resource: 'rawRequest', operation: 'send' };

interface Seen {
	headers: Record<string, string>;
	bytes: Buffer;
}

/** Answers with the SHA-256 of the body it got, and keeps the body's bytes and headers. */
function echo(interceptor: nock.Interceptor, seen: Seen[], times = 1): nock.Scope {
	return interceptor.times(times).reply(function (_uri, body) {
		const bytes = bodyBytes(body);
		const headers: Record<string, string> = {};
		for (const [name, value] of Object.entries(this.req.headers))
			headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
		seen.push({ headers, bytes });
		return [200, { type: 'upload', bytes: bytes.length, sha256: sha256(bytes) }];
	});
}

const png = { bytes: binaryBytes(5000), mimeType: 'image/png', fileName: 'logo.png' };

describe('rawRequest › Body Content Type: Binary File', () => {
	it('sends the input item’s file as the body, byte for byte, with its MIME type', async () => {
		const { scope, requests } = intercom();
		const seen: Seen[] = [];
		echo(scope.post('/files').query({ kind: 'logo' }), seen);
		const result = await runIntercom(
			{
				...base,
				method: 'POST',
				path: '/files',
				queryParameters: { parameter: [{ name: 'kind', value: 'logo' }] },
				contentType: 'binaryData',
				inputDataFieldName: 'logo',
			},
			{ inputItems: [fileItem({ logo: png })] },
		);
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(seen[0].bytes.equals(png.bytes)).toBe(true);
		expect(seen[0].headers).toMatchObject({
			'content-type': 'image/png',
			'content-length': '5000',
			authorization: `Bearer ${TOKEN}`,
			'intercom-version': '2.16',
			accept: 'application/json',
		});
		// The answer is JSON, as for a JSON body.
		expect(jsonOf(result)).toEqual([{ type: 'upload', bytes: 5000, sha256: sha256(png.bytes) }]);
	});

	it('Input Data Field Name defaults to data; a Content-Type header replaces the file’s type; no type is application/octet-stream', async () => {
		const { scope } = intercom();
		const seen: Seen[] = [];
		echo(scope.put('/files/1'), seen, 2);
		const pdf = await runIntercom(
			{
				...base,
				method: 'PUT',
				path: '/files/1',
				contentType: 'binaryData',
				options: { headers: { header: [{ name: 'content-type', value: 'application/pdf' }] } },
			},
			{ inputItems: [fileItem({ data: png })] },
		);
		expect(pdf.error).toBeUndefined();
		const untyped = await runIntercom(
			{ ...base, method: 'PUT', path: '/files/1', contentType: 'binaryData' },
			{ inputItems: [fileItem({ data: { bytes: Buffer.from('a,b\n1,2\n') } })] },
		);
		expect(untyped.error).toBeUndefined();
		expect(seen.map((s) => s.headers['content-type'])).toEqual([
			'application/pdf',
			'application/octet-stream',
		]);
		expect(seen[0].bytes.equals(png.bytes)).toBe(true);
		expect(seen[1].bytes.toString()).toBe('a,b\n1,2\n');
	});

	it('with an OAuth2 credential the token is the OAuth2 one, the bytes the same', async () => {
		const { scope } = intercom();
		const seen: Seen[] = [];
		echo(scope.post('/files'), seen);
		const result = await runIntercom(
			{ ...base, method: 'POST', path: '/files', contentType: 'binaryData' },
			{ inputItems: [fileItem({ data: png })], oauth2: true },
		);
		expect(result.error).toBeUndefined();
		expect(seen[0].headers.authorization).toBe('Bearer test-oauth-token');
		expect(seen[0].bytes.equals(png.bytes)).toBe(true);
	});

	it.each([
		['POST', 429, 'post'],
		['PUT', 503, 'put'],
	] as const)(
		'%s answered %i, then 200: the retry sends the same bytes and Content-Type again',
		async (method, status, verb) => {
			const { scope, requests } = intercom();
			const seen: Seen[] = [];
			scope[verb]('/files/9').reply(function (_uri, body) {
				seen.push({
					headers: { 'content-type': String(this.req.headers['content-type']) },
					bytes: bodyBytes(body),
				});
				return [status, { type: 'error.list', errors: [{ code: 'busy', message: 'Busy' }] }];
			});
			echo(scope[verb]('/files/9'), seen);
			const result = await runIntercom(
				{ ...base, method, path: '/files/9', contentType: 'binaryData' },
				{ inputItems: [fileItem({ data: png })] },
			);
			expect(result.error).toBeUndefined();
			expect(requests).toHaveLength(2);
			expect(seen.map((s) => [s.headers['content-type'], sha256(s.bytes)])).toEqual([
				['image/png', sha256(png.bytes)],
				['image/png', sha256(png.bytes)],
			]);
		},
	);

	it('a POST that got a 500 is not sent again (not idempotent), as for a JSON body', async () => {
		const { scope, requests } = intercom();
		scope
			.post('/files')
			.reply(500, { type: 'error.list', errors: [{ code: 'oops', message: 'Oops' }] });
		const result = await runIntercom(
			{ ...base, method: 'POST', path: '/files', contentType: 'binaryData' },
			{ inputItems: [fileItem({ data: png })] },
		);
		expect(result.error?.message).toBe('Intercom error 500: oops: Oops');
		expect(requests).toHaveLength(1);
	});
});

/** A form with a text field, a text field whose value looks like multipart, and two files. */
const trickyValue =
	'--not-the-boundary\r\nContent-Disposition: form-data; name="admin"\r\n\r\nyes\r\n--';
const photo = { bytes: binaryBytes(3000, 3), mimeType: 'image/jpeg', fileName: 'me "1".jpg' };
const csv = {
	bytes: Buffer.from('name,city\nAda,Zürich\n'),
	mimeType: 'text/csv',
	fileName: 'Zürich.csv',
};
const formParameters: INodeParameters = {
	...base,
	method: 'POST',
	path: '/imports',
	contentType: 'multipart-form-data',
	bodyParameters: {
		parameters: [
			{ parameterType: 'formData', name: 'title', value: 'Q3 import' },
			{ parameterType: 'formData', name: 'note', value: trickyValue },
			{ parameterType: 'formBinaryData', name: 'photo', inputDataFieldName: 'photo' },
			{ parameterType: 'formBinaryData', name: 'rows', inputDataFieldName: 'sheet' },
			{ name: 'count', value: 3 },
		],
	},
};

describe('rawRequest › Body Content Type: Form-Data', () => {
	it('sends a multipart/form-data form: text fields and files, in order, each with its headers', async () => {
		const { scope } = intercom();
		const seen: Seen[] = [];
		echo(scope.post('/imports'), seen);
		const result = await runIntercom(formParameters, {
			inputItems: [fileItem({ photo, sheet: csv })],
		});
		expect(result.error).toBeUndefined();
		const [{ headers, bytes }] = seen;
		expect(headers['content-type']).toMatch(
			/^multipart\/form-data; boundary=[0-9A-Za-z'()+_,./:=?-]{1,70}$/,
		);
		expect(headers['content-length']).toBe(String(bytes.length));
		expect(headers.authorization).toBe(`Bearer ${TOKEN}`);
		const boundary = boundaryOf(headers['content-type']);

		const parts = parseMultipart(bytes, headers['content-type']);
		expect(parts.map((p) => p.headerLines)).toEqual([
			['Content-Disposition: form-data; name="title"'],
			['Content-Disposition: form-data; name="note"'],
			[
				'Content-Disposition: form-data; name="photo"; filename="me %221%22.jpg"',
				'Content-Type: image/jpeg',
			],
			[
				'Content-Disposition: form-data; name="rows"; filename="Zürich.csv"',
				'Content-Type: text/csv',
			],
			['Content-Disposition: form-data; name="count"'],
		]);
		expect(parts[0].body.toString()).toBe('Q3 import');
		expect(parts[1].body.toString()).toBe(trickyValue);
		expect(parts[2].body.equals(photo.bytes)).toBe(true);
		expect(parts[3].body.equals(csv.bytes)).toBe(true);
		expect(parts[4].body.toString()).toBe('3');
		// The boundary occurs nowhere but in its delimiter lines.
		expect(bytes.toString('latin1').split(`--${boundary}`)).toHaveLength(parts.length + 2);

		// A standard parser reads the same form.
		expect(await standardFormData(bytes, headers['content-type'])).toEqual([
			{ name: 'title', value: 'Q3 import' },
			{ name: 'note', value: trickyValue },
			{ name: 'photo', file: { name: 'me "1".jpg', type: 'image/jpeg', bytes: photo.bytes } },
			{ name: 'rows', file: { name: 'Zürich.csv', type: 'text/csv', bytes: csv.bytes } },
			{ name: 'count', value: '3' },
		]);
		expect(jsonOf(result)).toEqual([
			{ type: 'upload', bytes: bytes.length, sha256: sha256(bytes) },
		]);
	});

	it('names and file names cannot break out of Content-Disposition: CR, LF and " are escaped', async () => {
		const { scope } = intercom();
		const seen: Seen[] = [];
		echo(scope.post('/imports'), seen);
		const evilName = 'x"; filename="pwned.sh\r\nContent-Type: text/x-sh\r\n\r\n#!';
		const evilFile = 'a.txt"\r\nX-Injected: 1\r\n\r\nbody';
		const result = await runIntercom(
			{
				...base,
				method: 'POST',
				path: '/imports',
				contentType: 'multipart-form-data',
				bodyParameters: {
					parameters: [
						{ name: evilName, value: 'v' },
						{ parameterType: 'formBinaryData', name: 'f', inputDataFieldName: 'data' },
					],
				},
			},
			{
				inputItems: [
					fileItem({
						data: { bytes: Buffer.from('hi'), mimeType: 'text/plain', fileName: evilFile },
					}),
				],
			},
		);
		expect(result.error).toBeUndefined();
		const { headers, bytes } = seen[0];
		const parts = parseMultipart(bytes, headers['content-type']);
		expect(parts.map((p) => p.headerLines)).toEqual([
			[
				'Content-Disposition: form-data; name="x%22; filename=%22pwned.sh%0D%0AContent-Type: text/x-sh%0D%0A%0D%0A#!"',
			],
			[
				'Content-Disposition: form-data; name="f"; filename="a.txt%22%0D%0AX-Injected: 1%0D%0A%0D%0Abody"',
				'Content-Type: text/plain',
			],
		]);
		expect(await standardFormData(bytes, headers['content-type'])).toEqual([
			{ name: evilName, value: 'v' },
			{ name: 'f', file: { name: evilFile, type: 'text/plain', bytes: Buffer.from('hi') } },
		]);
	});

	it('a file without a name is named after its field; without a type it is application/octet-stream', async () => {
		const { scope } = intercom();
		const seen: Seen[] = [];
		echo(scope.post('/imports'), seen);
		const result = await runIntercom(
			{
				...base,
				method: 'POST',
				path: '/imports',
				contentType: 'multipart-form-data',
				bodyParameters: { parameters: [{ parameterType: 'formBinaryData', name: 'file' }] },
			},
			{ inputItems: [fileItem({ data: { bytes: png.bytes } })] },
		);
		expect(result.error).toBeUndefined();
		const parts = parseMultipart(seen[0].bytes, seen[0].headers['content-type']);
		expect(parts.map((p) => p.headerLines)).toEqual([
			[
				'Content-Disposition: form-data; name="file"; filename="data"',
				'Content-Type: application/octet-stream',
			],
		]);
		expect(parts[0].body.equals(png.bytes)).toBe(true);
	});

	it('a boundary is drawn for each request, and a retried one (429, then 200) sends the same bytes', async () => {
		const { scope, requests } = intercom();
		const seen: Seen[] = [];
		scope.post('/imports').reply(function (_uri, body) {
			seen.push({
				headers: { 'content-type': String(this.req.headers['content-type']) },
				bytes: bodyBytes(body),
			});
			return [
				429,
				{ type: 'error.list', errors: [{ code: 'rate_limit_exceeded', message: 'Slow down' }] },
			];
		});
		echo(scope.post('/imports'), seen, 2);
		const first = await runIntercom(formParameters, {
			inputItems: [fileItem({ photo, sheet: csv })],
		});
		const second = await runIntercom(formParameters, {
			inputItems: [fileItem({ photo, sheet: csv })],
		});
		expect([first.error, second.error]).toEqual([undefined, undefined]);
		expect(requests).toHaveLength(3);
		expect(seen[1].headers['content-type']).toBe(seen[0].headers['content-type']);
		expect(seen[1].bytes.equals(seen[0].bytes)).toBe(true);
		expect(seen[2].headers['content-type']).not.toBe(seen[0].headers['content-type']);
	});
});

describe('rawRequest › bodies from binary input: refused before any request', () => {
	it.each([
		[
			'Binary File without the binary field',
			{ method: 'POST', contentType: 'binaryData', inputDataFieldName: 'logo' },
			fileItem({ data: png }),
			'Input Data Field Name: the input item has no binary field "logo" (item 0)',
		],
		[
			'Binary File with no binary data at all',
			{ method: 'POST', contentType: 'binaryData' },
			{ json: {} },
			'Input Data Field Name: the input item has no binary field "data" (item 0)',
		],
		[
			'Binary File with an empty Input Data Field Name',
			{ method: 'POST', contentType: 'binaryData', inputDataFieldName: ' ' },
			fileItem({ data: png }),
			'Input Data Field Name: is empty (item 0)',
		],
		[
			'a file whose MIME type could not be a header',
			{ method: 'POST', contentType: 'binaryData' },
			fileItem({ data: { bytes: png.bytes, mimeType: 'image/png\r\nX-Injected: 1' } }),
			'Input Data Field Name: the binary field "data" has a MIME type that cannot be sent ("image/png??X-Injected: 1") (item 0)',
		],
		[
			'Form-Data without fields',
			{ method: 'POST', contentType: 'multipart-form-data' },
			fileItem({ data: png }),
			'Body Parameters: Form-Data needs at least one field: add a parameter (a text field or a file) (item 0)',
		],
		[
			'Form-Data with a field without a name',
			{
				method: 'PATCH',
				contentType: 'multipart-form-data',
				bodyParameters: {
					parameters: [
						{ name: 'a', value: '1' },
						{ name: ' ', value: '2' },
					],
				},
			},
			fileItem({ data: png }),
			'Body Parameters: a parameter has no name (item 0)',
		],
		[
			'Form-Data with a file field whose binary field is missing',
			{
				method: 'POST',
				contentType: 'multipart-form-data',
				bodyParameters: {
					parameters: [
						{ name: 'title', value: 'x' },
						{ parameterType: 'formBinaryData', name: 'avatar', inputDataFieldName: 'img' },
					],
				},
			},
			fileItem({ data: png }),
			'Body Parameters › avatar › Input Data Field Name: the input item has no binary field "img" (item 0)',
		],
		[
			'Form-Data with an object as a text value',
			{
				method: 'POST',
				contentType: 'multipart-form-data',
				bodyParameters: { parameters: [{ name: 'meta', value: '={{ { a: 1 } }}' }] },
			},
			fileItem({ data: png }),
			'Body Parameters › meta: got an object, expected text (item 0)',
		],
		[
			'Form-Data with a Content-Type header (the boundary is the node’s)',
			{
				method: 'POST',
				contentType: 'multipart-form-data',
				bodyParameters: { parameters: [{ name: 'a', value: '1' }] },
				options: { headers: { header: [{ name: 'Content-Type', value: 'multipart/form-data' }] } },
			},
			fileItem({ data: png }),
			'Headers › Content-Type: cannot be set with Body Content Type Form-Data: the node sends multipart/form-data with its own boundary (item 0)',
		],
		[
			'a file body with GET (a method set by expression)',
			{ method: '={{ "GET" }}', contentType: 'binaryData' },
			fileItem({ data: png }),
			'Body Content Type: a GET request has no body: choose POST, PUT, PATCH or DELETE to send a file or a form (item 0)',
		],
		[
			'an unknown Body Content Type (by expression)',
			{ method: 'POST', contentType: '={{ "raw" }}' },
			fileItem({ data: png }),
			'Body Content Type: got text "raw", expected one of "json", "binaryData", "multipart-form-data" (item 0)',
		],
	] as Array<[string, INodeParameters, ReturnType<typeof fileItem> | { json: object }, string]>)(
		'%s',
		async (_title, parameters, item, message) => {
			const { requests } = intercom();
			const result = await runIntercom(
				{ ...base, path: '/files', ...parameters },
				{ inputItems: [item as ReturnType<typeof fileItem>] },
			);
			expect(result.error).toBeInstanceOf(NodeOperationError);
			expect(result.error?.message).toBe(message);
			expect(result.error?.context?.itemIndex).toBe(0);
			expect(requests).toHaveLength(0);
		},
	);

	it('with Continue On Fail, an item without its file fails alone; the others send their own bytes', async () => {
		const { scope, requests } = intercom();
		const seen: Seen[] = [];
		echo(scope.post('/files'), seen, 2);
		const one = { bytes: binaryBytes(700, 1), mimeType: 'image/png', fileName: '1.png' };
		const three = { bytes: binaryBytes(900, 9), mimeType: 'image/gif', fileName: '3.gif' };
		const result = await runIntercom(
			{ ...base, method: 'POST', path: '/files', contentType: 'binaryData' },
			{
				continueOnFail: true,
				inputItems: [fileItem({ data: one }), fileItem({ other: one }), fileItem({ data: three })],
			},
		);
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(2);
		expect(result.items.map((item) => [item.pairedItem, item.json])).toEqual([
			[{ item: 0 }, { type: 'upload', bytes: 700, sha256: sha256(one.bytes) }],
			[
				{ item: 1 },
				expect.objectContaining({
					error: 'Input Data Field Name: the input item has no binary field "data" (item 1)',
				}),
			],
			[{ item: 2 }, { type: 'upload', bytes: 900, sha256: sha256(three.bytes) }],
		]);
		expect(seen.map((s) => s.headers['content-type']).sort()).toEqual(['image/gif', 'image/png']);
	});
});
