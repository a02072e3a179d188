// The simulated operation's traffic curve, shared by every report: how busy an hour is.

import { DAY_MS, HOUR_MS, parse14 } from '../clock';
import { DIAGRAM12_DATA_START, HOURLY_PROFILE, WEEKDAY_FACTOR } from './diagram12';

// Math and String in module bindings: under jest's vm context a global lookup is slow, and
// these run per row (cdr_1 answers 60,000 rows).
const { floor, max, min, round } = Math;

/** Inferred: every report's history starts where diagram_1_2's does; earlier ranges have no rows. */
export const DATA_START_MS = parse14(DIAGRAM12_DATA_START) as number;

const PEAK = max(...HOURLY_PROFILE);

/** How busy the operation is in the hour starting at `hourMs` (wall ms): 0 at night, 1 at the peak. */
export function hourLoad(hourMs: number): number {
	const d = new Date(hourMs);
	return (HOURLY_PROFILE[d.getUTCHours()] / PEAK) * WEEKDAY_FACTOR[d.getUTCDay()];
}

export const dayIndex = (wallMs: number): number => floor(wallMs / DAY_MS);

/**
 * The starts of the `stepMs` buckets whose first second lies in [ini, end], not before the history
 * and not after `now` (a bucket that has started counts in full). The rule diagram_1_2 uses for hours.
 */
export function bucketStarts(ini: number, end: number, now: number, stepMs: number): number[] {
	const from = Math.ceil(max(ini, DATA_START_MS) / stepMs) * stepMs;
	const to = min(end, now);
	const out: number[] = [];
	for (let t = from; t <= to; t += stepMs) out.push(t);
	return out;
}

/** The hours of a bucket that have started by `now`. */
export function hoursOf(bucketStart: number, minutes: number, now: number): number[] {
	const first = floor(bucketStart / HOUR_MS) * HOUR_MS;
	const span = max(1, round(minutes / 60));
	const out: number[] = [];
	for (let i = 0; i < span; i++) {
		const h = first + i * HOUR_MS;
		if (h <= now) out.push(h);
	}
	return out;
}
