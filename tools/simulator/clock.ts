// Wall-clock helpers. Wolkvox dates are the operation's local wall time with no zone (docs/wolkvox-api.md#dates),
// so the simulator does its date arithmetic on "wall milliseconds": the wall fields read as if UTC.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Wall ms -> `YYYYmmddHHiiss`. */
export function format14(wallMs: number): string {
	const d = new Date(wallMs);
	return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
		`${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** Wall ms -> `YYYY-MM-DD HH:MM:SS`, the timestamp style of the collection's examples. */
export function formatSql(wallMs: number): string {
	const s = format14(wallMs);
	return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)} ${s.slice(8, 10)}:${s.slice(10, 12)}:${s.slice(12, 14)}`;
}

/** `YYYYmmddHHiiss` -> wall ms, or null unless it is exactly 14 digits naming a real instant. */
export function parse14(s: string | null | undefined): number | null {
	if (!s || !/^\d{14}$/.test(s)) return null;
	const f = [s.slice(0, 4), s.slice(4, 6), s.slice(6, 8), s.slice(8, 10), s.slice(10, 12), s.slice(12, 14)].map(Number);
	const ms = Date.UTC(f[0], f[1] - 1, f[2], f[3], f[4], f[5]);
	// The round trip rejects 20240230…, hour 24, minute 60, and years below 100 (Date.UTC maps them to 19xx).
	return format14(ms) === s ? ms : null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A real instant -> wall ms in `timeZone`. */
export function wallMs(instant: Date, timeZone: string): number {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
			hour: '2-digit', minute: '2-digit', second: '2-digit',
		});
		formatters.set(timeZone, f);
	}
	const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
	return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}
