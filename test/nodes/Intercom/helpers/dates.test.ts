import { DateTime } from 'luxon';

import { readDate, unixSeconds } from '../../../../nodes/Intercom/helpers/dates';

const utc = (iso: string) => Date.parse(iso) / 1000;

describe('helpers › unixSeconds', () => {
	it.each([
		[1769860800, 1769860800],
		[1769860800123, 1769860800],
		['1769860800', 1769860800],
		['2026-01-31T12:00:00Z', utc('2026-01-31T12:00:00Z')],
		['2026-01-31T12:00:00+02:00', utc('2026-01-31T10:00:00Z')],
		[new Date('2026-01-31T12:00:00Z'), utc('2026-01-31T12:00:00Z')],
		[DateTime.fromISO('2026-01-31T12:00:00', { zone: 'Asia/Tokyo' }), utc('2026-01-31T03:00:00Z')],
		[0, 0],
		['0', 0],
		[' 2026-01-31T12:00:00Z ', utc('2026-01-31T12:00:00Z')],
		['2026-01-31t12:00:00z', utc('2026-01-31T12:00:00Z')],
		['2026-01-31T12:00:00.123456Z', utc('2026-01-31T12:00:00Z')],
		['2026-01-31T12:00:00,5Z', utc('2026-01-31T12:00:00Z')],
		['2026-01-31T17:30:00+0530', utc('2026-01-31T12:00:00Z')],
		['2026-01-31T14:00+02', utc('2026-01-31T12:00:00Z')],
		['2026-01-31T07:00:00-05:00', utc('2026-01-31T12:00:00Z')],
		['2024-02-29T00:00:00Z', utc('2024-02-29T00:00:00Z')],
	])('%p → %p (zone-independent)', (value, expected) => {
		expect(unixSeconds(value, 'Europe/Berlin')).toBe(expected);
		expect(unixSeconds(value, 'America/New_York')).toBe(expected);
	});

	it.each([
		['2026-01-31T12:00:00', 'Europe/Berlin', '2026-01-31T11:00:00Z'],
		['2026-07-31T12:00:00', 'Europe/Berlin', '2026-07-31T10:00:00Z'],
		['2026-01-31', 'America/New_York', '2026-01-31T05:00:00Z'],
		['2026-01-31 08:30', 'Asia/Kolkata', '2026-01-31T03:00:00Z'],
		['2026-03-08T03:30:00', 'America/New_York', '2026-03-08T07:30:00Z'],
		['2026-01-31T12:00:00.250', 'UTC', '2026-01-31T12:00:00Z'],
		['2026-01-31T12:00:00', 'Not/AZone', '2026-01-31T12:00:00Z'],
	])('a date without a zone (%s) is read in the workflow timezone %s', (value, zone, expected) => {
		expect(unixSeconds(value, zone)).toBe(utc(expected));
	});

	it.each([
		['soon'],
		[''],
		[NaN],
		[{}],
		[null],
		[undefined],
		[new Date('x')],
		['2026-13-45T99:00'],
	])('%p is not a date', (value) => {
		expect(unixSeconds(value, 'UTC')).toBeUndefined();
	});

	// What Date.parse used to guess at: "March 7" was 2001-03-07, "-1" 2001-01-01, "0x10" 16.
	it.each([
		['March 7'],
		['-1'],
		[-1],
		['0x10'],
		['1e9'],
		[Infinity],
		['Sat, 31 Jan 2026 12:00:00 GMT'],
		['Sat Jan 31 2026 12:00:00 GMT+0000'],
		['2026/01/31'],
		['01/31/2026'],
		['31.01.2026'],
		['2026-1-31'],
		['2026-0131'],
		['2026-01-31Z'],
		['2026-01-31T12'],
		['2026-01-31T12:00:00 +02:00'],
		['2026-W05-6'],
		[true],
		[[1769860800]],
		[DateTime.fromISO('not a date')],
	])('%p is not a date (nothing is guessed at)', (value) => {
		expect(unixSeconds(value, 'UTC')).toBeUndefined();
		expect(readDate(value, 'UTC')).toBe('not a date');
	});

	it.each([
		['2026-02-30'],
		['2026-02-29'],
		['2026-04-31T10:00:00Z'],
		['2026-00-10'],
		['2026-12-00'],
		['2026-01-31T24:00:00'],
		['2026-01-31T12:60:00Z'],
		['2026-01-31T12:00:60Z'],
		['2026-01-31T12:00:00+24:00'],
		['2026-01-31T12:00:00+02:60'],
	])(
		'%p has the shape of a date but no such day or time exists: refused, not rolled over',
		(value) => {
			expect(unixSeconds(value, 'UTC')).toBeUndefined();
			expect(readDate(value, 'UTC')).toBe('not a calendar date');
		},
	);
});
