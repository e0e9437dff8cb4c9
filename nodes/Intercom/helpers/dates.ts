/**
 * Dates as Intercom takes them (Unix seconds), from what n8n hands a node: numbers (seconds, or
 * milliseconds when that large), ISO strings with a zone, Luxon DateTimes and JS Dates from
 * expressions, and the editor's date picker values, which carry no zone and mean the workflow's
 * timezone.
 */

/** ISO date or date-time without a zone designator, as n8n's date picker saves it. */
const NAIVE_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;

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
	const wallClockAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
	return wallClockAsUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The instant at which the wall clock of `timeZone` shows the given date and time. */
function fromWallClock(fields: number[], timeZone: string): number {
	const [year, month, day, hour, minute, second, ms] = fields;
	const guess = Date.UTC(year, month - 1, day, hour, minute, second, ms);
	const first = guess - zoneOffsetMs(guess, timeZone);
	// Around a DST change the offset at the result can differ from the one at the guess.
	return guess - zoneOffsetMs(first, timeZone);
}

/** Unix seconds, or undefined when `value` is not a date. */
export function unixSeconds(value: unknown, timeZone: string): number | undefined {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return undefined;
		return value > 1e11 ? Math.floor(value / 1000) : Math.floor(value);
	}
	if (value instanceof Date) {
		const ms = value.getTime();
		return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
	}
	if (value && typeof value === 'object' && typeof (value as { toSeconds?: unknown }).toSeconds === 'function') {
		const seconds = (value as { toSeconds: () => number }).toSeconds();
		return Number.isFinite(seconds) ? Math.floor(seconds) : undefined;
	}
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (!text) return undefined;
	if (/^\d+(\.\d+)?$/.test(text)) return unixSeconds(Number(text), timeZone);
	const naive = NAIVE_ISO.exec(text);
	if (naive) {
		const fields = naive.slice(1).map((part, index) =>
			part === undefined ? 0 : index === 6 ? Number(part.padEnd(3, '0')) : Number(part),
		);
		const [year, month, day, hour, minute, second] = fields;
		const check = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
		if (
			check.getUTCFullYear() !== year ||
			check.getUTCMonth() !== month - 1 ||
			check.getUTCDate() !== day ||
			check.getUTCHours() !== hour ||
			check.getUTCMinutes() !== minute ||
			check.getUTCSeconds() !== second
		) {
			return undefined;
		}
		let zone = timeZone;
		try {
			new Intl.DateTimeFormat('en-US', { timeZone: zone });
		} catch {
			zone = 'UTC';
		}
		return Math.floor(fromWallClock(fields, zone) / 1000);
	}
	const ms = Date.parse(text);
	return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}
