/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test-only code, not shipped: the sandbox gzips the export files it serves with node:zlib */
/**
 * Content data exports (`/export/content/data`): a job is created for a created_at range, moves
 * from pending to in_progress to completed as its status is read (one step a read, so tests and
 * Wait for Completion see every state without waiting), can be canceled, and once completed is
 * downloaded as a gzipped CSV (`Accept: application/octet-stream`, as Intercom requires). A range
 * with no contact created in it ends as no_data.
 */
import { gzipSync } from 'node:zlib';

import { SandboxError, invalid, notFound } from './errors';
import { FileReply, route } from './registry';
import type { Json, Store } from './store';

const JOBS = '/export/content/data';

/** The CSV's columns: the first fields of Intercom's data_export_csv. */
const CSV_COLUMNS = ['user_id', 'user_external_id', 'company_id', 'email', 'name', 'content_type'];

const jobs = (store: Store) => store.table(JOBS);

let sequence = 0;

function jobOr404(store: Store, id: string): Json {
	const job = jobs(store).get(id);
	if (!job) throw notFound('Export job not found');
	return job;
}

/** The job as Intercom answers it (the range is the sandbox's own). */
const render = (job: Json): Json => ({
	job_identifier: job.job_identifier,
	status: job.status,
	download_url: job.download_url,
	download_expires_at: job.download_expires_at,
});

function seconds(body: Json, field: string): number {
	const value = body[field];
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
		throw invalid(`${field} must be a Unix timestamp`, field);
	return value;
}

/** The CSV rows of a finished job: one per contact created in its range. */
function rowsOf(store: Store, job: Json): string[][] {
	return [...store.contacts.values()]
		.filter((c) => c.created_at >= Number(job.after) && c.created_at <= Number(job.before))
		.map((c) => [c.id, c.external_id ?? '', '', c.email ?? '', c.name ?? '', 'email']);
}

const csvCell = (value: string) =>
	/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

route(`POST ${JOBS}`, ({ store, body }) => {
	const after = seconds(body, 'created_at_after');
	const before = seconds(body, 'created_at_before');
	if (after >= before)
		throw invalid('created_at_after must be before created_at_before', 'created_at_after');
	sequence += 1;
	const id = `sbx${String(sequence).padStart(4, '0')}${Math.random().toString(36).slice(2, 10)}`;
	const job: Json = {
		job_identifier: id,
		status: 'pending',
		download_url: '',
		download_expires_at: '',
		after,
		before,
	};
	jobs(store).set(id, job);
	return render(job);
});

route(`GET ${JOBS}/{job_identifier}`, ({ store, params, headers }) => {
	const job = jobOr404(store, params.job_identifier);
	if (job.status === 'pending') job.status = 'in_progress';
	else if (job.status === 'in_progress') {
		if (rowsOf(store, job).length) {
			job.status = 'completed';
			const host = headers?.host ?? '127.0.0.1';
			job.download_url = `http://${host}/download/content/data/${String(job.job_identifier)}`;
			job.download_expires_at = String(store.now() + 2 * 24 * 3600);
		} else job.status = 'no_data';
	}
	return render(job);
});

route('POST /export/cancel/{job_identifier}', ({ store, params }) => {
	const job = jobOr404(store, params.job_identifier);
	if (job.status === 'pending' || job.status === 'in_progress') job.status = 'canceled';
	return render(job);
});

route('GET /download/content/data/{job_identifier}', ({ store, params, headers }) => {
	const job = jobOr404(store, params.job_identifier);
	if (!/application\/octet-stream/.test(headers?.accept ?? ''))
		throw new SandboxError(
			406,
			'not_acceptable',
			'Specify the header Accept: application/octet-stream to download the export',
		);
	if (job.status !== 'completed') throw notFound('Export job not completed');
	const lines = [CSV_COLUMNS, ...rowsOf(store, job)].map((row) => row.map(csvCell).join(','));
	return new FileReply(gzipSync(Buffer.from(`${lines.join('\n')}\n`, 'utf8')), {
		'content-type': 'application/octet-stream',
	});
});
