// The generic report generator: one engine for every reports_manager endpoint of the fixture (and
// the dated information endpoints). Each endpoint gets a row model from its documented fields:
//
// - event: rows are things that happened (calls, chats, surveys…), keyed by their instant. An hour
//   has floor(rate × load(hour) × (0.5 + u)) events at increasing seconds; a row is included when its
//   instant lies in [date_ini, date_end] (both inclusive) and is not after now.
// - bucket: one row per time bucket (day, hour, 30 or 10 minutes) and group, included when the
//   bucket's first second lies in the range (diagram_1_2's rule); values cover the whole bucket.
// - slots: hour-of-day rows with no date column (agent_6, skill_4…): the range's hours merged.
// - aggregate: one row per group (agent, skill, code, channel…) totalling the range's hours.
//
// Every value is a pure function of (seed, api, row identity), so a row never depends on the range
// it was asked in: windows add up exactly to the whole for event and bucket rows.

import { ACCOUNT, TIMEOUT_CODE, type ActivityCode, type Agent, type Campaign, type RoutingPoint, type Skill } from '../account';
import { HOUR_MS, MINUTE_MS } from '../clock';
import type { FixtureEndpoint } from '../fixture';
import { plain } from '../formats';
import { hash32, unit } from '../rng';
import { DATA_START_MS, bucketStarts, dayIndex, hourLoad, hoursOf } from './traffic';
import { customer, pick, fieldRecipe, renderRow, rowHash, type Binding, type FieldRecipe, type WireRow } from './values';

// Math and String in module bindings: under jest's vm context a global lookup is slow, and
// these run per row (cdr_1 answers 60,000 rows).
const { floor, max, min, round } = Math;
const str = String;

export type Dim = 'agent' | 'skill' | 'campaign' | 'code' | 'rp' | 'analyst' | 'enum';

export type Model =
	| { kind: 'event'; rate: number }
	| { kind: 'bucket'; minutes: number; bucketField?: string; clock: boolean }
	| { kind: 'slots'; minutes: number; clock: boolean }
	| { kind: 'aggregate' };

/** How a report's rows are generated, read once from its fixture entry. */
export interface ReportRecipe {
	api: string;
	model: Model;
	fields: FieldRecipe[];
	/** Group dimensions shown in the rows (aggregate, bucket and slot models). */
	dims: Dim[];
	/** Dimensions a filter parameter selects but the rows do not show (skill_6's skill_id). */
	hidden: Dim[];
	enumField?: string;
	enumValues: string[];
	/** A nested list field (agent_5, agent_11, chat_2). */
	child?: { field: string; kind: 'messages' | 'slots' | 'agents'; fields: FieldRecipe[] };
}

/**
 * Events per hour at the operation's peak (inferred volumes). cdr_1 is the high-volume report: at
 * 350 calls in the peak hour a 31-day window holds about 75,000 calls, past the 60,000-row cap.
 */
export const EVENT_RATES: Readonly<Record<string, number>> = {
	cdr_1: 350, agent_2: 40, agent_14: 40, diagram_13: 30, diagram_1: 20, skill_10: 20, skill_2: 8,
	chat_2: 4, audit_log: 2, get_notification: 1,
};
const DEFAULT_RATE = 6;

/** Key of a keyed endpoint's band (cdr_4) on its rows before the envelope turns them into an object. */
export const BAND_KEY = '__band';

const ENUM_NAMES = /^(aux_state|attribute|dnis|tts_text|cod_opc_menu|type_nlp|machinecode|chanel|channel|result|type_interaction|quality_analyst|survey|telephone)$/;
const PARAM_DIM: Record<string, Dim> = { agent_id: 'agent', skill_id: 'skill', campaign_id: 'campaign', cod_act: 'code' };

export function reportRecipe(ep: FixtureEndpoint): ReportRecipe {
	const fields = ep.fields.map(fieldRecipe);
	const nested = fields.find((f) => f.children);
	const top = fields.filter((f) => !f.children);
	const title = plain(ep.title);
	const hourField = top.find((f) => f.role === 'hour');
	const minutes = /30 minutos/.test(title) ? 30 : /10 minutos/.test(title) ? 10 : hourField ? 60 : 1440;
	const dateKey = top.find((f) => f.role === 'time' && /^(date|day)$/.test(f.name));
	const eventTime = top.find((f) => f.role === 'time' && !/^(login|logout)$|^last_/.test(f.name));
	const clock = /militar|referencia/.test(plain(hourField?.description ?? '')) || minutes < 60;

	const dims: Dim[] = [];
	const has = (pred: (f: FieldRecipe) => boolean) => top.some(pred);
	if (has((f) => !f.prefix && (f.role === 'agentId' || f.role === 'agentName'))) dims.push('agent');
	if (has((f) => f.role === 'skillId' || f.role === 'skillName')) dims.push('skill');
	if (has((f) => f.role === 'campaignId')) dims.push('campaign');
	if (has((f) => f.role === 'codeId' && !f.second)) dims.push('code');
	if (has((f) => f.role === 'rpId')) dims.push('rp');
	if (has((f) => f.role === 'analyst')) dims.push('analyst');
	let enumField: string | undefined;
	let enumValues: string[] = [];
	const enumCandidate = top.find((f) => !f.measure && (!f.role || f.role === 'phone') && f.format !== 'flag' &&
		(f.values.length >= 2 || ENUM_NAMES.test(f.name.trim().toLowerCase())));

	let model: Model;
	let child: ReportRecipe['child'];
	if (ep.envelope.data === 'keyed') {
		model = { kind: 'aggregate' };
		enumField = '';
		enumValues = ep.envelope.keys ?? [];
	} else if (nested?.children) {
		const kids = nested.children;
		const kind = kids.some((f) => f.role === 'hour') ? 'slots' : kids.some((f) => f.role === 'agentId') ? 'agents' : 'messages';
		child = { field: nested.name, kind, fields: kids };
		model = kind === 'messages' ? { kind: 'event', rate: EVENT_RATES[ep.api] ?? DEFAULT_RATE } : { kind: 'aggregate' };
	} else if (dateKey && (dateKey.format === 'date' || /por dia/.test(title) || hourField)) {
		model = { kind: 'bucket', minutes, bucketField: dateKey.name, clock };
	} else if (hourField) {
		model = { kind: 'slots', minutes, clock };
	} else if (eventTime) {
		model = { kind: 'event', rate: EVENT_RATES[ep.api] ?? DEFAULT_RATE };
	} else {
		model = { kind: 'aggregate' };
	}
	if (model.kind !== 'event' && enumField === undefined && enumCandidate) {
		enumField = enumCandidate.name;
		enumValues = enumCandidate.values.length >= 2 ? enumCandidate.values : enumPool(enumCandidate.name);
	}
	if (enumField !== undefined) dims.push('enum');
	const hidden = ep.params.map((p) => PARAM_DIM[p.name]).filter((d): d is Dim => !!d && !dims.includes(d));
	return { api: ep.api, model, fields, dims, hidden, enumField, enumValues, child };
}

function enumPool(name: string): string[] {
	const n = name.trim().toLowerCase();
	if (n === 'telephone' || n === 'dnis') return Array.from({ length: n === 'dnis' ? 5 : 12 }, (_, i) => `${n === 'dnis' ? '60145' : '31076'}${str(10_000 + i * 7919).slice(-5)}`);
	if (n === 'quality_analyst') return [...ACCOUNT.qualityAnalysts];
	const pools: Record<string, string[]> = {
		aux_state: ['Break', 'Almuerzo', 'Capacitación', 'Reunión', 'Pausa activa'],
		attribute: ['Saluda con el guion corporativo', 'Valida la identidad del titular', 'Ofrece alternativas de pago', 'Confirma la información registrada', 'Se despide con el nombre del cliente'],
		tts_text: ['Bienvenido a nuestra línea de atención', 'Para pagos marque uno', 'Su llamada es importante para nosotros', 'Por favor espere en línea', 'Gracias por comunicarse, hasta pronto'],
		cod_opc_menu: ['1', '2', '3', '4', '9', 'PULSE'],
		survey: ['Evaluación Servicio al Cliente', 'Calidad Cobranzas 2025'],
		result: ['answer', 'no-answer', 'busy', 'abandon'],
	};
	return pools[n] ?? ['A', 'B', 'C'];
}

// ---- request context --------------------------------------------------------------------------

/** Entity filters from the query; undefined = every entity. */
export interface Filters {
	agent?: ReadonlySet<string>;
	skill?: ReadonlySet<string>;
	campaign?: ReadonlySet<string>;
	/** Activity codes (a code ID, or the codes of the requested group). */
	code?: ReadonlySet<string>;
	/** act_*: the group `cod_act` asked for; its codes fill `cod_act`, the other group `cod_act_2`. */
	codeGroup?: ActivityCode['type_code'];
	rp?: ReadonlySet<string>;
	customer?: string;
}

export interface GenContext {
	seed: number;
	/** Wall ms, inclusive. */
	ini: number;
	end: number;
	now: number;
	/** Late-arriving rows: an event is visible only `lag(event)` ∈ [0, lateMs] after its instant. */
	lateMs?: number;
	/** Stop after this many rows (the row cap): nothing past it is ever sent. */
	limit: number;
	filters: Filters;
}

const GROUP_OF: Record<string, ActivityCode['type_code']> = { cod_act1: 'cod_act1', cod_act2: 'cod_act2' };

/** Reads the entity filters an endpoint documents. `all` (where accepted) means no filter. */
export function filtersFrom(ep: FixtureEndpoint, query: URLSearchParams): Filters {
	const f: Filters = {};
	for (const p of ep.params) {
		const v = query.get(p.name)?.trim();
		if (!v || (v === 'all' && p.acceptsAll)) continue;
		const one = new Set([v]);
		switch (p.name) {
			case 'agent_id': case 'agent': f.agent = one; break;
			case 'skill_id': case 'skill': f.skill = one; break;
			case 'campaign_id': case 'campaign': f.campaign = one; break;
			case 'routing': f.rp = one; break;
			case 'customer_id': f.customer = v; break;
			case 'cod_act': {
				const group = GROUP_OF[v];
				if (group) {
					f.codeGroup = group;
					f.code = new Set(ACCOUNT.activityCodes.filter((c) => c.type_code === group).map((c) => c.cod_act));
				} else f.code = one;
				break;
			}
			default: break;
		}
	}
	return f;
}

// ---- entities ---------------------------------------------------------------------------------

interface Member {
	dim: Dim;
	id: string;
	agent?: Agent;
	skill?: Skill;
	campaign?: Campaign;
	code?: ActivityCode;
	rp?: RoutingPoint;
	value?: string;
}

function domain(dim: Dim, recipe: ReportRecipe, f: Filters): Member[] {
	switch (dim) {
		case 'agent': return ACCOUNT.agents.filter((a) => !f.agent || f.agent.has(a.agent_id)).map((a) => ({ dim, id: a.agent_id, agent: a }));
		case 'skill': return ACCOUNT.skills.filter((s) => !f.skill || f.skill.has(s.skill_id)).map((s) => ({ dim, id: s.skill_id, skill: s }));
		case 'campaign': return ACCOUNT.campaigns.filter((c) => !f.campaign || f.campaign.has(c.campaign_id)).map((c) => ({ dim, id: c.campaign_id, campaign: c }));
		case 'code': return ACCOUNT.activityCodes.filter((c) => !f.code || f.code.has(c.cod_act)).map((c) => ({ dim, id: c.cod_act, code: c }));
		case 'rp': return ACCOUNT.routingPoints.filter((r) => !f.rp || f.rp.has(r.rp_id)).map((r) => ({ dim, id: r.rp_id, rp: r }));
		case 'analyst': return ACCOUNT.qualityAnalysts.map((a) => ({ dim, id: a, value: a }));
		case 'enum': return recipe.enumValues.map((v) => ({ dim, id: v, value: v }));
	}
}

/** Every combination of the dimensions' members; an agent only goes with the skills it belongs to. */
function combos(dims: Dim[], recipe: ReportRecipe, f: Filters): Member[][] {
	let out: Member[][] = [[]];
	for (const dim of dims) {
		const members = domain(dim, recipe, f);
		out = out.flatMap((c) => members.map((m) => [...c, m]));
	}
	return out.filter((c) => {
		const a = c.find((m) => m.agent)?.agent;
		const s = c.find((m) => m.skill)?.skill;
		return !a || !s || a.skills.includes(s.skill_id);
	});
}

const comboKey = (c: Member[]) => c.map((m) => `${m.dim}:${m.id}`).join('|');

function bindMembers(b: Binding, c: Member[]): Binding {
	for (const m of c) {
		if (m.agent) b.agent = m.agent;
		if (m.skill) b.skill = m.skill;
		if (m.campaign) b.campaign = m.campaign;
		if (m.code) b.code = m.code;
		if (m.rp) b.rp = m.rp;
		if (m.dim === 'analyst') b.analyst = m.value;
		if (m.dim === 'enum') b.enumValue = m.value;
	}
	return b;
}

// ---- aggregated models ------------------------------------------------------------------------

/** A group's activity factor for a day: 0.4 … 1.3, or 0 for an agent's day off (30 %). */
function dayFactor(seed: number, api: string, key: string, day: number, withAgent: boolean): number {
	const u = unit(seed, api, 'day', key, day);
	const off = withAgent ? 0.3 : 0;
	return u < off ? 0 : 0.4 + (0.9 * (u - off)) / (1 - off);
}

interface Accumulator {
	sums: Record<string, number>;
	activity: number;
	first: number;
	last: number;
}

/** Adds an hour's contribution (activity `a` ≥ 0) of one group to its measures. */
function accumulate(acc: Accumulator, fields: ReadonlyArray<FieldRecipe>, a: number, hour: number): void {
	if (a <= 0) return;
	acc.activity += a;
	if (acc.first < 0 || hour < acc.first) acc.first = hour;
	if (hour > acc.last) acc.last = hour;
	for (const f of fields) {
		if (f.measure !== 'sum') continue;
		let v: number;
		switch (f.format) {
			case 'count': v = floor(a * (0.5 + 12 * f.spread)); break;
			case 'duration': case 'seconds': v = min(3600, floor(a * (120 + 2400 * f.spread))); break;
			default: v = round(a * (50 + 1500 * f.spread)) / 100; // minutes, costs: cents per hour
		}
		acc.sums[f.name] = (acc.sums[f.name] ?? 0) + v;
	}
}

const newAcc = (): Accumulator => ({ sums: {}, activity: 0, first: -1, last: -1 });

/** Totals that are sums of other totals where the docs say so ("calls (inbound, outbound e internal)"). */
const PARTS: ReadonlyArray<[string, string[]]> = [
	['calls', ['inbound', 'outbound', 'internal']],
	['inbound_calls', ['answer_calls', 'abandon_calls']],
	['stat_inbound', ['stat_answer', 'stat_abandon']],
	['total_time', ['hold_time', 'mute_time']],
	['total_chars', ['chars_send', 'chars_answer']],
];

/** Range-independent per-group values (averages, percentages), and totals made of their parts. */
function steadyMeasures(seed: number, api: string, key: string, fields: ReadonlyArray<FieldRecipe>, sums: Record<string, number>): Record<string, number> {
	const out: Record<string, number> = { ...sums };
	for (const [total, parts] of PARTS) {
		if (total in out && parts.filter((p) => p in out).length >= 2) out[total] = parts.reduce((s, p) => s + (out[p] ?? 0), 0);
	}
	for (const f of fields) {
		const u = unit(seed, api, 'steady', f.name, key);
		if (f.measure === 'avg') {
			if (f.format === 'duration') out[f.name] = 20 + u * 580;
			else if (f.format === 'seconds') out[f.name] = round(3 + u * 60);
			else if (f.format === 'ms') out[f.name] = round(15 + u * 180);
			else if (f.format === 'count') out[f.name] = round(1 + u * 9);
			else out[f.name] = 1 + u * 4; // survey averages, decimals
		} else if (f.measure === 'pct') out[f.name] = round(u * (/abandon|ploss|rejection/.test(f.name) ? 1500 : 10_000)) / 100;
	}
	return out;
}

/** share-of-total percentages: each row's first count over all rows' (campaign_1, diagram_14, cdr_4). */
function fillShares(fields: ReadonlyArray<FieldRecipe>, rows: Array<{ measures: Record<string, number> }>): void {
	const share = fields.find((f) => f.measure === 'share');
	const count = fields.find((f) => f.measure === 'sum' && f.format === 'count');
	if (!share) return;
	if (!count) {
		for (const r of rows) r.measures[share.name] = 100 / rows.length;
		return;
	}
	const total = rows.reduce((s, r) => s + (r.measures[count.name] ?? 0), 0);
	for (const r of rows) r.measures[share.name] = total ? (100 * (r.measures[count.name] ?? 0)) / total : 0;
}

interface GroupRow {
	key: string;
	/** No activity in the range: shown only by reports whose example has "-" fields (agent_1). */
	idle?: boolean;
	members: Member[];
	measures: Record<string, number>;
	first: number;
	last: number;
	/** Bucket start or slot minute. */
	at?: number;
}

/**
 * Totals per visible group over `hours` (the hours of the range, or of one bucket), hidden dimensions
 * summed in. `weight` scales an hour (sub-hour buckets).
 */
function groupTotals(recipe: ReportRecipe, fields: ReadonlyArray<FieldRecipe>, dims: Dim[], ctx: GenContext, hours: ReadonlyArray<number>, weight: (h: number) => number = () => 1, idle = false): GroupRow[] {
	const visible = combos(dims, recipe, ctx.filters);
	const hiddenCombos = combos(recipe.hidden, recipe, ctx.filters);
	const withAgent = dims.includes('agent') || recipe.hidden.includes('agent');
	const out: GroupRow[] = [];
	for (const v of visible) {
		const acc = newAcc();
		const vKey = comboKey(v);
		for (const h of hiddenCombos) {
			const key = [vKey, comboKey(h)].filter(Boolean).join('|');
			for (const hour of hours) {
				const load = hourLoad(hour);
				if (load <= 0) continue;
				accumulate(acc, fields, load * dayFactor(ctx.seed, recipe.api, key, dayIndex(hour), withAgent) * weight(hour), hour);
			}
		}
		// A row needs activity, and a count above zero when it has counts (no "0 calls" hours).
		const counts = fields.filter((f) => f.measure === 'sum' && f.format === 'count');
		const active = acc.activity > 0 && (!counts.length || counts.some((f) => (acc.sums[f.name] ?? 0) > 0));
		if (!active && !idle) continue;
		const sums = active ? acc.sums : Object.fromEntries(fields.filter((f) => f.measure === 'sum').map((f) => [f.name, 0]));
		const measures = steadyMeasures(ctx.seed, recipe.api, vKey, fields, sums);
		if (!active) for (const f of fields) if (f.measure === 'avg' || f.measure === 'pct') measures[f.name] = 0;
		out.push({ key: vKey, members: v, measures, first: active ? acc.first : -1, last: acc.last, idle: !active });
	}
	// Idle rows come with active ones only: a range with no activity at all is still a 404.
	if (idle && !out.some((g) => !g.idle)) return [];
	fillShares(fields, out);
	return out;
}

function groupBinding(recipe: ReportRecipe, ctx: GenContext, g: GroupRow, key: string): Binding {
	const b: Binding = { seed: ctx.seed, api: recipe.api, key, measures: g.measures, enumField: recipe.enumField || undefined, none: g.idle ?? false };
	bindMembers(b, g.members);
	if (g.first >= 0) {
		// login / logout style fields: the first and last active hours, at seeded minutes.
		const login = g.first + floor(unit(ctx.seed, recipe.api, 'in', key) * 40) * MINUTE_MS;
		const logout = min(ctx.now, g.last + (20 + floor(unit(ctx.seed, recipe.api, 'out', key) * 39)) * MINUTE_MS);
		b.time = login;
		b.times = [login, max(login, logout)];
	}
	return b;
}

function aggregateRows(recipe: ReportRecipe, ctx: GenContext): WireRow[] {
	const hours = bucketStarts(ctx.ini, ctx.end, ctx.now, HOUR_MS);
	const top = recipe.fields.filter((f) => !f.children);
	if (recipe.child && recipe.child.kind !== 'messages') {
		// agent_5: per agent, its hour-of-day rows; agent_11: per skill, its agents' rows.
		const kids = recipe.child;
		const childDims: Dim[] = kids.kind === 'agents' ? ['skill', 'agent'] : ['agent'];
		const parents = groupTotals(recipe, top, recipe.dims, ctx, hours);
		const rows: WireRow[] = [];
		for (const p of parents) {
			const sub: ReportRecipe = { ...recipe, hidden: [] };
			const scoped: GenContext = { ...ctx, filters: { ...ctx.filters, ...scopeOf(p.members) } };
			const children = kids.kind === 'agents'
				? groupTotals(sub, kids.fields, childDims, scoped, hours).map((g) => renderRow(kids.fields, groupBinding(sub, scoped, g, g.key)))
				: slotRows(sub, kids.fields, childDims, scoped, 60, true).map((s) => renderRow(kids.fields, s));
			if (!children.length) continue;
			const b = groupBinding(recipe, ctx, p, p.key);
			b.children = { [kids.field]: children };
			rows.push(renderRow(recipe.fields, b));
			if (rows.length >= ctx.limit) break;
		}
		return rows;
	}
	const groups = groupTotals(recipe, top, recipe.dims, ctx, hours, undefined, top.some((f) => f.noneable));
	return groups.slice(0, ctx.limit).map((g) => {
		const row = renderRow(recipe.fields, groupBinding(recipe, ctx, g, g.key));
		// cdr_4's data is an object keyed by band: the band travels with its row until the envelope.
		return recipe.enumField === '' ? { [BAND_KEY]: g.members.find((m) => m.dim === 'enum')?.value ?? '', ...row } : row;
	});
}

function scopeOf(members: Member[]): Filters {
	const f: Filters = {};
	for (const m of members) {
		if (m.agent) f.agent = new Set([m.agent.agent_id]);
		if (m.skill) f.skill = new Set([m.skill.skill_id]);
	}
	return f;
}

function bucketRows(recipe: ReportRecipe, ctx: GenContext, minutes: number, bucketField: string | undefined, clock: boolean): WireRow[] {
	const rows: WireRow[] = [];
	const step = minutes * MINUTE_MS;
	const share = (start: number) => (minutes >= 60 ? 1 : (0.5 + unit(ctx.seed, recipe.api, 'share', start)) * (minutes / 60));
	for (const start of bucketStarts(ctx.ini, ctx.end, ctx.now, step)) {
		const groups = groupTotals(recipe, recipe.fields, recipe.dims, ctx, hoursOf(start, minutes, ctx.now), () => share(start));
		for (const g of groups) {
			const key = `${start}|${g.key}`;
			const b = groupBinding(recipe, ctx, g, key);
			b.time = start;
			b.bucketField = bucketField;
			b.slotMinute = floor((start % 86_400_000) / MINUTE_MS);
			b.clock = clock;
			if (minutes < 1440) b.times = [start, min(ctx.now, start + step - 1000)];
			rows.push(renderRow(recipe.fields, b));
			if (rows.length >= ctx.limit) return rows;
		}
	}
	return rows;
}

/** Hour-of-day rows: every hour of the range adds to its slot (sub-hour slots take a share of it). */
function slotRows(recipe: ReportRecipe, fields: ReadonlyArray<FieldRecipe>, dims: Dim[], ctx: GenContext, minutes: number, clock: boolean): Binding[] {
	const hours = bucketStarts(ctx.ini, ctx.end, ctx.now, HOUR_MS);
	const perHour = max(1, 60 / minutes);
	const out: Binding[] = [];
	for (let slot = 0; slot < 24 * perHour; slot++) {
		const hourOfDay = floor(slot / perHour);
		const slotHours = hours.filter((h) => new Date(h).getUTCHours() === hourOfDay);
		if (!slotHours.length) continue;
		const sub = slot % perHour;
		const weight = (h: number) => (perHour === 1 ? 1 : (0.5 + unit(ctx.seed, recipe.api, 'share', h + sub * minutes * MINUTE_MS)) / perHour);
		for (const g of groupTotals(recipe, fields, dims, ctx, slotHours, weight)) {
			const key = `slot${slot}|${g.key}`;
			const b = groupBinding(recipe, ctx, g, key);
			b.slotMinute = slot * minutes;
			b.clock = clock;
			out.push(b);
		}
	}
	return out;
}

// ---- events -----------------------------------------------------------------------------------

/** How many events an endpoint has in the hour starting at `hourMs`. */
export function eventsInHour(seed: number, api: string, hourMs: number, rate = EVENT_RATES[api] ?? DEFAULT_RATE): number {
	if (hourMs < DATA_START_MS) return 0;
	const load = hourLoad(hourMs);
	if (load <= 0) return 0;
	return floor(rate * load * (0.5 + unit(seed, api, 'n', hourMs)));
}

/** The i-th of n events of an hour: strictly increasing seconds. */
export function eventTime(seed: number, api: string, hourMs: number, i: number, n: number): number {
	const offset = floor(((i + 0.5 * unit(seed, api, 't', hourMs, i)) * 3600) / n);
	return hourMs + offset * 1000;
}

/** The entities of an event, drawn from its identity. */
const SKILL_BY_ID = new Map(ACCOUNT.skills.map((s) => [s.skill_id, s]));
const CODES_OF = {
	cod_act1: ACCOUNT.activityCodes.filter((c) => c.type_code === 'cod_act1'),
	cod_act2: ACCOUNT.activityCodes.filter((c) => c.type_code === 'cod_act2'),
};

export function eventBinding(seed: number, api: string, hourMs: number, i: number, t: number, f: Filters = {}): Binding {
	const b: Binding = { seed, api, key: `${hourMs}.${i}`, time: t };
	const agent = pick(ACCOUNT.agents, rowHash(b, 'agent'));
	const skill = SKILL_BY_ID.get(pick(agent.skills, rowHash(b, 'skill'))) as Skill;
	const group = f.codeGroup ?? 'cod_act1';
	const first = CODES_OF[group];
	const second = CODES_OF[group === 'cod_act1' ? 'cod_act2' : 'cod_act1'];
	const timeout = !f.codeGroup && rowHash(b, 'timeout') % 25 === 0; // 4 %: the ACW ran out
	b.agent = agent;
	b.skill = skill;
	b.campaign = pick(ACCOUNT.campaigns, rowHash(b, 'campaign'));
	b.code = timeout ? TIMEOUT_CODE : pick(first, rowHash(b, 'code'));
	b.code2 = timeout ? TIMEOUT_CODE : pick(second, rowHash(b, 'code2'));
	b.rp = pick(ACCOUNT.routingPoints, rowHash(b, 'rp'));
	b.connector = pick(ACCOUNT.connectors, rowHash(b, 'connector'));
	b.duration = 15 + (rowHash(b, 'duration') % 900);
	return b;
}

function keeps(b: Binding, f: Filters): boolean {
	if (f.agent && !f.agent.has(b.agent?.agent_id ?? '')) return false;
	if (f.skill && !f.skill.has(b.skill?.skill_id ?? '')) return false;
	if (f.campaign && !f.campaign.has(b.campaign?.campaign_id ?? '')) return false;
	if (f.rp && !f.rp.has(b.rp?.rp_id ?? '')) return false;
	if (f.code && !f.codeGroup && !f.code.has(b.code?.cod_act ?? '')) return false;
	if (f.customer && customer(b).id !== f.customer) return false;
	return true;
}

/** Calls back each kept event of [ini, end] (not after now) in chronological order until it returns false. */
export function forEachEvent(seed: number, api: string, rate: number, ctx: Pick<GenContext, 'ini' | 'end' | 'now' | 'filters' | 'lateMs'>, visit: (b: Binding) => boolean): void {
	const to = min(ctx.end, ctx.now);
	for (let hour = floor(max(ctx.ini, DATA_START_MS) / HOUR_MS) * HOUR_MS; hour <= to; hour += HOUR_MS) {
		const n = eventsInHour(seed, api, hour, rate);
		for (let i = 0; i < n; i++) {
			const t = eventTime(seed, api, hour, i, n);
			if (t < ctx.ini || t > to) continue;
			if (ctx.lateMs && t + lagOf(seed, api, t, ctx.lateMs) > ctx.now) continue;
			const b = eventBinding(seed, api, hour, i, t, ctx.filters);
			if (!keeps(b, ctx.filters)) continue;
			if (!visit(b)) return;
		}
	}
}

/** How long after its instant an event shows (whole seconds in [0, lateMs]): a pure function of it. */
export function lagOf(seed: number, api: string, t: number, lateMs: number): number {
	return floor(unit(seed, api, 'late', t) * (lateMs / 1000 + 1)) * 1000;
}

function eventRows(recipe: ReportRecipe, ctx: GenContext, rate: number): WireRow[] {
	const rows: WireRow[] = [];
	const kids = recipe.child;
	forEachEvent(ctx.seed, recipe.api, rate, ctx, (b) => {
		if (kids) b.children = { [kids.field]: messages(b, kids.fields) };
		rows.push(renderRow(recipe.fields, b));
		return rows.length < ctx.limit;
	});
	return rows;
}

/** chat_2's conversation: 2–6 messages after the chat's start, customer first, on one channel. */
function messages(parent: Binding, fields: ReadonlyArray<FieldRecipe>): WireRow[] {
	const n = 2 + (hash32(parent.seed, parent.api, 'messages', parent.key) % 5);
	const channel = fields.find((f) => f.name === 'channel');
	const from = fields.find((f) => f.name === 'from');
	const shared: Record<string, string> = {};
	if (channel?.values.length) shared.channel = pick(channel.values, hash32(parent.seed, parent.api, 'channel', parent.key));
	const rows: WireRow[] = [];
	let t = parent.time ?? 0;
	for (let j = 0; j < n; j++) {
		t += (10 + (hash32(parent.seed, parent.api, 'gap', parent.key, j) % 120)) * 1000;
		const overrides: Record<string, string> = { ...shared };
		if (from?.values.length) overrides.from = from.values[j % 2 === 0 ? max(0, from.values.length - 1) : 0];
		rows.push(renderRow(fields, { ...parent, key: `${parent.key}.m${j}`, time: t, times: undefined, overrides }));
	}
	return rows;
}

/** The rows of a report for a validated range; at most ctx.limit of them, in order. */
export function reportRows(recipe: ReportRecipe, ctx: GenContext): WireRow[] {
	const m = recipe.model;
	switch (m.kind) {
		case 'event': return eventRows(recipe, ctx, m.rate);
		case 'bucket': return bucketRows(recipe, ctx, m.minutes, m.bucketField, m.clock);
		case 'slots': return slotRows(recipe, recipe.fields, recipe.dims, ctx, m.minutes, m.clock).slice(0, ctx.limit).map((b) => renderRow(recipe.fields, b));
		case 'aggregate': return aggregateRows(recipe, ctx);
	}
}
