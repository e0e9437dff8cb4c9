/**
 * Every value that goes into a request path stays one path segment. For each operation of the
 * node, a run with valid values first shows which parameters land in the path (each gets its own
 * number); then each of those parameters is given hostile values, literally and through an
 * expression: the run must send nothing and fail with one error naming the field and the item,
 * or (free-form values) send the value as one encoded segment.
 */
import nock from 'nock';
import type { IDataObject, INodeParameters, INodeProperties } from 'n8n-workflow';

import { Intercom } from '../../../nodes/Intercom/Intercom.node';
import {
	apiPath,
	pathSegment,
	unsafePathReason,
	UnsafePathError,
} from '../../../nodes/Intercom/transport/path';

import { US, byId, isolateNetwork, runIntercom } from './fixtures';

isolateNetwork();

const properties = new Intercom().description.properties;

const HOSTILE = ['..', '.', '../x', 'a/../b', '%2e%2e', 'x?y=1', 'x#f'];

/** Parameters whose values may go into a path: resource locators and the free-form/ID fields. */
const PATH_CANDIDATES = new Set([
	'externalId',
	'subscriptionTypeId',
	'dataAttributeId',
	'ticketTypeId',
	'ticketTypeAttributeId',
	'noteId',
	'customObjectType',
]);

/** Valid values for parameters an operation checks before it sends anything. */
const OVERRIDES: Record<string, INodeParameters> = {
	'conversation.snooze': { snoozedUntil: '2099-01-01T00:00:00Z' },
	'dataAttribute.update': { updateFields: { description: 'New' } },
	'admin.setAway': { awayModeEnabled: true },
	'contact.update': { updateFields: { name: 'New' } },
	'company.update': { updateFields: { name: 'New' } },
	'ticket.update': { updateFields: { open: true } },
	'conversation.update': { updateFields: { title: 'New' } },
	'note.create': { body: 'A note' },
	'conversation.reply': { message: 'Hi' },
	'ticket.reply': { message: 'Hi' },
	'internalArticle.update': { updateFields: { title: 'New' } },
	'contentSnippet.update': { updateFields: { title: 'New' } },
	'collection.update': { updateFields: { name: 'New' } },
	'redirect.create': { fromUrl: 'https://help.example.com/en/old-page' },
	'article.update': { updateFields: { title: 'New' } },
	'article.updateDraft': { draftFields: { title: 'New' } },
	'newsItem.update': { updateFields: { title: 'New', senderId: '991267' } },
	'ticketType.update': { updateFields: { name: 'New' } },
	'ticketTypeAttribute.update': { updateFields: { description: 'New' } },
	'customObjectInstance.upsert': { externalId: 'ORDER-1' },
};

interface Operation {
	resource: string;
	operation: string;
	/** Path-candidate parameters shown for the operation. */
	candidates: INodeProperties[];
	/** Every parameter shown, for the valid values. */
	shown: INodeProperties[];
}

function shownFor(resource: string, operation: string): INodeProperties[] {
	return properties.filter((p) => {
		const show = p.displayOptions?.show;
		return (
			!!show &&
			(show.resource as string[] | undefined)?.includes(resource) &&
			(show.operation as string[] | undefined)?.includes(operation)
		);
	});
}

function operations(): Operation[] {
	const resources = (
		properties.find((p) => p.name === 'resource')!.options as Array<{ value: string }>
	).map((o) => o.value);
	const out: Operation[] = [];
	for (const resource of resources) {
		const selector = properties.find(
			(p) =>
				p.name === 'operation' &&
				(p.displayOptions?.show?.resource as string[] | undefined)?.includes(resource),
		);
		for (const { value: operation } of (selector?.options ?? []) as Array<{ value: string }>) {
			const shown = shownFor(resource, operation);
			const candidates = shown.filter(
				(p) => p.type === 'resourceLocator' || PATH_CANDIDATES.has(p.name),
			);
			if (candidates.length) out.push({ resource, operation, candidates, shown });
		}
	}
	return out;
}

/** A distinct numeric value per candidate, so the path shows which parameter it holds. */
function validParameters(op: Operation): {
	parameters: INodeParameters;
	valueOf: Map<string, string>;
} {
	const parameters: INodeParameters = { resource: op.resource, operation: op.operation };
	const valueOf = new Map<string, string>();
	op.candidates.forEach((p, index) => {
		const value = String(900001 + index);
		valueOf.set(p.name, value);
		parameters[p.name] = p.type === 'resourceLocator' ? byId(value) : value;
	});
	op.shown.forEach((p, index) => {
		if (p.name in parameters || !p.required) return;
		if (p.type === 'string')
			parameters[p.name] = p.name.toLowerCase().includes('email')
				? 'a@example.com'
				: String(700001 + index);
		// Required pickers of admins, teams…: any ID of digits.
		if (p.type === 'options' && p.default === '') parameters[p.name] = String(800001 + index);
	});
	Object.assign(parameters, OVERRIDES[`${op.resource}.${op.operation}`] ?? {});
	return { parameters, valueOf };
}

/** Answers every request with one generic Intercom-like object and logs the paths. */
function answerEverything(): string[] {
	const paths: string[] = [];
	const generic: IDataObject = {
		type: 'object',
		id: '900001',
		data: [],
		conversations: [],
		tickets: [],
		events: [],
		handling_events: [],
		pages: {},
		total_count: 0,
		ticket_type_attributes: { type: 'list', data: [] },
	};
	for (const method of ['get', 'post', 'put', 'delete'] as const) {
		const scope = nock(US);
		scope[method](/.*/)
			.times(50)
			.reply(function (uri) {
				paths.push(`${this.req.method} ${uri.split('?')[0]}`);
				// Downloads (exports, transcripts, recordings) ask for a file, not JSON: they get bytes.
				const accept = String(this.req.headers.accept ?? '');
				if (!accept.includes('application/json'))
					return [200, 'file bytes', { 'content-type': 'application/octet-stream' }];
				return [200, generic];
			});
	}
	return paths;
}

const table = operations();

/** The operations found to put an ID into their path (filled by the runs below). */
const withPathIds = new Set<string>();

/** "Ticket Type Name or ID" → "Ticket Type": the field name the node's errors use. */
const fieldName = (p: INodeProperties) => p.displayName.replace(/ (Name or ID|ID)$/, '');

describe('path segments › which parameters reach the path', () => {
	it('finds the operations with IDs in their paths', () => {
		// Contact, company, tag, conversation, ticket, note… : a regression in discovery would
		// silently test nothing.
		expect(table.length).toBeGreaterThanOrEqual(45);
	});
});

describe.each(table.map((op) => [`${op.resource} › ${op.operation}`, op] as const))(
	'%s',
	(_name, op) => {
		const { parameters, valueOf } = validParameters(op);
		let inPath: INodeProperties[] = [];

		beforeAll(async () => {
			nock.disableNetConnect();
			const paths = answerEverything();
			try {
				await runIntercom(parameters);
			} finally {
				nock.cleanAll();
			}
			inPath = op.candidates.filter((p) =>
				paths.some((path) => path.split('/').includes(valueOf.get(p.name)!)),
			);
		});

		it('with valid values sends its request, holding each path ID as one segment', async () => {
			const paths = answerEverything();
			let result: Awaited<ReturnType<typeof runIntercom>>;
			try {
				result = await runIntercom(parameters);
			} finally {
				nock.cleanAll();
			}
			expect(result.error?.message).toBeUndefined();
			expect(paths.length).toBeGreaterThan(0);
			if (inPath.length) withPathIds.add(`${op.resource}.${op.operation}`);
		});

		for (const hostile of HOSTILE) {
			for (const form of ['literal', 'expression'] as const) {
				it(`${JSON.stringify(hostile)} (${form}) in a path parameter sends nothing or one encoded segment`, async () => {
					for (const p of inPath) {
						const value = form === 'literal' ? hostile : `={{ ${JSON.stringify(hostile)} }}`;
						const paths = answerEverything();
						let result: Awaited<ReturnType<typeof runIntercom>> | undefined;
						let refusedByN8n: Error | undefined;
						try {
							result = await runIntercom(
								{ ...parameters, [p.name]: p.type === 'resourceLocator' ? byId(value) : value },
								{ input: [{}, {}], continueOnFail: true },
							);
						} catch (error) {
							// n8n itself refuses a literal that fails the picker's ID pattern before the node runs.
							refusedByN8n = error as Error;
						} finally {
							nock.cleanAll();
						}
						if (refusedByN8n) {
							expect(form).toBe('literal');
							expect(p.type).toBe('resourceLocator');
							expect(refusedByN8n.message).toMatch(/has issues[\s\S]*Not a valid/);
							expect(paths).toEqual([]);
							continue;
						}
						if (!result) throw new Error('no result');
						if (paths.length === 0) {
							// Refused: one error item per input item, naming the field and the item.
							expect(result.items).toHaveLength(2);
							result.items.forEach((item, index) => {
								expect(item.pairedItem).toEqual({ item: index });
								expect(String(item.json.error)).toContain(fieldName(p));
								expect(String(item.json.error)).toContain(`(item ${index})`);
							});
						} else {
							// Sent: only as one segment, which decodes to the value itself.
							expect(p.type).not.toBe('resourceLocator');
							for (const path of paths) {
								const segments = path.split(' ')[1].split('/');
								expect(segments.map((s) => decodeURIComponent(s))).toContain(hostile);
								expect(segments.every((s) => unsafePathReason(`/${s}`) === undefined)).toBe(true);
							}
							expect(result.items.every((item) => item.json.error === undefined)).toBe(true);
						}
					}
				});
			}
		}
	},
);

describe('path segments › the path builder and the transport check', () => {
	it.each(
		HOSTILE.filter((v) => v.split(/[/\\]/).some((part) => /^\.+$/.test(part)) || v === '%2e%2e'),
	)('apiPath refuses %j', (value) => {
		expect(() => apiPath`/contacts/${value}`).toThrow(UnsafePathError);
	});

	it.each([
		['x?y=1', 'x%3Fy%3D1'],
		['x#f', 'x%23f'],
		['a b', 'a%20b'],
		['a/b', 'a%2Fb'],
		['%41', '%2541'],
	])('apiPath encodes %j as the one segment %s', (value, encoded) => {
		expect(apiPath`/contacts/find_by_external_id/${value}`).toBe(
			`/contacts/find_by_external_id/${encoded}`,
		);
		expect(pathSegment(value)).toBe(encoded);
	});

	it.each([
		'/contacts/..',
		'/contacts/.',
		'/contacts/%2e%2e/x',
		'/contacts/%252e%252e',
		'/a/../b',
		'/x?y=1',
		'/x#f',
		'/a\\b',
		'//evil.example',
		'contacts',
		'/a//b',
	])('the transport refuses the path %s', (path) => {
		expect(unsafePathReason(path)).toBeDefined();
	});

	it.each([
		'/',
		'/contacts',
		'/contacts/',
		'/contacts/abc/tags/17',
		'/contacts/find_by_external_id/a%2Fb',
	])('the transport sends the path %s', (path) => {
		expect(unsafePathReason(path)).toBeUndefined();
	});
});

describe('path segments › coverage', () => {
	it('every operation with an ID in its path was tried', () => {
		// Runs after the suites above (Jest runs describe blocks in order).
		for (const name of [
			'contact.removeTag',
			'contact.detachCompany',
			'contact.update',
			'contact.getByExternalId',
			'company.delete',
			'tag.delete',
			'conversation.removeTag',
			'ticket.removeTag',
			'note.get',
			'dataAttribute.update',
		]) {
			expect(withPathIds).toContain(name);
		}
		expect(withPathIds.size).toBeGreaterThanOrEqual(45);
	});
});
