import { DateTime } from 'luxon';

import {
	Refusal,
	asBoolean,
	asEmail,
	asNumber,
	asOption,
	asText,
	asUnixSeconds,
	describeValue,
	isBlank,
} from '../../../../nodes/Intercom/helpers/values';

/** The refusal's message; fails the test when the reader took the value. */
function refusal(read: () => unknown): string {
	const result = read();
	expect(result).toBeInstanceOf(Refusal);
	return (result as Refusal).message;
}

const DATE = 'a date: ISO 8601 such as 2026-01-31 or 2026-01-31T12:00:00Z, or Unix seconds';

describe('helpers › values › describeValue names the type', () => {
	it.each([
		[undefined, 'nothing'],
		[null, 'null'],
		['', 'empty text'],
		['  ', 'empty text'],
		['abc', 'text "abc"'],
		['x'.repeat(50), `text "${'x'.repeat(40)}…"`],
		[2.5, 'the number 2.5'],
		[NaN, 'the number NaN'],
		[true, 'the boolean true'],
		[[1, 2], 'an array'],
		[{ a: 1 }, 'an object'],
		[new Date('2026-01-31T12:00:00Z'), 'a JS Date'],
		[new Date('x'), 'an invalid JS Date'],
		[DateTime.fromISO('2026-01-31'), 'a DateTime'],
		[DateTime.fromISO('nope'), 'an invalid DateTime'],
	])('%p → %s', (value, described) => {
		expect(describeValue(value)).toBe(described);
	});
});

describe('helpers › values › isBlank', () => {
	it('absent and blank text are blank; null, 0 and false are values', () => {
		expect([undefined, '', '  '].map(isBlank)).toEqual([true, true, true]);
		expect([null, 0, false, 'a'].map(isBlank)).toEqual([false, false, false, false]);
	});
});

describe('helpers › values › asText', () => {
	it('takes text as given and a finite number as its decimal text', () => {
		expect(asText(' Ada ')).toBe(' Ada ');
		expect(asText(353871234567)).toBe('353871234567');
		expect(asText(0)).toBe('0');
	});

	it.each([
		[null, 'got null, expected text'],
		[{ a: 1 }, 'got an object, expected text'],
		[[1, 2], 'got an array, expected text'],
		[true, 'got the boolean true, expected text'],
		[NaN, 'got the number NaN, expected text'],
		[Infinity, 'got the number Infinity, expected text'],
		[undefined, 'got nothing, expected text'],
	])('refuses %p', (value, message) => {
		expect(refusal(() => asText(value))).toBe(message);
	});
});

describe('helpers › values › asEmail', () => {
	it.each([
		['ada@example.com', 'ada@example.com'],
		['  ada.lovelace+n8n@mail.example.co.uk ', 'ada.lovelace+n8n@mail.example.co.uk'],
		['root@localhost', 'root@localhost'],
	])('takes %p', (value, email) => {
		expect(asEmail(value)).toBe(email);
	});

	it.each([
		['not-an-email', 'got text "not-an-email"'],
		['a@', 'got text "a@"'],
		['@b', 'got text "@b"'],
		['a@b@c', 'got text "a@b@c"'],
		['a b@example.com', 'got text "a b@example.com"'],
		['ada@exa mple.com', 'got text "ada@exa mple.com"'],
		['ada@example..com', 'got text "ada@example..com"'],
		['ada@.example.com', 'got text "ada@.example.com"'],
		['ada@example.com.', 'got text "ada@example.com."'],
		['ada@exam\u0000ple.com', 'got text "ada@exam\\u0000ple.com"'],
		['', 'got empty text'],
		[null, 'got null'],
		[{ a: 1 }, 'got an object'],
		[['ada@example.com'], 'got an array'],
		[42, 'got the number 42'],
	])('refuses %p', (value, got) => {
		expect(refusal(() => asEmail(value))).toBe(
			`${got}, expected an email address such as name@example.com`,
		);
	});
});

describe('helpers › values › asNumber', () => {
	it.each([
		[10, 10],
		['10', 10],
		[' 10 ', 10],
		['-2.5', -2.5],
		['0', 0],
		[1e3, 1000],
	])('takes %p as %p', (value, n) => {
		expect(asNumber(value)).toBe(n);
	});

	it.each([
		['0x10'],
		['1e3'],
		[''],
		['  '],
		['NaN'],
		['Infinity'],
		['1,5'],
		['+5'],
		['.5'],
		['5.'],
		['1 000'],
		[NaN],
		[Infinity],
		[null],
		[true],
		[[1]],
		[{}],
	])('refuses %p', (value) => {
		expect(refusal(() => asNumber(value))).toBe(`got ${describeValue(value)}, expected a number`);
	});

	it('checks whole numbers and bounds, naming them', () => {
		expect(asNumber('3', { integer: true, min: 1 })).toBe(3);
		expect(refusal(() => asNumber(2.5, { integer: true, min: 1 }))).toBe(
			'got the number 2.5, expected a whole number of at least 1',
		);
		expect(refusal(() => asNumber('0', { integer: true, min: 1 }))).toBe(
			'got text "0", expected a whole number of at least 1',
		);
		expect(refusal(() => asNumber(-1, { integer: true, min: 0 }))).toBe(
			'got the number -1, expected a whole number of 0 or more',
		);
		expect(refusal(() => asNumber(51, { min: 1, max: 50 }))).toBe(
			'got the number 51, expected a number from 1 to 50',
		);
		expect(refusal(() => asNumber(9, { max: 5 }))).toBe(
			'got the number 9, expected a number of at most 5',
		);
		expect(refusal(() => asNumber('99999999999999999999', { integer: true }))).toBe(
			'got text "99999999999999999999", expected a whole number',
		);
	});
});

describe('helpers › values › asBoolean', () => {
	it.each([
		[true, true],
		[false, false],
		['true', true],
		[' FALSE ', false],
		['True', true],
	])('takes %p as %p', (value, b) => {
		expect(asBoolean(value)).toBe(b);
	});

	it.each([['yes'], ['1'], [''], [1], [0], [null], [{}], [['true']]])('refuses %p', (value) => {
		expect(refusal(() => asBoolean(value))).toBe(
			`got ${describeValue(value)}, expected true or false`,
		);
	});
});

describe('helpers › values › asOption', () => {
	it('takes one of the values exactly as the editor saves it', () => {
		expect(asOption('lead', ['user', 'lead'])).toBe('lead');
		expect(refusal(() => asOption('Lead', ['user', 'lead']))).toBe(
			'got text "Lead", expected one of "user", "lead"',
		);
		expect(refusal(() => asOption({}, ['user', 'lead']))).toBe(
			'got an object, expected one of "user", "lead"',
		);
	});
});

describe('helpers › values › asUnixSeconds', () => {
	it.each([
		['2026-01-31T12:00:00Z', 1769860800],
		['2026-01-31T13:00:00+01:00', 1769860800],
		['1769860800', 1769860800],
		[1769860800, 1769860800],
		[new Date('2026-01-31T12:00:00Z'), 1769860800],
		[DateTime.fromISO('2026-01-31T21:00:00', { zone: 'Asia/Tokyo' }), 1769860800],
	])('takes %p', (value, seconds) => {
		expect(asUnixSeconds(value, 'Europe/Berlin')).toBe(seconds);
	});

	it('reads a date without a zone in the given timezone', () => {
		expect(asUnixSeconds('2026-01-31T13:00:00', 'Europe/Berlin')).toBe(1769860800);
	});

	it.each([
		['March 7'],
		['-1'],
		[-1],
		['0x10'],
		[''],
		[null],
		[{}],
		[[1769860800]],
		[true],
		[DateTime.fromISO('nope')],
	])('refuses %p, naming its type', (value) => {
		expect(refusal(() => asUnixSeconds(value, 'UTC'))).toBe(
			`got ${describeValue(value)}, expected ${DATE}`,
		);
	});

	it('says when a date-shaped text is no real calendar date', () => {
		expect(refusal(() => asUnixSeconds('2026-02-30', 'UTC'))).toBe(
			'got text "2026-02-30", which is not a real calendar date and time',
		);
	});
});
