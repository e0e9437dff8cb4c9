import {
	contractSuite,
	intercom,
	isolateNetwork,
	jsonOf,
	runIntercom,
	TOKEN,
} from '../../fixtures';

isolateNetwork();

const base = { resource: 'rawRequest', operation: 'send' };

describe('rawRequest › Options → Headers', () => {
	it('sends more headers beside the node’s own, which stay the credential’s token and pinned version', async () => {
		const { scope, requests } = intercom();
		scope.get('/admins').reply(200, { type: 'admin.list', admins: [] });
		const result = await runIntercom({
			...base,
			method: 'GET',
			path: '/admins',
			options: {
				headers: {
					header: [
						{ name: 'X-Request-Tag', value: 'sync-7' },
						{ name: 'Accept-Language', value: 'fr' },
					],
				},
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].headers).toMatchObject({
			'x-request-tag': 'sync-7',
			'accept-language': 'fr',
			authorization: `Bearer ${TOKEN}`,
			'intercom-version': '2.16',
			accept: 'application/json',
		});
	});

	it.each([
		['Authorization', 'Bearer other', 'Headers › Name: "Authorization" is set by the node'],
		['intercom-version', '2.7', 'Headers › Name: "intercom-version" is set by the node'],
		['Bad Header', 'x', 'Headers › Name: "Bad Header" is not a valid header name (item 0)'],
		[
			'X-Split',
			'={{ "a\\r\\nX-Injected: 1" }}',
			'Headers › X-Split: must be on one line (no line breaks) (item 0)',
		],
	])('refuses %s before any request', async (name, value, message) => {
		const { requests } = intercom();
		const result = await runIntercom({
			...base,
			method: 'GET',
			path: '/admins',
			options: { headers: { header: [{ name, value }] } },
		});
		expect(result.error?.message.startsWith(message)).toBe(true);
		expect(requests).toHaveLength(0);
	});
});

describe('rawRequest › Response Format: File', () => {
	it('puts the answer’s bytes, JSON too, in the output field, with its type and name', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/download/content/data/job9')
			.reply(200, Buffer.from('a,b\n1,2\n'), {
				'content-type': 'text/csv',
				'content-disposition': 'attachment; filename="report.csv"',
			})
			.get('/admins')
			.reply(200, { type: 'admin.list' }, { 'content-type': 'application/json' });
		const csv = await runIntercom({
			...base,
			method: 'GET',
			path: '/download/content/data/job9',
			options: { headers: { header: [{ name: 'Accept', value: 'application/octet-stream' }] } },
			responseFormat: 'file',
			binaryPropertyName: 'report',
		});
		expect(csv.error).toBeUndefined();
		expect(requests[0].headers.accept).toBe('application/octet-stream');
		expect(jsonOf(csv)).toEqual([{ path: '/download/content/data/job9' }]);
		const file = csv.items[0].binary?.report;
		expect(file).toMatchObject({ fileName: 'report.csv', mimeType: 'text/csv' });
		expect(Buffer.from(file!.data, 'base64').toString()).toBe('a,b\n1,2\n');

		const json = await runIntercom({
			...base,
			method: 'GET',
			path: '/admins',
			responseFormat: 'file',
		});
		expect(json.error).toBeUndefined();
		expect(json.items[0].binary?.data).toMatchObject({
			fileName: 'admins',
			mimeType: 'application/json',
		});
		expect(JSON.parse(Buffer.from(json.items[0].binary!.data.data, 'base64').toString())).toEqual({
			type: 'admin.list',
		});
	});
});

contractSuite('raw request headers and files');
