import type { IWebhookFunctions } from 'n8n-workflow';

/** How many recent notification ids are kept in the workflow's static data for dedupe. */
export const SEEN_IDS_LIMIT = 1000;

/**
 * Recent notification ids per trigger node (workflow id + node id), in this n8n process. n8n 2.41
 * does not save a static-data change made by a webhook call that starts an execution (only the
 * first write, when the workflow had no static data yet), so static data alone would forget ids;
 * this memory catches repeats within the process, static data across restarts where n8n saved it.
 */
const recentIds = new Map<string, string[]>();
/** Trigger nodes remembered at once; the least recently used is dropped beyond this. */
const MAX_REMEMBERED_NODES = 200;

const stringsOf = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * Whether notification `id` was seen recently (in this process's memory or in the workflow's
 * static data). With `record`, records it in memory. Either way the node's static data gets the
 * merged list of the last 1,000 ids (n8n saves it when the call starts nothing). Without an `id`
 * (a ping) only that copy is made.
 */
export function seenBefore(
	this: IWebhookFunctions,
	id: string | undefined,
	record: boolean,
): boolean {
	const key = `${this.getWorkflow().id ?? ''}/${this.getNode().id}`;
	const memory = recentIds.get(key) ?? [];
	const staticData = this.getWorkflowStaticData('node');
	const stored = stringsOf(staticData.notificationIds);
	const storedSet = new Set(stored);
	const seen = id !== undefined && (memory.includes(id) || storedSet.has(id));
	if (id !== undefined && !seen && record) memory.push(id);
	// Map order is least recently used first.
	recentIds.delete(key);
	recentIds.set(key, memory.slice(-SEEN_IDS_LIMIT));
	if (recentIds.size > MAX_REMEMBERED_NODES)
		recentIds.delete(recentIds.keys().next().value as string);
	const merged = [...stored, ...memory.filter((m) => !storedSet.has(m))].slice(-SEEN_IDS_LIMIT);
	if (merged.length !== stored.length || merged.some((m, i) => m !== stored[i])) {
		staticData.notificationIds = merged;
	}
	return seen;
}
