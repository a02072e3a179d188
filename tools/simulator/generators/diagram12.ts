// diagram_1_2 "IVR calls and minutes by time" (Wolkvox's English page, docs/wolkvox-api.md#sources): one row per hour with IVR traffic.

import { HOUR_MS, format14, parse14 } from '../clock';
import { unit } from '../rng';

/** Inferred: the simulated operation's history begins here; earlier hours have no rows. */
export const DIAGRAM12_DATA_START = '20240101000000';

// Inferred traffic model: no calls at night (so those hours have no row), peaks mid-morning and
// mid-afternoon, quieter weekends. Index = hour of day, Sunday = 0.
export const HOURLY_PROFILE: ReadonlyArray<number> = [0, 0, 0, 0, 0, 0, 3, 15, 40, 62, 70, 64, 45, 42, 58, 66, 55, 38, 22, 12, 6, 3, 1, 0];
export const WEEKDAY_FACTOR: ReadonlyArray<number> = [0.3, 1, 1, 1, 1, 0.95, 0.55];

export interface Diagram12Hour {
	/** `YYYYMMDDHH`, the operation's wall clock (docs/wolkvox-api.md#dates). */
	hour: string;
	calls: number;
	/** Exact to two decimals; sent as `toFixed(2)`, e.g. "34.50" (format inferred: no example has a value). */
	ivrMinutes: number;
}

/** The traffic of one hour: a pure function of (seed, hour), whatever range it is asked in. */
export function diagram12Hour(hour10: string, seed = 1): Diagram12Hour {
	const ms = parse14(`${hour10}0000`);
	if (ms === null) throw new Error(`Bad hour ${hour10}`);
	const d = new Date(ms);
	const mean = HOURLY_PROFILE[d.getUTCHours()] * WEEKDAY_FACTOR[d.getUTCDay()];
	const calls = Math.floor(mean * (0.5 + unit(seed, 'd12.calls', hour10)));
	const minutesPerCall = 1.2 + 2.6 * unit(seed, 'd12.minutes', hour10);
	return { hour: hour10, calls, ivrMinutes: Math.round(calls * minutesPerCall * 100) / 100 };
}

/**
 * The rows of a query, chronological. Rule: the row of hour H is included when H's first second
 * (H:00:00) lies in [dateIni, dateEnd] (both inclusive), H is not before DIAGRAM12_DATA_START, H:00:00
 * is not after `now14` (the current hour counts, with its full-hour value), and H had calls.
 * So date_ini 10:30:00 leaves hour 10 out and date_end 12:00:00 takes hour 12 in. No range limit here.
 * With `fillMs` > 0 (late-arriving data) an hour fills instead: until `fillMs` after it ends, its
 * values are the full ones times the share of [H, H + 1 h + fillMs] gone by, rounded down.
 */
export function diagram12Rows(dateIni14: string, dateEnd14: string, seed = 1, now14?: string, fillMs = 0): Diagram12Hour[] {
	const ini = parse14(dateIni14);
	const end = parse14(dateEnd14);
	const now = now14 === undefined ? Infinity : parse14(now14);
	if (ini === null || end === null || now === null) throw new Error('Dates must be valid YYYYmmddHHiiss');
	const from = Math.ceil(Math.max(ini, parse14(DIAGRAM12_DATA_START)!) / HOUR_MS) * HOUR_MS;
	const to = Math.min(end, now);
	const rows: Diagram12Hour[] = [];
	for (let h = from; h <= to; h += HOUR_MS) {
		const full = diagram12Hour(format14(h).slice(0, 10), seed);
		const row = fillMs > 0 ? filling(full, Math.min(1, (now - h) / (HOUR_MS + fillMs))) : full;
		if (row.calls > 0) rows.push(row);
	}
	return rows;
}

function filling(full: Diagram12Hour, share: number): Diagram12Hour {
	if (share >= 1) return full;
	const calls = Math.floor(full.calls * share);
	return { hour: full.hour, calls, ivrMinutes: Math.floor(full.ivrMinutes * share * 100) / 100 };
}
