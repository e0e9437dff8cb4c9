import type { Sandbox } from '../../../../sandbox';
import { SANDBOX_TOKEN, startSandbox } from '../../../../sandbox';
import { jsonOf, runIntercom } from '../fixtures';
import {
	binaryBytes,
	fileItem,
	parseMultipart,
	sha256,
	standardFormData,
} from '../actions/rawRequest/uploads';

// The Raw Request's real execute() against the sandbox over loopback HTTP (no nock answers these).
// JSON and Text go to the sandbox's Intercom endpoints; files and forms to /__sandbox/uploads, which
// keeps a body as its bytes (Intercom's API has no endpoint that takes a file).
let sandbox: Sandbox;
const credentials = () => ({
	accessToken: SANDBOX_TOKEN,
	region: 'custom',
	baseUrl: sandbox.url,
	apiVersion: '2.16',
});
const run = async (
	parameters: Record<string, unknown>,
	inputItems?: Array<ReturnType<typeof fileItem>>,
) =>
	await runIntercom({ resource: 'rawRequest', operation: 'send', ...parameters } as never, {
		credentials: credentials(),
		allowUnmatchedRequests: true,
		inputItems,
	});

beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => sandbox.reset());
afterEach(() => expect(sandbox.violations).toEqual([]));

describe('raw request against the sandbox', () => {
	it('Body Content Type JSON creates a tag that a GET then lists', async () => {
		const created = await run({
			method: 'POST',
			path: '/tags',
			contentType: 'json',
			jsonBody: '{"name": "Sandbox VIP"}',
		});
		expect(created.error).toBeUndefined();
		expect(jsonOf(created)).toEqual([
			expect.objectContaining({ type: 'tag', name: 'Sandbox VIP' }),
		]);
		const listed = await run({ method: 'GET', path: '/tags' });
		expect(JSON.stringify(jsonOf(listed))).toContain('Sandbox VIP');
	});

	it('Response Format Text gives a call transcript as the text it is, final line break included', async () => {
		const result = await run({
			method: 'GET',
			path: '/calls/2/transcript',
			responseFormat: 'text',
			outputPropertyName: 'transcript',
		});
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)).toEqual([
			{
				transcript: 'Agent: Thanks for calling back.\nCustomer: The refund arrived, thank you.\n',
			},
		]);
	});

	it('Binary File: the bytes arrive as they are, with the MIME type and the token', async () => {
		const file = { bytes: binaryBytes(100_000, 5), mimeType: 'application/pdf', fileName: 'r.pdf' };
		const result = await run(
			{ method: 'POST', path: '/__sandbox/uploads', contentType: 'binaryData' },
			[fileItem({ data: file })],
		);
		expect(result.error).toBeUndefined();
		expect(sandbox.uploads).toHaveLength(1);
		const [upload] = sandbox.uploads;
		expect(upload.body.equals(file.bytes)).toBe(true);
		expect(upload.headers).toMatchObject({
			'content-type': 'application/pdf',
			'content-length': '100000',
			authorization: `Bearer ${SANDBOX_TOKEN}`,
			'intercom-version': '2.16',
		});
		expect(jsonOf(result)).toEqual([
			{
				type: 'upload',
				id: '1',
				method: 'POST',
				content_type: 'application/pdf',
				bytes: 100_000,
				sha256: sha256(file.bytes),
			},
		]);
	});

	it('Form-Data: the form arrives whole, as a standard parser reads it', async () => {
		const photo = { bytes: binaryBytes(4_000, 2), mimeType: 'image/png', fileName: 'é "x".png' };
		const result = await run(
			{
				method: 'PUT',
				path: '/__sandbox/uploads',
				contentType: 'multipart-form-data',
				bodyParameters: {
					parameters: [
						{ name: 'title', value: 'line 1\r\nline 2' },
						{ parameterType: 'formBinaryData', name: 'photo', inputDataFieldName: 'img' },
					],
				},
			},
			[fileItem({ img: photo })],
		);
		expect(result.error).toBeUndefined();
		const [upload] = sandbox.uploads;
		const contentType = upload.headers['content-type'];
		expect(parseMultipart(upload.body, contentType).map((p) => p.headerLines)).toEqual([
			['Content-Disposition: form-data; name="title"'],
			[
				'Content-Disposition: form-data; name="photo"; filename="é %22x%22.png"',
				'Content-Type: image/png',
			],
		]);
		expect(await standardFormData(upload.body, contentType)).toEqual([
			{ name: 'title', value: 'line 1\r\nline 2' },
			{ name: 'photo', file: { name: 'é "x".png', type: 'image/png', bytes: photo.bytes } },
		]);
		expect(jsonOf(result)[0]).toMatchObject({ method: 'PUT', sha256: sha256(upload.body) });
	});
});
