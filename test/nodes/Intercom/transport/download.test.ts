import { fileNameOf } from '../../../../nodes/Intercom/transport';
import { errorList, fastRetries, intercom, isolateNetwork, runIntercom } from '../fixtures';

isolateNetwork();
fastRetries();

const download = { resource: 'dataExport', operation: 'download', jobId: 'job1' };

describe('transport › downloads', () => {
	it('a 429 and a 500 are retried like any GET; the file of the answer that succeeds is kept', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/download/content/data/job1')
			.reply(429, errorList('rate_limit_exceeded', 'Too many', 'req-1'), {
				'x-ratelimit-reset': '0',
			})
			.get('/download/content/data/job1')
			.reply(500, 'oops')
			.get('/download/content/data/job1')
			.reply(200, Buffer.from('bytes'), { 'content-type': 'text/csv; charset=utf-8' });
		const result = await runIntercom(download);
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(3);
		const file = result.items[0].binary?.data;
		expect(file?.mimeType).toBe('text/csv');
		expect(Buffer.from(file!.data, 'base64').toString()).toBe('bytes');
	});

	it('an error answer to a download is read as Intercom’s error.list (code, message, request ID)', async () => {
		const { scope } = intercom();
		scope
			.get('/download/content/data/job1')
			.reply(403, errorList('forbidden', 'Not allowed to export', 'req-9'));
		const result = await runIntercom(download);
		expect(result.error?.message).toBe('Intercom error 403: forbidden: Not allowed to export');
		expect(JSON.stringify(result.error)).toContain('req-9');
	});

	it('a redirect is not followed (the token stays on the credential’s host)', async () => {
		const { scope, requests } = intercom();
		scope
			.get('/download/content/data/job1')
			.reply(302, '', { location: 'https://files.example.com/export.csv.gz' });
		const result = await runIntercom(download);
		expect(result.error?.message).toMatch(/302/);
		expect(requests).toHaveLength(1);
	});
});

describe('transport › fileNameOf', () => {
	it.each([
		['attachment; filename="export.csv.gz"', 'export.csv.gz'],
		['attachment; filename=report.csv', 'report.csv'],
		["attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.csv", 'résumé.csv'],
		['attachment; filename="../../etc/passwd"', 'passwd'],
		['attachment; filename="C:\\\\temp\\\\x.csv"', 'x.csv'],
		['attachment; filename=".."', undefined],
		['attachment', undefined],
		[undefined, undefined],
	])('%s → %s', (disposition, name) => {
		expect(fileNameOf(disposition)).toBe(name);
	});
});
