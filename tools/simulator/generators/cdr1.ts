// cdr_1 "Detalle de llamadas": the high-volume report, one row per call. At 350 calls in the peak
// hour (see EVENT_RATES) a 31-day window holds about 75,000 calls, past the 60,000-row cap, so a
// client has to split the window; these pure functions give what the whole would hold uncapped.

import { HOUR_MS, parse14 } from '../clock';
import { fixtureEndpoint } from '../fixture';
import { EVENT_RATES, eventTime, eventsInHour, reportRecipe, reportRows, type ReportRecipe } from './reports';
import { DATA_START_MS } from './traffic';
import type { WireRow } from './values';

/** Calls in the busiest hour of a weekday, before the per-hour draw (× 0.5 … 1.5). */
export const CDR1_PEAK_CALLS_PER_HOUR = EVENT_RATES.cdr_1;

let recipe: ReportRecipe | undefined;

function range(dateIni14: string, dateEnd14: string, now14?: string): { ini: number; end: number; now: number } {
	const ini = parse14(dateIni14);
	const end = parse14(dateEnd14);
	const now = now14 === undefined ? Infinity : parse14(now14);
	if (ini === null || end === null || now === null) throw new Error('Dates must be valid YYYYmmddHHiiss');
	return { ini, end, now };
}

/**
 * The calls of [dateIni, dateEnd] (both inclusive, whole seconds), chronological, not after `now14`,
 * uncapped unless `limit` says so. A call's row never depends on the range asked.
 */
export function cdr1Rows(dateIni14: string, dateEnd14: string, seed = 1, now14?: string, limit = Infinity): WireRow[] {
	const ep = fixtureEndpoint('reports_manager', 'cdr_1');
	if (!ep) throw new Error('cdr_1 is missing from the fixture');
	recipe ??= reportRecipe(ep);
	return reportRows(recipe, { seed, ...range(dateIni14, dateEnd14, now14), limit, filters: {} });
}

/** How many calls cdr1Rows would return, without building them. */
export function cdr1Count(dateIni14: string, dateEnd14: string, seed = 1, now14?: string): number {
	const { ini, end, now } = range(dateIni14, dateEnd14, now14);
	const to = Math.min(end, now);
	let count = 0;
	for (let hour = Math.floor(Math.max(ini, DATA_START_MS) / HOUR_MS) * HOUR_MS; hour <= to; hour += HOUR_MS) {
		const n = eventsInHour(seed, 'cdr_1', hour);
		if (hour >= ini && hour + HOUR_MS - 1000 <= to) count += n;
		else for (let i = 0; i < n; i++) {
			const t = eventTime(seed, 'cdr_1', hour, i, n);
			if (t >= ini && t <= to) count++;
		}
	}
	return count;
}
