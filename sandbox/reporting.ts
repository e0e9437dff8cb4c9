/**
 * Reporting data exports (`/export/reporting_data`): the datasets and their attributes, jobs for a
 * dataset, attributes and time range (at most 5 pending, as Intercom allows), a status that is
 * pending at the first read and complete at the next (so Wait for Completion sees both without
 * waiting), and the CSV of a complete job (`Accept: application/octet-stream`). Status and download
 * take the workspace's ID as `app_id`, as the spec asks; the status also a `client_id`.
 */
import { SandboxError, invalid, notFound } from './errors';
import { FileReply, route } from './registry';
import type { ConversationRecord, Json, Store } from './store';
import { WORKSPACE_ID } from './store';

const JOBS = '/export/reporting_data';
const MAX_PENDING = 5;

type Column = (c: ConversationRecord) => string;

/** The sandbox's datasets: conversations, with a few of Intercom's attributes. */
const DATASETS: Array<{
	id: string;
	name: string;
	description: string;
	default_time_attribute_id: string;
	attributes: Array<{ id: string; name: string; value: Column }>;
}> = [
	{
		id: 'conversation',
		name: 'Conversation',
		description: 'Conversation-level details: state, assignee, timing.',
		default_time_attribute_id: 'conversation_started_at',
		attributes: [
			{ id: 'conversation_id', name: 'Conversation ID', value: (c) => c.id },
			{
				id: 'conversation_started_at',
				name: 'Conversation started at',
				value: (c) => new Date(c.created_at * 1000).toISOString(),
			},
			{ id: 'conversation_state', name: 'Conversation state', value: (c) => c.state },
			{
				id: 'teammate_assigned',
				name: 'Teammate assigned',
				value: (c) => (c.admin_assignee_id === null ? '' : String(c.admin_assignee_id)),
			},
		],
	},
];

const qualified = (dataset: string, attribute: string) => `${dataset}.${attribute}`;

const jobs = (store: Store) => store.table(JOBS);

let sequence = 0;

function jobOr404(store: Store, id: string): Json {
	const job = jobs(store).get(id);
	if (!job) throw notFound(`Export job not found for identifier: ${id}`);
	return job;
}

const render = (job: Json): Json => ({
	job_identifier: job.job_identifier,
	status: job.status,
	download_url: job.download_url,
	download_expires_at: job.download_expires_at,
});

function workspaceOf(query: Record<string, string>) {
	// Another workspace's ID finds no job of this one.
	if (query.app_id !== WORKSPACE_ID) throw notFound('Export job not found');
}

function timestamp(body: Json, field: string): number {
	const value = body[field];
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
		throw invalid(`'${field}' must be a Unix timestamp`, field);
	return value;
}

route(`GET ${JOBS}/get_datasets`, () => ({
	type: 'list',
	data: DATASETS.map((d) => ({
		id: d.id,
		name: d.name,
		description: d.description,
		default_time_attribute_id: d.default_time_attribute_id,
		attributes: d.attributes.map((a) => ({
			id: a.id,
			qualified_id: qualified(d.id, a.id),
			name: a.name,
		})),
	})),
}));

route(`POST ${JOBS}/enqueue`, ({ store, body }) => {
	const dataset = DATASETS.find((d) => d.id === body.dataset_id);
	if (typeof body.dataset_id !== 'string' || !body.dataset_id)
		throw invalid("'dataset_id' is a required parameter", 'dataset_id');
	if (!dataset) throw invalid(`${String(body.dataset_id)} is not a valid dataset_id`);
	const ids = body.attribute_ids;
	if (!Array.isArray(ids)) throw invalid("'attribute_ids' must be of type Array", 'attribute_ids');
	if (!ids.length) throw invalid('attribute_ids must contain at least one attribute_id');
	const columns = ids.map((id) => {
		const attribute = dataset.attributes.find(
			(a) => id === qualified(dataset.id, a.id) || id === a.id,
		);
		if (!attribute) throw invalid(`attribute_ids invalid for ${dataset.id} dataset: ${String(id)}`);
		return attribute.id;
	});
	const start = timestamp(body, 'start_time');
	const end = timestamp(body, 'end_time');
	if (start >= end) throw invalid('start_time must be before end_time', 'start_time');
	const pending = [...jobs(store).values()].filter((j) => j.status === 'pending').length;
	if (pending >= MAX_PENDING)
		throw new SandboxError(
			429,
			'rate_limit_exceeded',
			`Exceeded rate limit of ${MAX_PENDING} pending reporting dataset export jobs`,
		);
	sequence += 1;
	const id = `rpt${String(sequence).padStart(4, '0')}${Math.random().toString(36).slice(2, 8)}`;
	const job: Json = {
		job_identifier: id,
		status: 'pending',
		download_url: '',
		download_expires_at: '',
		dataset: dataset.id,
		columns,
		start,
		end,
		reads: 0,
	};
	jobs(store).set(id, job);
	return render(job);
});

route(`GET ${JOBS}/{job_identifier}`, ({ store, params, query }) => {
	workspaceOf(query);
	if (!query.client_id) throw invalid("'client_id' is a required parameter", 'client_id');
	const job = jobOr404(store, params.job_identifier);
	job.reads = Number(job.reads) + 1;
	if (job.status === 'pending' && Number(job.reads) >= 2) {
		job.status = 'complete';
		job.download_url = `/download/reporting_data/${String(job.job_identifier)}`;
		job.download_expires_at = String(store.now() + 2 * 24 * 3600);
	}
	return render(job);
});

route('GET /download/reporting_data/{job_identifier}', ({ store, params, query, headers }) => {
	workspaceOf(query);
	const job = jobOr404(store, params.job_identifier);
	if (!/application\/octet-stream/.test(headers?.accept ?? ''))
		throw new SandboxError(
			406,
			'not_acceptable',
			'Specify the header Accept: application/octet-stream to download the export',
		);
	if (job.status !== 'complete') throw notFound('Export job not complete');
	const dataset = DATASETS.find((d) => d.id === job.dataset);
	const attributes = (job.columns as string[]).map(
		(id) => dataset?.attributes.find((a) => a.id === id) ?? { id, value: () => '' },
	);
	const rows = [...store.conversations.values()]
		.filter((c) => c.created_at >= Number(job.start) && c.created_at <= Number(job.end))
		.map((c) => attributes.map((a) => a.value(c)));
	const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
	const lines = [attributes.map((a) => a.id), ...rows].map((row) => row.map(cell).join(','));
	return new FileReply(Buffer.from(`${lines.join('\n')}\n`, 'utf8'), {
		'content-type': 'application/octet-stream',
	});
});
