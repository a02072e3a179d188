// The endpoint table: every API the simulator answers is one entry here. Adding a report,
// a real_time.php or an information.php endpoint means adding an entry, nothing else.

import { format14, formatSql } from './clock';
import type { Row } from './envelope';
import { BILLING_OPERATION, BILLING_PRODUCTS, billingItems } from './generators/billing';
import { diagram12Rows } from './generators/diagram12';
import type { HourField } from './types';

/** The `/api/v2/{family}.php` files the simulator serves. */
export const FAMILIES = ['billing', 'reports_manager', 'information', 'real_time'] as const;
export type Family = (typeof FAMILIES)[number];

export interface EndpointContext {
	seed: number;
	/** "Now" on the operation's wall clock, in wall ms (see clock.ts). */
	nowWall: number;
	query: URLSearchParams;
	/** Validated `date_ini` / `date_end` (14 digits) when the entry needs dates. */
	dateIni: string;
	dateEnd: string;
	/** How many times this entry answered before (since start/reset), for deterministic alternation. */
	callIndex: number;
	hourField: HourField;
	quota: { limit: number; usedToday: number };
}

export interface EndpointSpec {
	family: Family;
	api: string;
	/** Requires `date_ini` and `date_end` (YYYYmmddHHiiss, at most maxRangeDays apart). */
	needsDates: boolean;
	/** Extra query parameters; a missing required one answers 400 SOME PARAMETERS ARE REQUIRED. */
	params?: ReadonlyArray<{ name: string; required: boolean }>;
	/** The success `msg`; default "N records were found". */
	okMsg?: (count: number) => string;
	/** The rows before the row cap; none means the 404 "no records" answer. All values strings. */
	rows(ctx: EndpointContext): Row[];
}

const billing: EndpointSpec[] = BILLING_PRODUCTS.map(({ api, description }) => ({
	family: 'billing',
	api,
	needsDates: false,
	// API.md: billing says "Information found for the current month"; the collection's `interactions`
	// example alone says "1 records were found", kept as the quirk it is.
	okMsg: (n) => (api === 'interactions' ? `${n} records were found` : 'Information found for the current month'),
	rows: (ctx) => [{
		operation: BILLING_OPERATION,
		description,
		items: String(billingItems(api, ctx.seed, new Date(ctx.nowWall).getUTCDate())),
		date: formatSql(ctx.nowWall), // inferred: the query's local time, collection timestamp style
	}],
}));

export const ENDPOINTS: ReadonlyArray<EndpointSpec> = [
	...billing,
	{
		family: 'reports_manager',
		api: 'diagram_1_2',
		needsDates: true,
		rows: (ctx) => {
			// The seed names the hour field `date`, the collection's example `day`; 'alternate' switches
			// per answer (date first) so clients must accept both.
			const field = ctx.hourField === 'alternate' ? (ctx.callIndex % 2 === 0 ? 'date' : 'day') : ctx.hourField;
			return diagram12Rows(ctx.dateIni, ctx.dateEnd, ctx.seed, format14(ctx.nowWall)).map((r) => ({
				[field]: r.hour,
				calls: String(r.calls),
				ivr_minutes: r.ivrMinutes.toFixed(2),
			}));
		},
	},
	{
		family: 'information',
		api: 'token_info',
		needsDates: false,
		// The collection's example has this leading space; kept so clients never parse msg.
		okMsg: (n) => ` ${n} records were found`,
		// Collection: this call itself costs a token, so usage already includes it. One valid token,
		// so the operation-wide total equals the token's own use.
		rows: (ctx) => [{
			description: 'Simulator token',
			token_limit: String(ctx.quota.limit),
			token_use_today: String(ctx.quota.usedToday),
			all_token_today: String(ctx.quota.usedToday),
			available_consumption_options: String(Math.max(0, ctx.quota.limit - ctx.quota.usedToday)),
		}],
	},
];

const byKey = new Map(ENDPOINTS.map((e) => [`${e.family}/${e.api}`, e]));

export function findEndpoint(family: Family, api: string): EndpointSpec | undefined {
	return byKey.get(`${family}/${api}`);
}
