/**
 * The user-facing lists of operations stay true to the node: docs/operations.md has a section per
 * resource with a row per operation (its name and value), and the README's "Resources and
 * operations" names every operation of every resource, in the order of the Operation selector.
 */
/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test-only: reads README.md and docs/operations.md from the project */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { resources } from '../../nodes/Intercom/actions/resources';

const root = path.resolve(__dirname, '../..');
const operationsMd = fs.readFileSync(path.join(root, 'docs/operations.md'), 'utf8');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

/** The text between a `## heading` line and the next `## ` line (undefined if there is none). */
function section(markdown: string, heading: string): string | undefined {
	const lines = markdown.split('\n');
	const start = lines.indexOf(`## ${heading}`);
	if (start < 0) return undefined;
	const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
	return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

function optionsOf(resource: string): INodePropertyOptions[] {
	const { description } = resources[resource as keyof typeof resources];
	const selector = (description as INodeProperties[]).find((p) => p.name === 'operation');
	return (selector?.options ?? []) as INodePropertyOptions[];
}

const entries = Object.entries(resources).map(([value, entry]) => ({
	value,
	name: entry.name,
	options: optionsOf(value),
}));

describe('docs › the lists of operations', () => {
	it('reads every resource with at least one operation', () => {
		expect(entries.length).toBeGreaterThanOrEqual(15);
		for (const entry of entries) expect(entry.options.length).toBeGreaterThan(0);
	});

	it.each(entries)('docs/operations.md: $name has a row per operation', ({ name, options }) => {
		const text = section(operationsMd, name);
		expect(text).toBeDefined();
		const rows = [...(text ?? '').matchAll(/^\| ([^|]+?) \| `([^`]+)` \|/gm)].map((m) => [
			m[1],
			m[2],
		]);
		expect(rows.sort()).toEqual(options.map((o) => [o.name, String(o.value)]).sort());
	});

	it('README: "Resources and operations" names every operation of every resource', () => {
		const text = section(readme, 'Resources and operations') ?? '';
		const listed = new Map(
			[...text.matchAll(/^- \*\*([^*]+)\*\*: (.+)$/gm)].map((m) => [m[1], m[2].split(', ')]),
		);
		expect([...listed.keys()].sort()).toEqual(entries.map((e) => e.name).sort());
		for (const { name, options } of entries) {
			expect([name, listed.get(name)]).toEqual([name, options.map((o) => o.name)]);
		}
		const total = entries.reduce((sum, e) => sum + e.options.length, 0);
		expect(text).toMatch(new RegExp(`^${total} operations\\.`, 'm'));
	});
});
