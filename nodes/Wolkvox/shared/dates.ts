/**
 * Wolkvox dates, without I/O. The API takes and returns wall-clock time of the operation's time zone
 * (`date_ini=YYYYmmddHHiiss`, hours as `YYYYMMDDHH`, timestamps as `YYYY-MM-DD HH:MM:SS`), and refuses
 * ranges over 31 days. Zones are handled with Intl so the node needs no date library at run time.
 */

import { LIMITS } from './limits';

/** A wall-clock time with no zone, as its fields (month 1–12). */
export interface WallTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

/** A date the user gave that cannot be used; the caller turns it into a NodeOperationError. */
export class DateInputError extends Error {}

const SECOND = 1000;
const DAY = 86_400 * SECOND;
export const MAX_RANGE_DAYS = LIMITS.daysPerRange;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	const formatter = formatters.get(timeZone) ?? newFormatter(timeZone);
	if (!formatter) throw new DateInputError(`Unknown time zone "${timeZone}": use an IANA name such as America/Bogota`);
	formatters.set(timeZone, formatter);
	return formatter;
}

function newFormatter(timeZone: string): Intl.DateTimeFormat | undefined {
	try {
		return new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
	} catch {
		return undefined;
	}
}

/** Checks a zone name once, so a bad credential fails before anything is sent. */
export function assertTimeZone(timeZone: string): void {
	formatterFor(timeZone);
}

/** Wall time as milliseconds on a zone-less (UTC) axis: day arithmetic without DST surprises. */
function wallToAxis(wall: WallTime): number {
	return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

function axisToWall(ms: number): WallTime {
	const d = new Date(ms);
	return {
		year: d.getUTCFullYear(),
		month: d.getUTCMonth() + 1,
		day: d.getUTCDate(),
		hour: d.getUTCHours(),
		minute: d.getUTCMinutes(),
		second: d.getUTCSeconds(),
	};
}

/** The wall time in `timeZone` at an instant. */
export function wallAt(instant: number, timeZone: string): WallTime {
	const parts: Record<string, number> = {};
	for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
		if (part.type !== 'literal') parts[part.type] = Number(part.value);
	}
	return {
		year: parts.year,
		month: parts.month,
		day: parts.day,
		hour: parts.hour,
		minute: parts.minute,
		second: parts.second,
	};
}

/** Offset of `timeZone` from UTC at an instant, in minutes (Bogota: -300). */
function offsetAt(instant: number, timeZone: string): number {
	const wholeSecond = Math.floor(instant / SECOND) * SECOND;
	return Math.round((wallToAxis(wallAt(wholeSecond, timeZone)) - wholeSecond) / 60_000);
}

/** The instant at which `timeZone` shows `wall` (the earlier one when a DST fold repeats it). */
export function instantOf(wall: WallTime, timeZone: string): number {
	const axis = wallToAxis(wall);
	// The zone's offsets a day before and after: at a fold both name this wall, and the earlier wins.
	let earliest = Infinity;
	for (const offset of [offsetAt(axis - DAY, timeZone), offsetAt(axis + DAY, timeZone)]) {
		const candidate = axis - offset * 60_000;
		if (offsetAt(candidate, timeZone) === offset) earliest = Math.min(earliest, candidate);
	}
	if (earliest !== Infinity) return earliest;
	// A wall the zone skips (spring forward): the two-pass guess lands just after the gap.
	let instant = axis - offsetAt(axis, timeZone) * 60_000;
	// A second pass settles walls near a DST change, where the first guess used the other offset.
	instant = axis - offsetAt(instant, timeZone) * 60_000;
	return instant;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYmmddHHiiss`, the form of `date_ini` and `date_end`. */
export function formatWolkvox(wall: WallTime): string {
	return `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`;
}

function isRealWall(wall: WallTime): boolean {
	const back = axisToWall(wallToAxis(wall));
	return (
		wall.hour < 24 &&
		wall.minute < 60 &&
		wall.second < 60 &&
		back.year === wall.year &&
		back.month === wall.month &&
		back.day === wall.day
	);
}

/** Reads a `YYYYmmddHHiiss` (or shorter, `YYYYMMDDHH`, `YYYYMMDD`) digit string; undefined if it is none. */
export function parseWolkvox(value: string): WallTime | undefined {
	const m = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$/.exec(value.trim());
	if (!m) return undefined;
	const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
	const wall = { year, month, day, hour, minute, second };
	return isRealWall(wall) ? wall : undefined;
}

const ISO_LIKE =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** An ISO 8601-like string: its wall fields and, when it names one, its offset in minutes. */
function parseIsoLike(value: string): { wall: WallTime; offset?: number } | undefined {
	const m = ISO_LIKE.exec(value.trim());
	if (!m) return undefined;
	const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => Number(v ?? 0));
	const wall = { year, month, day, hour, minute, second };
	if (!isRealWall(wall)) return undefined;
	const zone = m[7];
	if (zone === undefined) return { wall };
	if (zone.toUpperCase() === 'Z') return { wall, offset: 0 };
	const sign = zone.startsWith('-') ? -1 : 1;
	const digits = zone.slice(1).replace(':', '');
	return { wall, offset: sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) };
}

/** Luxon's DateTime (what `{{ $now }}` gives) without importing Luxon: anything with `toISO()`. */
function isDateTimeLike(value: unknown): value is { toISO: () => string | null } {
	return typeof value === 'object' && value !== null && typeof (value as { toISO?: unknown }).toISO === 'function';
}

/**
 * The wall time in `timeZone` that a user-given date means.
 * - A 14-digit `YYYYmmddHHiiss` string is already Wolkvox's form and is used as is.
 * - A value that pins an instant (ISO with `Z`/`±hh:mm`, a Date, a Luxon DateTime) is converted.
 * - An ISO value without an offset (what n8n's date picker gives) is wall time in `timeZone`.
 */
export function toWall(value: unknown, timeZone: string, label = 'Date'): WallTime {
	assertTimeZone(timeZone);
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) throw new DateInputError(`${label} is not a valid date`);
		return wallAt(value.getTime(), timeZone);
	}
	if (isDateTimeLike(value)) return toWall(value.toISO() ?? '', timeZone, label);
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
		throw new DateInputError(`${label} is empty: give a date such as 2026-11-01T00:00:00 or 20261101000000`);
	}
	if (typeof value !== 'string') {
		// An epoch number could be seconds or milliseconds: the user must say which.
		const what = Array.isArray(value)
			? 'a list'
			: typeof value === 'number'
				? `the number ${value}`
				: typeof value === 'object'
					? 'an object'
					: `a ${typeof value}`;
		throw new DateInputError(
			`${label} is ${what}, not a date: give a text date such as 2026-11-01T00:00:00 or 20261101000000, or a DateTime (from epoch milliseconds: {{ DateTime.fromMillis(value) }})`,
		);
	}
	if (/^\d{14}$/.test(value.trim())) {
		const wall = parseWolkvox(value);
		if (wall) return wall;
	} else {
		const iso = parseIsoLike(value);
		if (iso) {
			if (iso.offset === undefined) return iso.wall;
			return wallAt(wallToAxis(iso.wall) - iso.offset * 60_000, timeZone);
		}
	}
	throw new DateInputError(
		`${label} "${value}" is not a date: use ISO 8601 (2026-11-01T08:00:00, optionally with Z or an offset) or Wolkvox's YYYYmmddHHiiss (20261101080000)`,
	);
}

/**
 * The last second an End Date means. n8n's date picker gives a day at 00:00:00 without an offset, so
 * such a value (the picker's form, `2026-11-26T00:00:00` or `2026-11-26`, typed or from an expression)
 * means that whole day, through 23:59:59. Any other value is the moment it names: an end at midnight
 * itself is written with an offset (`2026-11-26T00:00:00-05:00`) or as `20261126000000`.
 */
export function toEndWall(value: unknown, timeZone: string, label = 'End Date'): WallTime {
	const wall = toWall(value, timeZone, label);
	const iso = typeof value === 'string' && !/^\d{14}$/.test(value.trim()) ? parseIsoLike(value) : undefined;
	const pickedDay = iso !== undefined && iso.offset === undefined && wall.hour === 0 && wall.minute === 0 && wall.second === 0;
	return pickedDay ? { ...wall, hour: 23, minute: 59, second: 59 } : wall;
}

/** A range of wall time the API is asked for, both ends included; formatted only where a request is built. */
export interface DateWindow {
	start: WallTime;
	end: WallTime;
}

/** Whether wall time `a` comes before `b` (zone-less: the wall clock's own order). */
export function isEarlier(a: WallTime, b: WallTime): boolean {
	return wallToAxis(a) < wallToAxis(b);
}

/**
 * Splits [start, end] (inclusive wall times) into consecutive windows the API accepts.
 * Windows after the first start at midnight, so hourly and daily rows never straddle a seam:
 * each row comes from exactly one window, with no gap between them.
 */
export function splitRange(start: WallTime, end: WallTime, maxDays = MAX_RANGE_DAYS): DateWindow[] {
	let from = wallToAxis(start);
	const to = wallToAxis(end);
	if (from > to) {
		throw new DateInputError(`Start date ${formatWolkvox(start)} is after end date ${formatWolkvox(end)}`);
	}
	const windows: DateWindow[] = [];
	for (;;) {
		const lastSecond = Math.floor(from / DAY) * DAY + maxDays * DAY - SECOND;
		if (to <= lastSecond) {
			windows.push({ start: axisToWall(from), end: axisToWall(to) });
			return windows;
		}
		windows.push({ start: axisToWall(from), end: axisToWall(lastSecond) });
		from = lastSecond + SECOND;
	}
}

/** An offset from UTC in minutes as ISO 8601 writes it: `Z`, `-05:00`. */
export function formatOffset(minutes: number): string {
	if (minutes === 0) return 'Z';
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The calendar day of a wall time, `2026-11-01`. */
export function formatDay(wall: WallTime): string {
	return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** Offsets of whole wall hours, per zone, keyed by a number per hour; NaN where the offset changes inside the hour. */
const hourOffsets = new Map<string, Map<number, number>>();

const exactOffset = (wall: WallTime, timeZone: string) => offsetAt(instantOf(wall, timeZone), timeZone);

/**
 * The offset every second of a wall hour has, in minutes, or NaN when it changes inside the hour. A
 * report has thousands of timestamps and Intl is slow, so each hour is looked up once (offsets do not
 * change twice in one hour).
 */
export function hourOffset(year: number, month: number, day: number, hour: number, timeZone: string): number {
	let offsets = hourOffsets.get(timeZone);
	if (!offsets) {
		offsets = new Map();
		hourOffsets.set(timeZone, offsets);
	}
	const key = ((year * 12 + month) * 31 + day) * 24 + hour;
	let offset = offsets.get(key);
	if (offset === undefined) {
		const first = exactOffset({ year, month, day, hour, minute: 0, second: 0 }, timeZone);
		offset = first === exactOffset({ year, month, day, hour, minute: 59, second: 59 }, timeZone) ? first : NaN;
		if (offsets.size >= 50_000) offsets.clear();
		offsets.set(key, offset);
	}
	return offset;
}

/** The zone's offset from UTC at a wall time, in minutes: the hour's, or second by second in an hour with a change. */
export function wallOffset(wall: WallTime, timeZone: string): number {
	const offset = hourOffset(wall.year, wall.month, wall.day, wall.hour, timeZone);
	return Number.isNaN(offset) ? exactOffset(wall, timeZone) : offset;
}

/** ISO 8601 with the zone's offset at that wall time: `2026-11-01T13:00:00-05:00`. */
export function toIso(wall: WallTime, timeZone: string): string {
	const offset = wallOffset(wall, timeZone);
	return (
		`${formatDay(wall)}` +
		`T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${formatOffset(offset)}`
	);
}

/** The instant an ISO 8601 text with an offset names (what toIso gives), without Intl; undefined without an offset. */
export function instantOfIso(value: string): number | undefined {
	const iso = parseIsoLike(value);
	return iso?.offset === undefined ? undefined : wallToAxis(iso.wall) - iso.offset * 60_000;
}

/** A Wolkvox timestamp (`YYYY-MM-DD HH:MM:SS`, or the digit forms) as wall time; undefined if unreadable. */
export function parseWolkvoxTimestamp(value: string): WallTime | undefined {
	const iso = parseIsoLike(value);
	if (iso && iso.offset === undefined) return iso.wall;
	return parseWolkvox(value);
}

/** Named periods beside custom dates; values are saved in workflows. */
export const PERIODS = [
	{ value: 'today', name: 'Today', description: 'From midnight to the end of today' },
	{ value: 'yesterday', name: 'Yesterday', description: 'The whole of yesterday' },
	{ value: 'last7Days', name: 'Last 7 Days', description: 'The 7 whole days before today' },
	{ value: 'thisMonth', name: 'This Month', description: 'From the 1st to the end of today' },
	{ value: 'lastMonth', name: 'Last Month', description: 'The whole previous month' },
] as const;

export type Period = (typeof PERIODS)[number]['value'];

/**
 * Period's default, a saved workflow's behaviour as every default is: version 1 nodes keep
 * `custom`; from version 2 a node left alone runs yesterday, a whole day that is over, so the
 * first Execute returns its rows and gives the same rows when run again that day.
 */
export function defaultPeriod(typeVersion: number): Period | 'custom' {
	return typeVersion >= 2 ? 'yesterday' : 'custom';
}

/** The wall-time range a named period means at `now`, in the operation's zone. */
export function periodRange(period: Period, now: number, timeZone: string): { start: WallTime; end: WallTime } {
	const today = wallAt(now, timeZone);
	const midnight = Date.UTC(today.year, today.month - 1, today.day);
	const monthStart = Date.UTC(today.year, today.month - 1, 1);
	const previousMonthStart = Date.UTC(today.year, today.month - 2, 1);
	const [from, to] = {
		today: [midnight, midnight + DAY - SECOND],
		yesterday: [midnight - DAY, midnight - SECOND],
		last7Days: [midnight - 7 * DAY, midnight - SECOND],
		thisMonth: [monthStart, midnight + DAY - SECOND],
		lastMonth: [previousMonthStart, monthStart - SECOND],
	}[period];
	return { start: axisToWall(from), end: axisToWall(to) };
}

/**
 * Splits a window in two halves that share no second: each row of the window falls in exactly
 * one of them. Undefined for a window of one second, which cannot be narrowed.
 */
export function halveWindow(window: DateWindow): [DateWindow, DateWindow] | undefined {
	const from = wallToAxis(window.start);
	const to = wallToAxis(window.end);
	if (to <= from) return undefined;
	const middle = from + Math.ceil((to - from) / 2 / SECOND) * SECOND;
	return [
		{ start: window.start, end: axisToWall(middle - SECOND) },
		{ start: axisToWall(middle), end: window.end },
	];
}
