/**
 * What the node must output, computed from the simulator's exported generators (never from the
 * node's own code), for a given simulator clock and the dates the node actually sent.
 */
import { BILLING_OPERATION, BILLING_PRODUCTS, billingItems, diagram12Rows } from '../../tools/simulator/server';

export interface WallClock {
	/** `YYYYmmddHHiiss` in the zone. */
	wall14: string;
	/** `±HH:MM` (or `Z`) of the zone at that instant. */
	offset: string;
}

/** An instant as the operation's wall clock, the way Wolkvox dates are written. */
export function wallClock(instant: Date, timeZone: string): WallClock {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			timeZoneName: 'longOffset',
		})
			.formatToParts(instant)
			.map((p) => [p.type, p.value]),
	);
	const offset = parts.timeZoneName === 'GMT' ? 'Z' : parts.timeZoneName.replace('GMT', '');
	return { wall14: `${parts.year}${parts.month}${parts.day}${parts.hour}${parts.minute}${parts.second}`, offset };
}

/** `20261123103000` + `-05:00` -> `2026-11-23T10:30:00-05:00`. */
export function iso(wall14: string, offset: string): string {
	const w = wall14;
	return `${w.slice(0, 4)}-${w.slice(4, 6)}-${w.slice(6, 8)}T${w.slice(8, 10)}:${w.slice(10, 12)}:${w.slice(12, 14)}${offset}`;
}

/** Billing → Get Usage with Simplify on, for the simulator's clock `now`. */
export function expectedBilling(api: string, seed: number, now: Date, timeZone: string) {
	const clock = wallClock(now, timeZone);
	const product = BILLING_PRODUCTS.find((p) => p.api === api);
	if (!product) throw new Error(`the simulator has no billing product ${api}`);
	return {
		product: api,
		// The node's English name for the product: its own naming, pinned in test/engine/rowsAndDates.engine.test.ts.
		product_name: expect.any(String) as unknown as string,
		operation: BILLING_OPERATION,
		description: product.description,
		items: billingItems(api, seed, Number(clock.wall14.slice(6, 8))),
		date: iso(clock.wall14, clock.offset),
	};
}

/** Billing with Simplify off: the row as the simulator sends it. */
export function expectedBillingRaw(api: string, seed: number, now: Date, timeZone: string) {
	const typed = expectedBilling(api, seed, now, timeZone);
	const w = wallClock(now, timeZone).wall14;
	const sql = `${w.slice(0, 4)}-${w.slice(4, 6)}-${w.slice(6, 8)} ${w.slice(8, 10)}:${w.slice(10, 12)}:${w.slice(12, 14)}`;
	// Simplify off: no product fields, the row as sent.
	return { operation: typed.operation, description: typed.description, items: String(typed.items), date: sql };
}

/**
 * diagram_1_2 rows (Simplify on) of the windows the node sent, in order. The zone's offset is
 * fixed here: Bogota has had no daylight saving time since 1993.
 */
export function expectedIvrHours(windows: Array<[string, string]>, seed: number, now: Date, timeZone: string) {
	const clock = wallClock(now, timeZone);
	return windows.flatMap(([ini, end]) =>
		diagram12Rows(ini, end, seed, clock.wall14).map((row) => ({
			date: iso(`${row.hour}0000`, clock.offset),
			calls: row.calls,
			ivr_minutes: row.ivrMinutes,
		})),
	);
}
