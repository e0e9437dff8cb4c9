/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test-only: reads the committed OpenAPI snapshot */
import * as fs from 'node:fs';

import {
	HELP_CENTER_LOCALES,
	absoluteUrl,
	groupTranslatedContent,
} from '../../../../nodes/Intercom/helpers/helpCenter';
import { SNAPSHOT_PATH } from '../../../../sandbox/openapi';

const schemas = (
	JSON.parse(fs.readFileSync(SNAPSHOT_PATH, 'utf8')) as {
		components: { schemas: Record<string, { properties: Record<string, unknown> }> };
	}
).components.schemas;

describe('helpers › helpCenter', () => {
	it('offers exactly the locales of the spec’s translated content, sorted by name', () => {
		const codes = HELP_CENTER_LOCALES.map((l) => l.value);
		const specLocales = (name: string) =>
			Object.keys(schemas[name].properties).filter((key) => key !== 'type');
		expect([...codes].sort()).toEqual(specLocales('group_translated_content').sort());
		expect([...codes].sort()).toEqual(specLocales('article_translated_content').sort());
		const names = HELP_CENTER_LOCALES.map((l) => l.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});

	it('builds translated_content per locale, trimmed, leaving out empty texts', () => {
		expect(groupTranslatedContent(undefined)).toBeUndefined();
		expect(groupTranslatedContent([])).toBeUndefined();
		expect(
			groupTranslatedContent([
				{ locale: 'fr', name: ' Facturation ', description: '' },
				{ locale: ' zh-TW ', description: '帳單' },
			]),
		).toEqual({ fr: { name: 'Facturation' }, 'zh-TW': { description: '帳單' } });
	});

	it.each([
		[[{ name: 'A' }], 'Translations › Locale: is empty. Choose a locale'],
		[
			[{ locale: 'FR', name: 'A' }],
			'Translations › Locale: "FR" is not one of Intercom\'s Help Center locales',
		],
		[[{ locale: 'fr', name: { a: 1 } }], 'Translations › fr › Name: got an object, expected text'],
	])('refuses bad translations: %j', (entries, message) => {
		expect(() => groupTranslatedContent(entries)).toThrow(message);
	});

	it.each([
		['https://help.example.com/en/articles/1-old', 'https://help.example.com/en/articles/1-old'],
		[' http://intercom.help/acme/old?x=1 ', 'http://intercom.help/acme/old?x=1'],
	])('takes the absolute URL %j', (value, url) => {
		expect(absoluteUrl('From URL', value)).toBe(url);
	});

	it.each([
		'help.example.com/old',
		'mailto:a@example.com',
		'https://',
		'javascript:alert(1)',
		'https://a b.com',
	])('refuses %j as a URL', (value) => {
		expect(() => absoluteUrl('From URL', value)).toThrow(/^From URL: ".*" is not a valid URL/);
	});
});
