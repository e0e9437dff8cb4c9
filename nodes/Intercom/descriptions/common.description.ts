import type { INodeProperties } from 'n8n-workflow';

export const returnAllOrLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		displayOptions: { show: { returnAll: [false] } },
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
	},
];

export const simplify: INodeProperties = {
	displayName: 'Simplify',
	name: 'simple',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

/** Bounds of Options → Requests in Parallel. */
export const REQUESTS_IN_PARALLEL = { default: 5, min: 1, max: 50 };

/** How many items run at once: read once per run (from the first item) by the node's execute(). */
export const requestsInParallel: INodeProperties = {
	displayName: 'Requests in Parallel',
	name: 'requestsInParallel',
	type: 'number',
	typeOptions: { minValue: REQUESTS_IN_PARALLEL.min, maxValue: REQUESTS_IN_PARALLEL.max },
	default: 5,
	description:
		"How many input items are sent to Intercom at once. 1 sends them strictly one after another. The output order never changes, and requests are paced to stay within Intercom's rate limit.",
};

/**
 * n8n's "Options" collection holding the given optional settings and Requests in Parallel
 * (sorted by name, as n8n lists them).
 */
export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...options, requestsInParallel].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	};
}

function shows(property: INodeProperties, resource: string, operation: string): boolean {
	const show = property.displayOptions?.show ?? {};
	return (show.resource ?? []).includes(resource) && (show.operation ?? []).includes(operation);
}

/**
 * The node's properties plus, for each resource, one Options collection (holding only Requests
 * in Parallel) shown for the operations that have no Options collection of their own: every
 * operation then shows exactly one, and the setting is always at `options.requestsInParallel`.
 */
export function withRequestsInParallel(properties: INodeProperties[]): INodeProperties[] {
	const collections = properties.filter((p) => p.name === 'options' && p.type === 'collection');
	const shared: INodeProperties[] = [];
	for (const selector of properties.filter((p) => p.name === 'operation' && p.type === 'options')) {
		const resources = (selector.displayOptions?.show?.resource ?? []) as string[];
		for (const resource of resources) {
			const operations = (selector.options ?? [])
				.map((option) => String((option as { value: unknown }).value))
				.filter((operation) => !collections.some((c) => shows(c, resource, operation)));
			if (operations.length) {
				shared.push({
					...optionsCollection([]),
					displayOptions: { show: { resource: [resource], operation: operations } },
				});
			}
		}
	}
	return [...properties, ...shared];
}
