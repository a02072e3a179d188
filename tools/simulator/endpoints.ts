// The endpoint table: every API the simulator answers is one entry here. Billing, diagram_1_2 and
// token_info are written by hand; every other endpoint comes from the fixture Wolkvox's Postman
// collection was extracted into (fixtures/endpoints.json), served by the generic generators.

import { format14, formatSql, parse14 } from './clock';
import { fmtPercent } from './formats';
import type { WireData, WireRow } from './envelope';
import { FIXTURE, type FixtureEndpoint } from './fixture';
import { BILLING_OPERATION, BILLING_PRODUCTS, billingItems } from './generators/billing';
import { diagram12Rows } from './generators/diagram12';
import { liveBuilder, withServiceLevel } from './generators/live';
import { BAND_KEY, filtersFrom, reportRecipe, reportRows, type ReportRecipe } from './generators/reports';
import type { LiveCampaign } from './account';
import type { LiveLists } from './state';
import type { HourField } from './types';

/** The `/api/v2/{script}.php` files the simulator serves. */
export const SCRIPTS = ['billing', 'reports_manager', 'information', 'real_time', 'customer', 'gamification', 'quality', 'speech_analytics'] as const;
export type Script = (typeof SCRIPTS)[number];

export interface EndpointContext {
	seed: number;
	/** "Now" on the operation's wall clock, in wall ms (see clock.ts). */
	nowWall: number;
	/** Late-arriving rows (SimulatorOptions.lateMinutes), in ms; 0 = rows visible at their instant. */
	lateMs?: number;
	query: URLSearchParams;
	/** Validated `date_ini` / `date_end` (14 digits) when the entry needs dates. */
	dateIni: string;
	dateEnd: string;
	/** How many times this entry answered before (since start/reset), for deterministic alternation. */
	callIndex: number;
	hourField: HourField;
	quota: { limit: number; usedToday: number };
	/** The row cap: generators stop there, since nothing after it is sent. */
	limit: number;
	/** The state's campaigns, for information.php campaigns. */
	campaigns?: ReadonlyArray<LiveCampaign>;
	/** The state's do-not-call and Law 2300 lists, for information.php get_dnc and law2300_info. */
	lists?: LiveLists;
}

export interface EndpointSpec {
	script: Script;
	api: string;
	/** Requires `date_ini` and `date_end` (YYYYmmddHHiiss, at most maxRangeDays apart). */
	needsDates: boolean;
	/** Extra query parameters; a missing required one answers 400 SOME PARAMETERS ARE REQUIRED. */
	params?: ReadonlyArray<{ name: string; required: boolean }>;
	/** The success `msg`; default "N records were found". */
	okMsg?: (count: number) => string;
	/** Quirk: the success `msg` as the endpoint's documented example spells it. */
	docMsg?: (count: number) => string;
	/** Quirk: the success `code` as the documented example spells it ("", "0", " "). */
	code?: string;
	/** Quirk: answers without an envelope on even calls (the real_time campaigns example). */
	bareOnEvenCalls?: boolean;
	/** The rows before the row cap; none means the 404 "no records" answer. */
	rows(ctx: EndpointContext): WireRow[];
	/** Shapes `data` from the rows sent; default the list itself. */
	toData?(rows: WireRow[]): WireData;
}

const billing: EndpointSpec[] = BILLING_PRODUCTS.map(({ api, description }) => ({
	script: 'billing',
	api,
	needsDates: false,
	// docs/wolkvox-api.md#response-envelope: billing says "Information found for the current month"; the collection's `interactions`
	// example alone says "1 records were found", kept as the quirk it is.
	okMsg: (n) => (api === 'interactions' ? `${n} records were found` : 'Information found for the current month'),
	rows: (ctx) => [{
		operation: BILLING_OPERATION,
		description,
		items: String(billingItems(api, ctx.seed, new Date(ctx.nowWall).getUTCDate())),
		date: formatSql(ctx.nowWall), // inferred: the query's local time, collection timestamp style
	}],
}));

/** The documented msg: "N records were found" keeps its spacing; a constant text stays as it is. */
export function documentedMsg(example: string | null): ((count: number) => string) | undefined {
	if (example === null) return undefined;
	const m = /^(\s*)(\d+|x|X)(\s+records were found)$/.exec(example);
	if (m) return (n) => `${m[1]}${n}${m[3]}`;
	return () => example; // "Information found for the current month" (agent_1), "  records were found", " ", ""
}

const documentedCode = (code: string | number | null): string | undefined =>
	(typeof code === 'string' && !/^\d+$/.test(code)) || code === '0' ? String(code) : undefined;

/** Per-endpoint adjustments the docs describe in words rather than in the example. */
const POST: Record<string, (rows: WireRow[], ctx: EndpointContext) => WireRow[]> = {
	// skill_1: services_time=N adds service_level_Nseg (default service_level_0seg "0 %").
	skill_1: (rows, ctx) => rows.map((r) => withServiceLevel(r, { seed: ctx.seed, now: ctx.nowWall, query: ctx.query, limit: ctx.limit }, 'service_level_30seg')),
	// chat_4: include_attachments=true lists the files; attach_array=yes sends them as an array,
	// otherwise as JSON text (inferred reading of "en array o en formato JSON").
	chat_4: (rows, ctx) => rows.map((r) => {
		if (ctx.query.get('include_attachments') !== 'true') return { ...r, attachments: '' };
		const files = [`https://storage.wolkvox.com/sim_operation/${String(r.case_id)}/adjunto.pdf`];
		return { ...r, attachments: ctx.query.get('attach_array') === 'yes' ? files : JSON.stringify(files) };
	}),
};

function fromFixture(ep: FixtureEndpoint): EndpointSpec {
	const live = liveBuilder(ep.script, ep.api);
	let recipe: ReportRecipe | undefined;
	const post = POST[ep.api];
	return {
		script: ep.script,
		api: ep.api,
		needsDates: ep.dates,
		params: ep.params.map((p) => ({ name: p.name, required: p.required })),
		docMsg: documentedMsg(ep.envelope.msg),
		code: documentedCode(ep.envelope.code),
		bareOnEvenCalls: ep.envelope.data === 'bare' || undefined,
		rows: (ctx) => {
			let rows: WireRow[];
			if (live) rows = live(ep, { seed: ctx.seed, now: ctx.nowWall, query: ctx.query, limit: ctx.limit, campaigns: ctx.campaigns, lists: ctx.lists });
			else {
				recipe ??= reportRecipe(ep);
				rows = reportRows(recipe, {
					seed: ctx.seed, ini: parse14(ctx.dateIni) ?? 0, end: parse14(ctx.dateEnd) ?? 0, now: ctx.nowWall, lateMs: ctx.lateMs,
					limit: ctx.limit, filters: filtersFrom(ep, ctx.query),
				});
			}
			return post ? post(rows, ctx) : rows;
		},
		toData: ep.envelope.data === 'object' ? (rows) => rows[0]
			: ep.envelope.data === 'keyed' ? (rows) => Object.fromEntries(rows.map(({ [BAND_KEY]: band, ...rest }) => [String(band), rest]))
				: undefined,
	};
}

/** Endpoints written by hand above the fixture. */
const HANDWRITTEN = new Set(['reports_manager/diagram_1_2', 'information/token_info', 'quality/quality_matrix']);

/**
 * quality_matrix: `data` is one object keyed by survey name, each a list of its attributes (the
 * collection's example names its one survey `nombreDeEncuesta1`, a placeholder: "se listan todas
 * las encuestas creadas"). Two surveys of the simulated operation, weights adding up to 100 %.
 */
export const QUALITY_SURVEYS: Record<string, Array<{ category: string; attribute: string; error_type: 'CE' | 'NCE'; weight: number }>> = {
	'Servicio al cliente': [
		{ category: 'Saludo', attribute: 'Saluda con el guion de la campaña', error_type: 'NCE', weight: 15 },
		{ category: 'Saludo', attribute: 'Valida la identidad del titular', error_type: 'CE', weight: 25 },
		{ category: 'Gestión', attribute: 'Registra el caso en el CRM', error_type: 'CE', weight: 35 },
		{ category: 'Cierre', attribute: 'Ofrece ayuda adicional y se despide', error_type: 'NCE', weight: 25 },
	],
	'Cobranza': [
		{ category: 'Negociación', attribute: 'Informa el valor y la fecha de la deuda', error_type: 'CE', weight: 50 },
		{ category: 'Negociación', attribute: 'Registra la promesa de pago', error_type: 'CE', weight: 30 },
		{ category: 'Cierre', attribute: 'Confirma los datos de contacto', error_type: 'NCE', weight: 20 },
	],
};

export const ENDPOINTS: ReadonlyArray<EndpointSpec> = [
	...billing,
	{
		script: 'reports_manager',
		api: 'diagram_1_2',
		needsDates: true,
		rows: (ctx) => {
			// The English page names the hour field `date`, the collection's example `day`; 'alternate' switches
			// per answer (date first) so clients must accept both.
			const field = ctx.hourField === 'alternate' ? (ctx.callIndex % 2 === 0 ? 'date' : 'day') : ctx.hourField;
			return diagram12Rows(ctx.dateIni, ctx.dateEnd, ctx.seed, format14(ctx.nowWall), ctx.lateMs).map((r) => ({
				[field]: r.hour,
				calls: String(r.calls),
				ivr_minutes: r.ivrMinutes.toFixed(2),
			}));
		},
	},
	{
		script: 'information',
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
	{
		script: 'quality',
		api: 'quality_matrix',
		needsDates: false,
		docMsg: documentedMsg('x records were found'),
		rows: () => [Object.fromEntries(Object.entries(QUALITY_SURVEYS).map(([survey, attributes]) => [
			survey,
			attributes.map(({ category, attribute, error_type, weight }) => ({ category, attribute, error_type, percent: fmtPercent(weight) })),
		]))],
		toData: (rows) => rows[0],
	},
	...FIXTURE.filter((e) => !HANDWRITTEN.has(`${e.script}/${e.api}`)).map(fromFixture),
];

const byKey = new Map(ENDPOINTS.map((e) => [`${e.script}/${e.api}`, e]));

export function findEndpoint(script: Script, api: string): EndpointSpec | undefined {
	return byKey.get(`${script}/${api}`);
}

/**
 * The rows an endpoint generates for a query, before the row cap and the envelope (cdr_4's rows keep
 * their band under BAND_KEY): a pure oracle for tests. `now14` is the simulator clock's wall time.
 */
export function endpointRows(script: Script, api: string, query: Record<string, string>, o: { now14: string; seed?: number; limit?: number }): WireRow[] {
	const spec = findEndpoint(script, api);
	const nowWall = parse14(o.now14);
	if (!spec || nowWall === null) throw new Error(`No endpoint ${script}/${api} or bad now ${o.now14}`);
	const q = new URLSearchParams({ ...query, api });
	return spec.rows({
		seed: o.seed ?? 1, nowWall, query: q, dateIni: q.get('date_ini') ?? '', dateEnd: q.get('date_end') ?? '', callIndex: 0,
		hourField: 'date', quota: { limit: 1000, usedToday: 0 }, limit: o.limit ?? Infinity,
	});
}
