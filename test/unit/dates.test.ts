import { DateInputError, formatWolkvox, halveWindow, instantOf, instantOfIso, isEarlier, parseWolkvox, periodRange, splitRange, toEndWall, toIso, toWall, wallOffset } from '../../nodes/Wolkvox/shared/dates';
import type { DateWindow } from '../../nodes/Wolkvox/shared/dates';

const BOGOTA = 'America/Bogota';
const wolkvox = (value: unknown, zone = BOGOTA) => formatWolkvox(toWall(value, zone));

describe('toWall: what a user-given date means in the operation zone', () => {
	it.each([
		['ISO with Z is converted to the zone', '2026-11-01T05:00:00Z', '20261101000000'],
		['ISO with an offset is converted', '2026-11-01T08:30:00+02:00', '20261101013000'],
		['ISO with a compact offset is converted', '2026-11-01T08:30:00+0200', '20261101013000'],
		['ISO with milliseconds and Z', '2026-11-01T05:00:00.000Z', '20261101000000'],
		['ISO without offset is wall time in the zone', '2026-11-01T08:30:00', '20261101083000'],
		['a space instead of T, no offset', '2026-11-01 08:30:00', '20261101083000'],
		['a date alone is midnight in the zone', '2026-11-01', '20261101000000'],
		['14 digits are used as is', '20261101083015', '20261101083015'],
	])('%s', (_label, input, expected) => {
		expect(wolkvox(input)).toBe(expected);
	});

	it('converts a Date instant', () => {
		expect(wolkvox(new Date(Date.UTC(2026, 10, 1, 5, 0, 0)))).toBe('20261101000000');
	});

	it('converts a Luxon-like DateTime (what {{$now}} gives) through its ISO form', () => {
		const dateTime = { toISO: () => '2026-11-01T10:00:00.000+01:00' };
		expect(wolkvox(dateTime)).toBe('20261101040000');
	});

	it('uses the zone given, including DST zones', () => {
		expect(wolkvox('2026-07-01T12:00:00Z', 'Europe/Madrid')).toBe('20260701140000');
		expect(wolkvox('2026-01-01T12:00:00Z', 'Europe/Madrid')).toBe('20260101130000');
	});

	it.each([
		['', /empty/],
		['yesterday', /not a date/],
		['2026-02-30T00:00:00', /not a date/],
		['20261301000000', /not a date/],
		['2026110100000', /not a date/],
	])('refuses %p', (input, message) => {
		expect(() => toWall(input, BOGOTA)).toThrow(DateInputError);
		expect(() => toWall(input, BOGOTA)).toThrow(message);
	});

	it('refuses an unknown time zone', () => {
		expect(() => toWall('2026-11-01', 'Mars/Olympus')).toThrow(/Unknown time zone/);
	});
});

/** A window as two 14-digit texts, and back: how the request will send it. */
const wall = (s: string) => parseWolkvox(s)!;
const asText = (w: DateWindow) => ({ start: formatWolkvox(w.start), end: formatWolkvox(w.end) });
const fromText = (start: string, end: string): DateWindow => ({ start: wall(start), end: wall(end) });

describe('splitRange: the 31-day limit', () => {
	it('keeps a range of up to 31 days whole', () => {
		expect(splitRange(wall('20261101000000'), wall('20261201235959')).map(asText)).toEqual([
			{ start: '20261101000000', end: '20261201235959' },
		]);
	});

	it('splits 45 days into consecutive windows with no gap and no overlap', () => {
		const windows = splitRange(wall('20261001000000'), wall('20261114235959')).map(asText);
		expect(windows).toEqual([
			{ start: '20261001000000', end: '20261031235959' },
			{ start: '20261101000000', end: '20261114235959' },
		]);
	});

	it('starts later windows at midnight, so a mid-day start never cuts an hour in two', () => {
		expect(splitRange(wall('20261001103000'), wall('20261201120000')).map(asText)).toEqual([
			{ start: '20261001103000', end: '20261031235959' },
			{ start: '20261101000000', end: '20261201120000' },
		]);
		expect(splitRange(wall('20261001103000'), wall('20261202000000')).map(asText)).toEqual([
			{ start: '20261001103000', end: '20261031235959' },
			{ start: '20261101000000', end: '20261201235959' },
			{ start: '20261202000000', end: '20261202000000' },
		]);
	});

	it('never makes a window longer than 31 days', () => {
		const windows = splitRange(wall('20240101000000'), wall('20261231235959'));
		for (const { start: a, end: b } of windows) {
			const days = (Date.UTC(b.year, b.month - 1, b.day, b.hour, b.minute, b.second) - Date.UTC(a.year, a.month - 1, a.day, a.hour, a.minute, a.second)) / 86_400_000;
			expect(days).toBeLessThanOrEqual(31);
		}
		expect(formatWolkvox(windows[0].start)).toBe('20240101000000');
		expect(formatWolkvox(windows[windows.length - 1].end)).toBe('20261231235959');
	});

	it('accepts a single instant and refuses start after end', () => {
		expect(splitRange(wall('20261101000000'), wall('20261101000000'))).toHaveLength(1);
		expect(() => splitRange(wall('20261102000000'), wall('20261101000000'))).toThrow(/after end date/);
	});
});

describe('toIso: wall time with the zone offset', () => {
	it('gives Bogota its -05:00', () => {
		expect(toIso(parseWolkvox('2026110113')!, BOGOTA)).toBe('2026-11-01T13:00:00-05:00');
	});

	it('follows DST, and UTC is Z', () => {
		expect(toIso(parseWolkvox('2026070112')!, 'Europe/Madrid')).toBe('2026-07-01T12:00:00+02:00');
		expect(toIso(parseWolkvox('2026010112')!, 'Europe/Madrid')).toBe('2026-01-01T12:00:00+01:00');
		// 02:30 happens twice on 25 October in Madrid: the earlier one, still summer time.
		expect(toIso(parseWolkvox('20261025023000')!, 'Europe/Madrid')).toBe('2026-10-25T02:30:00+02:00');
		expect(instantOf(parseWolkvox('20261025023000')!, 'Europe/Madrid')).toBe(Date.parse('2026-10-25T00:30:00Z'));
		expect(toIso(parseWolkvox('2026010112')!, 'UTC')).toBe('2026-01-01T12:00:00Z');
	});
});

/** The zone's offset at an instant in minutes, read from Intl's own offset name ("GMT+10:30"), not from dates.ts. */
function intlOffset(instant: number, zone: string): number {
	const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
		.formatToParts(new Date(instant))
		.find((part) => part.type === 'timeZoneName')!.value;
	const m = /^GMT([+-])(\d\d):(\d\d)$/.exec(name);
	return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

describe('wallOffset: the per-hour cache', () => {
	// Days with a change, in zones that move by an hour, by half an hour, and not at all.
	const days: Array<[string, string]> = [
		['Europe/Madrid', '20260329'],
		['Europe/Madrid', '20261025'],
		['America/New_York', '20261101'],
		['Australia/Lord_Howe', '20260405'],
		['Australia/Lord_Howe', '20261004'],
		['America/Bogota', '20261101'],
	];
	it.each(days)('%s on %s: every minute, and seconds around each hour, as Intl gives it', (zone, day) => {
		const seconds = [0, 1, 29, 30, 59];
		const walls = [];
		for (let hour = 0; hour < 24; hour++) {
			for (let minute = 0; minute < 60; minute++) {
				for (const second of minute % 15 === 0 || minute === 59 ? seconds : [0]) {
					walls.push(parseWolkvox(`${day}${String(hour).padStart(2, '0')}${String(minute).padStart(2, '0')}${String(second).padStart(2, '0')}`)!);
				}
			}
		}
		const mismatches = walls.filter((w) => wallOffset(w, zone) !== intlOffset(instantOf(w, zone), zone)).map(formatWolkvox);
		expect(walls.length).toBeGreaterThan(1440);
		expect(mismatches).toEqual([]);
	});
});

describe('periodRange: named periods in the operation zone', () => {
	// 2026-03-01 02:30 UTC is still 2026-02-28 21:30 in Bogota: the zone decides what "today" is.
	const now = Date.UTC(2026, 2, 1, 2, 30);
	const range = (period: Parameters<typeof periodRange>[0]) => {
		const { start, end } = periodRange(period, now, BOGOTA);
		return [formatWolkvox(start), formatWolkvox(end)];
	};

	it.each([
		['today', '20260228000000', '20260228235959'],
		['yesterday', '20260227000000', '20260227235959'],
		['last7Days', '20260221000000', '20260227235959'],
		['thisMonth', '20260201000000', '20260228235959'],
		['lastMonth', '20260101000000', '20260131235959'],
	] as const)('%s', (period, start, end) => {
		expect(range(period)).toEqual([start, end]);
	});

	it('crosses a year for last month in January', () => {
		const { start, end } = periodRange('lastMonth', Date.UTC(2026, 0, 15, 12), BOGOTA);
		expect([formatWolkvox(start), formatWolkvox(end)]).toEqual(['20251201000000', '20251231235959']);
	});
});

describe('halveWindow: narrowing a window that hit the row cap', () => {
	it('gives two halves with no shared second and no gap', () => {
		expect(halveWindow(fromText('20261101000000', '20261130235959'))?.map(asText)).toEqual([
			{ start: '20261101000000', end: '20261115235959' },
			{ start: '20261116000000', end: '20261130235959' },
		]);
		expect(halveWindow(fromText('20261101000000', '20261101000001'))?.map(asText)).toEqual([
			{ start: '20261101000000', end: '20261101000000' },
			{ start: '20261101000001', end: '20261101000001' },
		]);
	});

	it('cannot narrow one second', () => {
		expect(halveWindow(fromText('20261101000000', '20261101000000'))).toBeUndefined();
	});
});

describe('wall order and typed instants', () => {
	it('orders wall times by the wall clock', () => {
		expect(isEarlier(wall('20261101000000'), wall('20261101000001'))).toBe(true);
		expect(isEarlier(wall('20261101000001'), wall('20261101000000'))).toBe(false);
		expect(isEarlier(wall('20261101000000'), wall('20261101000000'))).toBe(false);
	});

	it('reads back the instant of what toIso gives, across DST (at a fold, the first 02:00), and nothing without an offset', () => {
		for (const [zone, text] of [[BOGOTA, '2026110113'], ['Europe/Madrid', '2026032903'], ['Europe/Madrid', '2026102502'], ['Europe/Madrid', '2026102503']]) {
			const w = wall(text);
			expect(instantOfIso(toIso(w, zone))).toBe(instantOf(w, zone));
		}
		expect(instantOfIso('2026-11-01T13:00:00Z')).toBe(Date.parse('2026-11-01T13:00:00Z'));
		expect(instantOfIso('2026-11-01T13:00:00')).toBeUndefined();
		expect(instantOfIso('2026110113')).toBeUndefined();
	});
});

describe('toEndWall: the last second an End Date means', () => {
	const zone = 'America/Bogota';
	it.each(['2026-11-26T00:00:00', '2026-11-26', '2026-11-26T00:00:00.000'])('%p, the picker’s form at midnight: the whole day', (value) => {
		expect(toEndWall(value, zone)).toEqual({ year: 2026, month: 11, day: 26, hour: 23, minute: 59, second: 59 });
	});
	it.each(['2026-11-26T00:00:00-05:00', '20261126000000', '2026-11-26T05:00:00Z'])('%p names midnight itself', (value) => {
		expect(toEndWall(value, zone)).toEqual({ year: 2026, month: 11, day: 26, hour: 0, minute: 0, second: 0 });
	});
	it('any other time is kept', () => {
		expect(toEndWall('2026-11-26T10:00:00', zone)).toEqual({ year: 2026, month: 11, day: 26, hour: 10, minute: 0, second: 0 });
	});
});
