/**
 * Dates as Intercom takes them (Unix seconds), from what n8n hands a node: Unix seconds (numbers,
 * or milliseconds when that large; digit strings), ISO 8601 strings with or without a zone, Luxon
 * DateTimes and JS Dates from expressions. The editor's date picker saves ISO date-times without a
 * zone, which mean the workflow's timezone. Nothing else is guessed at: "March 7", "-1", "0x10" or
 * 30 February are not dates.
 */

/**
 * ISO 8601 in its extended format: a date, or a date and time (`T` or a space between them) with
 * optional seconds, fraction and zone (`Z`, `±hh`, `±hhmm` or `±hh:mm`).
 */
const ISO_8601 =
	/^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

/** Unix seconds as text: digits, with an optional fraction (dropped). */
const UNIX_SECONDS_TEXT = /^\d+(?:\.\d+)?$/;

/** Numbers above this are taken as milliseconds (as seconds, they would be after the year 5000). */
const MILLISECONDS_FROM = 1e11;

/** What a date reading gives: Unix seconds, or why the value is not a date. */
export type DateReading = number | 'not a date' | 'not a calendar date';

/** The epoch milliseconds of a UTC wall clock (years below 100 included, unlike Date.UTC). */
function utcMs(
	year: number,
	month: number,
	day: number,
	hour = 0,
	minute = 0,
	second = 0,
	ms = 0,
): number {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	date.setUTCHours(hour, minute, second, ms);
	return date.getTime();
}

/** Offset of `timeZone` from UTC at the instant `epochMs`, in milliseconds. */
function zoneOffsetMs(epochMs: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(epochMs));
	const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
	const wallClockAsUtc = utcMs(
		part('year'),
		part('month'),
		part('day'),
		part('hour'),
		part('minute'),
		part('second'),
	);
	return wallClockAsUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The instant at which the wall clock of `timeZone` shows the given date and time. */
function fromWallClock(fields: number[], timeZone: string): number {
	const [year, month, day, hour, minute, second, ms] = fields;
	const guess = utcMs(year, month, day, hour, minute, second, ms);
	const first = guess - zoneOffsetMs(guess, timeZone);
	// Around a DST change the offset at the result can differ from the one at the guess.
	return guess - zoneOffsetMs(first, timeZone);
}

function daysInMonth(year: number, month: number): number {
	return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

/** A Luxon DateTime (n8n's `$now`, `DateTime.fromISO(…)`), recognised by shape. */
export function isDateTime(value: unknown): value is { isValid: boolean; toSeconds: () => number } {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as { toSeconds?: unknown }).toSeconds === 'function' &&
		typeof (value as { isValid?: unknown }).isValid === 'boolean'
	);
}

function fromIso(text: string, timeZone: string): DateReading | undefined {
	const match = ISO_8601.exec(text);
	if (!match) return undefined;
	const [year, month, day, hour, minute, second] = match
		.slice(1, 7)
		.map((part) => (part === undefined ? 0 : Number(part)));
	const ms = match[7] === undefined ? 0 : Number(match[7].slice(0, 3).padEnd(3, '0'));
	const offsetHours = match[10] === undefined ? 0 : Number(match[10]);
	const offsetMinutes = match[11] === undefined ? 0 : Number(match[11]);
	if (
		month < 1 ||
		month > 12 ||
		day < 1 ||
		day > daysInMonth(year, month) ||
		hour > 23 ||
		minute > 59 ||
		second > 59 ||
		offsetHours > 23 ||
		offsetMinutes > 59
	) {
		return 'not a calendar date';
	}
	if (match[8] !== undefined || match[9] !== undefined) {
		const sign = match[9] === '-' ? -1 : 1;
		const utc =
			utcMs(year, month, day, hour, minute, second, ms) -
			sign * (offsetHours * 60 + offsetMinutes) * 60_000;
		return Math.floor(utc / 1000);
	}
	let zone = timeZone;
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
	} catch {
		zone = 'UTC';
	}
	return Math.floor(fromWallClock([year, month, day, hour, minute, second, ms], zone) / 1000);
}

/** Reads a date as Unix seconds; says why when `value` is not one. */
export function readDate(value: unknown, timeZone: string): DateReading {
	if (typeof value === 'number') {
		if (!Number.isFinite(value) || value < 0) return 'not a date';
		return value > MILLISECONDS_FROM ? Math.floor(value / 1000) : Math.floor(value);
	}
	if (value instanceof Date) {
		const ms = value.getTime();
		return Number.isNaN(ms) ? 'not a date' : Math.floor(ms / 1000);
	}
	if (isDateTime(value)) {
		const seconds = value.isValid ? value.toSeconds() : Number.NaN;
		return Number.isFinite(seconds) ? Math.floor(seconds) : 'not a date';
	}
	if (typeof value !== 'string') return 'not a date';
	const text = value.trim();
	if (UNIX_SECONDS_TEXT.test(text)) return readDate(Number(text), timeZone);
	return fromIso(text, timeZone) ?? 'not a date';
}

/** Unix seconds, or undefined when `value` is not a date. */
export function unixSeconds(value: unknown, timeZone: string): number | undefined {
	const reading = readDate(value, timeZone);
	return typeof reading === 'number' ? reading : undefined;
}
