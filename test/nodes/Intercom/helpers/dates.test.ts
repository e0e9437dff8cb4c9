import { DateTime } from 'luxon';

import { unixSeconds } from '../../../../nodes/Intercom/helpers/dates';

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

	it.each([['soon'], [''], [NaN], [{}], [null], [undefined], [new Date('x')], ['2026-13-45T99:00']])(
		'%p is not a date',
		(value) => {
			expect(unixSeconds(value, 'UTC')).toBeUndefined();
		},
	);
});
