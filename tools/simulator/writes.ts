// campaign.php and configuration.php: the collection's folders "Campañas" and "Configuración", served
// against the simulator's state (state.ts). Methods, success codes (number or string, as each example
// spells it) and msgs are the collection's; every error text here is inferred (no source shows one),
// except SOME PARAMETERS ARE REQUIRED and THE API YOU WANT TO CONSULT DOES NOT EXIST.

import { ACCOUNT } from './account';
import { MESSAGING_SPECS, type MessagingSpec } from './messaging';
import { DAY_MS, formatSql, parse14 } from './clock';
import { MSG, type WireData } from './envelope';
import {
	field, newRecord, PHONE_FIELDS, RECORD_FIELDS, type CampaignFilter, type CampaignRecord, type CampaignState, type DncEntry, type SimState,
} from './state';
import { STORAGE_READS, STORAGE_SPECS } from './storage';

export const STATE_SCRIPTS = ['campaign', 'configuration', 'wolkvox_storage', 'sms', 'whatsapp'] as const;
export type StateScript = (typeof STATE_SCRIPTS)[number];

/** Wolkvox's upload cap per add_record call (issue 12, docs/wolkvox-api.md). */
export const MAX_RECORDS_PER_CALL = 10_000;

/** Inferred error texts. */
export const WRITE_MSG = {
	recordLimit: `THE LIMIT OF RECORDS PER REQUEST IS ${MAX_RECORDS_PER_CALL}`,
	notArray: 'THE BODY MUST BE A JSON ARRAY',
	badBody: 'THE BODY MUST BE A JSON OBJECT',
	noCampaign: 'THE CAMPAIGN DOES NOT EXIST',
	wrongType: 'THE TYPE_CAMPAIGN DOES NOT MATCH THE CAMPAIGN',
	notPredictive: 'THE CAMPAIGN IS NOT PREDICTIVE',
	noCustomer: 'THE CUSTOMER_ID DOES NOT EXIST IN THE CAMPAIGN',
	notBlocked: 'THE NUMBER IS NOT BLOCKED',
	invalid: (name: string) => `INVALID VALUE FOR ${name.toUpperCase()}`,
} as const;

export interface StateEnv {
	nowWall: number;
	maxRangeDays: number;
	rowCap: number;
}

export interface StateResult {
	status: number;
	/** A complete success body in the endpoint's documented shape; without it the standard envelope of msg/data. */
	body?: Record<string, unknown>;
	msg: string;
	data?: WireData;
	/** The request reached a write endpoint with its method: the after-write faults apply when it succeeded. */
	write: boolean;
	/** Known script and api, other method (inferred 405). */
	methodNotAllowed?: boolean;
}

type Body = unknown;
type Query = URLSearchParams;
type Handler = (q: Query, body: Body, st: SimState, env: StateEnv) => StateResult;

interface Spec {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	/** Required query parameters (a missing or empty one: 400 SOME PARAMETERS ARE REQUIRED). */
	query?: string[];
	/** A read whatever its method (a POST with a body): no after-write faults. */
	read?: boolean;
	handle: Handler;
}

/** A messaging endpoint (messaging.ts) as one of this table's. */
const messaging = ({ method, read, handle }: MessagingSpec): Spec => ({
	method,
	read,
	handle: (q, body, st, env) => ({ ...handle(q, body, st.messaging, env.nowWall), write: true }),
});

/** The request body could not be parsed as JSON. */
export const UNPARSEABLE = Symbol('unparseable body');

const fail = (status: number, msg: string): StateResult => ({ status, msg, write: true });
const params = (): StateResult => fail(400, MSG.params);
/** A success in the documented shape; `code` as the example spells it. */
const ok = (status: number, code: number | string, msg: string, data?: unknown): StateResult =>
	({ status, msg, write: true, body: data === undefined ? { code, error: null, msg } : { code, error: null, msg, data } });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const digits = (s: string, min: number, max: number) => new RegExp(`^\\d{${min},${max}}$`).test(s);
const TYPES = ['predictive', 'preview'];
/** clear_campaign/remove_record `result` values, matched to the stored spelling ("no-answer" = NO ANSWER). */
const RESULT_PARAM = ['no-answer', 'answer-machine', 'abandon', 'busy', 'congestion', 'unknown', 'failed', 'do-not-call', 'chanunavail', 'answer'];
const resultKey = (s: string) => s.trim().toLowerCase().replace(/[\s_]+/g, '-');
const AMD = ['ARG', 'CHL', 'COL', 'CRI', 'ECU', 'ESP', 'GTM', 'HND', 'ITA', 'MEX', 'NIC', 'PAN', 'PER'];
const FILTER_FIELDS = [...RECORD_FIELDS.filter((f) => !['recall_date', 'recall_telephone', 'agent_id'].includes(f)), 'result'];
const OPERATORS = ['<', '>', '>=', '<=', '!=', '=', 'is', 'like'];

/** The campaign a request names, checked against `type_campaign` when the URL has it. */
function campaignOf(st: SimState, q: Query, typed: boolean): CampaignState | StateResult {
	const c = st.campaign(q.get('campaign_id'));
	if (!c) return fail(400, WRITE_MSG.noCampaign);
	if (typed && q.get('type_campaign') !== c.type_campaign) return fail(400, WRITE_MSG.wrongType);
	return c;
}
const isResult = (v: CampaignState | StateResult): v is StateResult => 'write' in v;

/** The records of a customer_id (a record uploaded twice is there twice). */
const byCustomer = (c: CampaignState, id: string) => c.records.filter((r) => r.customer_id === id);

// ---- campaign.php ----

const addRecord: Handler = (q, body, st) => {
	if (!TYPES.includes(q.get('type_campaign') ?? '')) return params();
	const c = campaignOf(st, q, true);
	if (isResult(c)) return c;
	const status = q.get('campaign_status');
	if (status !== null && status !== '' && status !== 'start' && status !== 'stop') return fail(400, WRITE_MSG.invalid('campaign_status'));
	if (!Array.isArray(body)) return fail(400, WRITE_MSG.notArray);
	if (body.length === 0) return params();
	if (body.length > MAX_RECORDS_PER_CALL) return fail(400, WRITE_MSG.recordLimit);
	if (!body.every(isObject)) return fail(400, WRITE_MSG.notArray);
	// Every record is stored as sent, duplicates included: a repeated upload shows up as a second copy.
	for (const r of body as Array<Record<string, unknown>>) c.records.push(newRecord(r));
	if (status === 'start') c.status = 'Started';
	if (status === 'stop') c.status = 'Stopped';
	return ok(201, '201', 'All records has been added successfully', [{ total_registers: String(body.length) }]);
};

const addCampaignDnc: Handler = (_q, body, st) => {
	if (!Array.isArray(body)) return fail(400, WRITE_MSG.notArray);
	if (body.length === 0) return params();
	let added = 0;
	for (const item of body) {
		const telephone = isObject(item) ? text(item.telephone) : '';
		// Rejected: not 7–15 digits, or already on the outbound list (this list blocks the dialler).
		if (!digits(telephone, 7, 15) || st.dnc.some((e) => e.telephone === telephone && e.type === 'outbound')) continue;
		st.dnc.push({ telephone, type: 'outbound', days_block: isObject(item) ? text(item.days_block) : '', via: 'campaign' });
		added++;
	}
	return ok(201, 201, `${added} telephones were added`, [{ total_added: String(added), total_rejected: String(body.length - added), total_sent: String(body.length) }]);
};

const codify: Handler = (q, body, st, env) => {
	if (!isObject(body) || !text(body.customer_id) || !text(body.cod_act)) return params();
	const c = campaignOf(st, q, true);
	if (isResult(c)) return c;
	const id = text(body.customer_id);
	const records = byCustomer(c, id);
	if (records.length === 0) return fail(400, WRITE_MSG.noCustomer);
	for (const r of records) {
		r.cod_act = text(body.cod_act);
		r.cod_act_2 = text(body.cod_act_2);
		r.comments = text(body.comment);
		r.date = formatSql(env.nowWall); // coded: managed now, without a call (no conn_id)
	}
	return ok(202, 202, `customer_id ${id} has been coded`);
};

const recall: Handler = (q, body, st) => {
	// Inferred: recall_telephone may be left out (the record is called back on its own number); the table marks none optional.
	if (!isObject(body) || !text(body.customer_id) || !text(body.recall_date)) return params();
	const c = campaignOf(st, q, false);
	if (isResult(c)) return c;
	const date = text(body.recall_date);
	if (parse14(date) === null) return fail(400, WRITE_MSG.invalid('recall_date'));
	const given = text(body.recall_telephone);
	if (given && !digits(given, 7, 15)) return fail(400, WRITE_MSG.invalid('recall_telephone'));
	const id = text(body.customer_id);
	const records = byCustomer(c, id);
	if (records.length === 0) return fail(400, WRITE_MSG.noCustomer);
	for (const r of records) {
		r.recall_date = date;
		if (given) r.recall_telephone = given;
		r.recall_count++;
	}
	const phone = given || records[0].recall_telephone || String(records[0].fields.tel1 ?? '');
	return ok(202, 202, `customer_id ${id} has been updated and will be call back on ${date} to phone ${phone}`);
};

/** `result` of the URL, or undefined for every record; null when it is not one of the documented values. */
function resultFilter(q: Query): string | undefined | null {
	const result = q.get('result');
	if (result === null || result === '') return undefined;
	return RESULT_PARAM.includes(result.toLowerCase()) ? result.toLowerCase() : null;
}

const removeRecord: Handler = (q, body, st) => {
	if (!isObject(body) || !text(body.customer_id)) return params();
	const c = campaignOf(st, q, true);
	if (isResult(c)) return c;
	const result = resultFilter(q);
	if (result === null) return fail(400, WRITE_MSG.invalid('result'));
	const list = text(body.customer_id);
	const ids = new Set(list.split(',').map((s) => s.trim()).filter(Boolean));
	// Inferred: IDs not in the campaign are skipped, the msg echoes the list as sent.
	c.records = c.records.filter((r) => !(ids.has(r.customer_id) && (result === undefined || resultKey(r.result) === result)));
	return ok(202, 202, `customer_id ${list} has been deleted successfully`);
};

const speed: Handler = (q, body, st) => {
	if (!isObject(body) || text(body.speed) === '') return params();
	const c = campaignOf(st, q, false);
	if (isResult(c)) return c;
	const s = text(body.speed);
	if (!/^\d{1,3}$/.test(s) || Number(s) > 100) return fail(400, WRITE_MSG.invalid('speed'));
	c.speed = String(Number(s));
	return ok(202, 202, `The speed of ${c.campaign_id} campaign_id has been updated successfully`);
};

const startStop = (started: boolean): Handler => (q, _body, st) => {
	const c = campaignOf(st, q, false);
	if (isResult(c)) return c;
	c.status = started ? 'Started' : 'Stopped';
	return ok(202, 202, `The ${c.campaign_id} campaign_id has been ${started ? 'started' : 'stopped'} successfully`);
};

const createCampaign: Handler = (q, body, st) => {
	const type = q.get('type_campaign') ?? '';
	if (!TYPES.includes(type) || !isObject(body) || !text(body.campaign_name) || !text(body.skill_id)) return params();
	const skill = ACCOUNT.skills.find((s) => s.skill_id === text(body.skill_id));
	if (!skill) return fail(400, WRITE_MSG.invalid('skill_id'));
	const hhiiss = (name: string, fallback: string) => {
		const v = text(body[name]);
		if (v === '') return fallback;
		return /^([01]\d|2[0-3])[0-5]\d[0-5]\d$/.test(v) ? `${v.slice(0, 2)}:${v.slice(2, 4)}:${v.slice(4)}` : null;
	};
	const predictive = type === 'predictive';
	const start = predictive ? hhiiss('start_time', '08:00:00') : '';
	const end = predictive ? hhiiss('end_time', '18:00:00') : '';
	if (start === null || end === null) return fail(400, WRITE_MSG.invalid('start_time/end_time'));
	const amd = text(body.amd);
	if (amd !== '' && !AMD.includes(amd)) return fail(400, WRITE_MSG.invalid('amd'));
	const edition = text(body.enable_edition) || 'no';
	if (edition !== 'yes' && edition !== 'no') return fail(400, WRITE_MSG.invalid('enable_edition'));
	const labels: Record<string, string> = {};
	for (let i = 1; i <= 12; i++) if (text(body[`opt${i}`])) labels[`opt${i}`] = text(body[`opt${i}`]);
	const id = String(st.nextCampaignId++);
	const name = text(body.campaign_name);
	st.campaigns.push({
		campaign_id: id, campaign_name: name, campaign_description: text(body.campaign_description), type_campaign: predictive ? 'predictive' : 'preview',
		status: 'Stopped', skill_id: skill.skill_id, dial_mode: predictive ? 'autopilot' : 'phone1 – ring: 30(seg)', turbo_dial: 'no',
		speed: '1', enable_edition: edition, start_time: start, end_time: end, amd_conf: amd || 'default', routing_recall: 'no',
		camp_dial_order: 'linear', optional_labels: labels, filter: null, records: [],
	});
	return ok(201, 201, `The ${id} campaign_id has been created successfully`, [{ id_campaign: id, name_campaign: name }]);
};

const EDITABLE = ['campaign_name', 'campaign_description', 'type_camp', 'enable_edition', 'start_time', 'end_time', 'skill_id', 'amd_conf',
	'turbo_dial', 'routing_recall', 'camp_dial_order', 'optional_labels'];

const editCampaign: Handler = (q, body, st) => {
	if (!isObject(body)) return fail(400, WRITE_MSG.badBody);
	const c = campaignOf(st, q, false);
	if (isResult(c)) return c;
	// docs: invalid fields, values or formats answer 400; nothing is changed then (inferred: all or nothing).
	const bad = Object.keys(body).find((k) => !EDITABLE.includes(k));
	if (bad) return fail(400, WRITE_MSG.invalid(bad));
	const next = { ...c, optional_labels: { ...c.optional_labels } };
	const yesNo = (v: string) => v === 'yes' || v === 'no';
	const time = (v: string) => /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(v);
	for (const [k, raw] of Object.entries(body)) {
		if (k === 'optional_labels') {
			if (!isObject(raw)) return fail(400, WRITE_MSG.invalid(k));
			for (const [label, v] of Object.entries(raw)) {
				if (!/^opt([0-9]|1[0-2])$/.test(label) || typeof v !== 'string') return fail(400, WRITE_MSG.invalid(`optional_labels.${label}`));
				next.optional_labels[label] = v;
			}
			continue;
		}
		const v = text(raw);
		if (typeof raw !== 'string') return fail(400, WRITE_MSG.invalid(k));
		if (v === '') continue; // an empty field is "not sent" (the collection's body lists every field empty)
		switch (k) {
			case 'campaign_name': next.campaign_name = v; break;
			case 'campaign_description': next.campaign_description = v; break;
			case 'type_camp':
				if (!TYPES.includes(v.toLowerCase())) return fail(400, WRITE_MSG.invalid(k));
				next.type_campaign = v.toLowerCase() as CampaignState['type_campaign'];
				break;
			case 'enable_edition': if (!yesNo(v)) return fail(400, WRITE_MSG.invalid(k)); next.enable_edition = v as 'yes' | 'no'; break;
			case 'turbo_dial': if (!yesNo(v)) return fail(400, WRITE_MSG.invalid(k)); next.turbo_dial = v as 'yes' | 'no'; break;
			case 'routing_recall': if (!yesNo(v)) return fail(400, WRITE_MSG.invalid(k)); next.routing_recall = v as 'yes' | 'no'; break;
			case 'start_time': if (!time(v)) return fail(400, WRITE_MSG.invalid(k)); next.start_time = v; break;
			case 'end_time': if (!time(v)) return fail(400, WRITE_MSG.invalid(k)); next.end_time = v; break;
			case 'skill_id':
				if (v !== 'VAGENT' && !ACCOUNT.skills.some((s) => s.skill_id === v)) return fail(400, WRITE_MSG.invalid(k));
				next.skill_id = v;
				break;
			case 'amd_conf':
				if (!['default', 'none', ...AMD].includes(v)) return fail(400, WRITE_MSG.invalid(k));
				next.amd_conf = v;
				break;
			case 'camp_dial_order':
				if (!['linear', 'zigzag', 'random'].includes(v)) return fail(400, WRITE_MSG.invalid(k));
				next.camp_dial_order = v as CampaignState['camp_dial_order'];
				break;
		}
	}
	if (next.start_time && next.end_time && next.start_time >= next.end_time) return fail(400, WRITE_MSG.invalid('start_time/end_time'));
	Object.assign(c, next);
	return ok(200, '200', 'Campaign has been updated successfully', [{
		campaign_id: c.campaign_id, campaign_name: c.campaign_name, campaign_description: c.campaign_description,
		type_camp: c.type_campaign === 'predictive' ? 'Predictive' : 'Preview', enable_edition: c.enable_edition, start_time: c.start_time,
		end_time: c.end_time, skill_id: c.skill_id, amd_conf: c.amd_conf, turbo_dial: c.turbo_dial, routing_recall: c.routing_recall,
		optional_labels: { ...c.optional_labels },
	}]);
};

/** Does a record pass one campaign_filter condition? Numbers compare as numbers; `like` is SQL's (% and _), case-insensitive. */
function matches(r: CampaignRecord, f: CampaignFilter['filters'][number]): boolean {
	const a = field(r, f.field);
	const b = f.value;
	const numeric = a !== '' && b !== '' && !Number.isNaN(Number(a)) && !Number.isNaN(Number(b));
	const cmp = numeric ? Number(a) - Number(b) : a.localeCompare(b);
	switch (f.operator) {
		case '<': return cmp < 0;
		case '>': return cmp > 0;
		case '<=': return cmp <= 0;
		case '>=': return cmp >= 0;
		case '=': return a === b;
		case '!=': return a !== b;
		// Inferred: `is` tests emptiness for "null"/"empty"/"", otherwise equality.
		case 'is': return ['', 'null', 'empty'].includes(b.toLowerCase()) ? a === '' : a === b;
		default: {
			const pattern = b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
			return new RegExp(`^${pattern}$`, 'i').test(a);
		}
	}
}

/** Still to be dialled: never dialled, or marked for recall. */
const pending = (r: CampaignRecord) => r.result === '' || r.result === 'CLEAN';

export function passesFilter(r: CampaignRecord, filter: CampaignFilter | null): boolean {
	if (!filter || filter.filter_active !== 'yes' || filter.filters.length === 0) return true;
	return filter.connector === 'or' ? filter.filters.some((f) => matches(r, f)) : filter.filters.every((f) => matches(r, f));
}

const campaignFilter: Handler = (q, body, st) => {
	if (!isObject(body) || !text(body.filter_active)) return params();
	const c = campaignOf(st, q, true);
	if (isResult(c)) return c;
	const active = text(body.filter_active).toLowerCase();
	if (active !== 'yes' && active !== 'no') return fail(400, WRITE_MSG.invalid('filter_active'));
	const connector = (text(body.connector) || 'and').toLowerCase();
	if (connector !== 'and' && connector !== 'or') return fail(400, WRITE_MSG.invalid('connector'));
	const raw = body.filters ?? [];
	if (!Array.isArray(raw)) return fail(400, WRITE_MSG.invalid('filters'));
	const filters: CampaignFilter['filters'] = [];
	for (const f of raw) {
		if (!isObject(f) || !FILTER_FIELDS.includes(text(f.field)) || !OPERATORS.includes(text(f.operator).toLowerCase())) return fail(400, WRITE_MSG.invalid('filters'));
		filters.push({ field: text(f.field), operator: text(f.operator).toLowerCase(), value: text(f.value) });
	}
	if (active === 'yes' && filters.length === 0) return fail(400, WRITE_MSG.invalid('filters'));
	c.filter = { filter_active: active, connector, filters };
	const applied = active === 'yes' ? filters.map((f) => `${f.field} ${f.operator} '${f.value}'`).join(` ${connector.toUpperCase()} `) : '';
	return ok(200, 200, 'Campaign filter successfully updated', {
		total_records: String(c.records.length),
		pending_records: String(c.records.filter((r) => pending(r) && passesFilter(r, c.filter)).length),
		applied_filter: applied,
	});
};

const clearCampaign: Handler = (q, _body, st) => {
	if (!TYPES.includes(q.get('type_campaign') ?? '')) return params();
	const c = campaignOf(st, q, true);
	if (isResult(c)) return c;
	const result = resultFilter(q);
	if (result === null) return fail(400, WRITE_MSG.invalid('result'));
	c.records = result === undefined ? [] : c.records.filter((r) => resultKey(r.result) !== result);
	return ok(202, 202, `All records has been deleted of campaign_id ${c.campaign_id} successfully`);
};

const deleteCampaign: Handler = (q, body, st) => {
	const type = q.get('type_campaign') ?? '';
	if (!TYPES.includes(type)) return params();
	// The body's campaign_ids (new method) or the URL's campaign_id (old method).
	let ids: string[];
	if (isObject(body) && body.campaign_ids !== undefined) {
		if (!Array.isArray(body.campaign_ids) || body.campaign_ids.length === 0) return params();
		ids = body.campaign_ids.map(text);
	} else if (q.get('campaign_id')) ids = [q.get('campaign_id') as string];
	else return params();
	let deleted = 0;
	for (const id of ids) {
		const c = st.campaign(id);
		// Inferred: an unknown ID, or one of the other type, is a failed operation.
		if (!c || c.type_campaign !== type) continue;
		st.campaigns = st.campaigns.filter((x) => x !== c);
		deleted++;
	}
	return ok(200, '200', `${deleted} campaigns deleted successfully. ${ids.length - deleted} operations failed.`);
};

/** recall_records' `field`: the machine result or an activity code (names inferred but for Cod_Machine, the example's). */
const RECALL_FIELDS: Record<string, (r: CampaignRecord) => string> = {
	cod_machine: (r) => r.result,
	cod_act: (r) => r.cod_act,
	cod_act_2: (r) => r.cod_act_2,
};

const recallRecords: Handler = (q, body, st) => {
	if (!isObject(body) || !text(body.field) || !text(body.value)) return params();
	const c = campaignOf(st, q, false);
	if (isResult(c)) return c;
	if (c.type_campaign !== 'predictive') return fail(400, WRITE_MSG.notPredictive);
	const name = text(body.field);
	const read = RECALL_FIELDS[name.toLowerCase()];
	if (!read) return fail(400, WRITE_MSG.invalid('field'));
	const value = text(body.value);
	const normalized = value.trim().toUpperCase().replace(/[-_]+/g, ' ');
	const hits = c.records.filter((r) => read(r).toUpperCase() === normalized);
	for (const r of hits) r.result = 'CLEAN';
	return ok(200, '200', `${hits.length} record(s) have been marked for recall successfully`, [{
		campaign_id: c.campaign_id, field: name, value, normalized_value: normalized, affected_records: String(hits.length),
	}]);
};

const findRecord: Handler = (q, _body, st, env) => {
	const campaignId = q.get('campaign_id') || '';
	const phone = q.get('customer_phone') || '';
	const customer = q.get('customer_id') || '';
	if (!campaignId && !phone && !customer) return { ...params(), write: false };
	const rows = [];
	for (const c of st.campaigns) {
		if (campaignId && c.campaign_id !== campaignId) continue;
		for (const r of c.records) {
			if (customer && r.customer_id !== customer) continue;
			if (phone && !PHONE_FIELDS.some((f) => field(r, f) === phone)) continue;
			rows.push({
				...pick(r, ['customer_name', 'customer_last_name']), customer_id: r.customer_id,
				...pick(r, ['country', 'state', 'city', 'zone', 'address', ...opts(), ...tels(10)]),
				date: r.date, calls: String(r.calls), conn_id: r.conn_id, result: r.result, campaign_id: c.campaign_id,
			});
		}
	}
	return rowsAnswer(rows.slice(0, env.rowCap));
};

const detail: Handler = (q, _body, st, env) => {
	const dateIni = q.get('date_ini') ?? '';
	const dateEnd = q.get('date_end') ?? '';
	const ini = parse14(dateIni);
	const end = parse14(dateEnd);
	const read = (r: StateResult): StateResult => ({ ...r, write: false });
	if (ini === null || end === null || ini > end) return read(params());
	if (end - ini > env.maxRangeDays * DAY_MS) return read(fail(400, MSG.range(env.maxRangeDays)));
	const mode = q.get('detail') || 'default';
	if (mode !== 'default' && mode !== 'all') return read(fail(400, WRITE_MSG.invalid('detail')));
	const c = campaignOf(st, q, true);
	if (isResult(c)) return read(c);
	const from = formatSql(ini);
	const to = formatSql(end);
	// "default": managed records with a conn_id (a call); "all": every managed record, coded ones without a call too.
	const rows = c.records.filter((r) => r.date !== '' && r.date >= from && r.date <= to && (mode === 'all' || r.conn_id !== '')).map((r) => ({
		...pick(r, ['customer_name', 'customer_last_name', 'id_type']), customer_id: r.customer_id,
		...pick(r, ['gender', 'country', 'state', 'city', 'zone', 'address', ...opts(), ...tels(10), 'tel_extra']),
		agent_id: r.agent_id, date: r.date, calls: String(r.calls), conn_id: r.conn_id, recall: r.recall_date, result: r.result,
		cod_act: r.cod_act, cod_act_2: r.cod_act_2, recall_count: String(r.recall_count), comments: r.comments,
	}));
	return rowsAnswer(rows.slice(0, env.rowCap));
};

const describe = (code: string) => ACCOUNT.activityCodes.find((a) => a.cod_act === code)?.description_cod_act ?? '';

const campaign15: Handler = (q, _body, st) => {
	const c = st.campaign(q.get('campaign_id'));
	if (!c) return { ...fail(400, WRITE_MSG.noCampaign), write: false };
	if (c.records.length === 0) return { status: 404, msg: MSG.found(0), data: [], write: false };
	const spanish: Array<[string, string]> = [['nombre_cliente', 'customer_name'], ['apellido_cliente', 'customer_last_name'], ['tipo_doc', 'id_type'],
		['id_cliente', 'customer_id'], ['edad', 'age'], ['sexo', 'gender'], ['pais', 'country'], ['departamento', 'state'], ['ciudad', 'city'],
		['zona', 'zone'], ['direccion', 'address']];
	const records = c.records.map((r) => {
		const row: Record<string, string> = {};
		for (const [es, en] of spanish) row[es] = en === 'customer_id' ? r.customer_id : field(r, en);
		Object.assign(row, pick(r, [...opts(), ...tels(10), 'tel_extra']));
		const lastTel = r.calls > 0 ? field(r, 'tel1') : '';
		Object.assign(row, {
			id_agent: r.agent_id, resultado: r.result, fecha: r.date, llamadas: String(r.calls), id_call: r.conn_id,
			cod_rslt1: r.cod_act, description_cod1: describe(r.cod_act), cod_rslt2: r.cod_act_2, description_cod2: describe(r.cod_act_2),
			comentarios: r.comments, rellamada: r.recall_date, rellamada_count: String(r.recall_count), email: field(r, 'email'),
			rellamada_tel: r.recall_telephone, last_dial_tele: lastTel, history_dial_tel: lastTel && `${r.date} ${r.result} ${lastTel}`,
			rellamada_info: r.recall_date && `${r.recall_date} ${r.recall_telephone}`,
		});
		return row;
	});
	// Not the usual envelope: the collection's example has no error/msg/data.
	return { status: 200, msg: '', write: false, body: { code: '200', total_records: String(records.length), campaign_id: c.campaign_id, records } };
};

// ---- configuration.php ----

const DNC_TYPES: Record<string, Array<DncEntry['type']>> = {
	inbound: ['inbound'], outbound: ['outbound'], 'inbound/outbound': ['inbound', 'outbound'], all: ['inbound', 'outbound'],
};

const addConfigDnc: Handler = (_q, body, st) => {
	if (!isObject(body) || !Array.isArray(body.telephones) || body.telephones.length === 0) return params();
	const types = DNC_TYPES[text(body.type_call).toLowerCase()];
	if (!types) return body.type_call ? fail(400, WRITE_MSG.invalid('type_call')) : params();
	let added = 0;
	for (const t of body.telephones) {
		const telephone = text(t);
		if (!digits(telephone, 7, 15)) continue;
		let any = false;
		for (const type of types) {
			if (st.dnc.some((e) => e.telephone === telephone && e.type === type)) continue;
			st.dnc.push({ telephone, type, days_block: '', via: 'configuration' });
			any = true;
		}
		if (any) added++;
	}
	return ok(201, 201, `${added} telephones were added`);
};

const removeDnc: Handler = (_q, body, st) => {
	if (!isObject(body) || body.telephones === undefined) return params();
	const types = DNC_TYPES[(text(body.type) || 'all').toLowerCase()];
	if (!types) return fail(400, WRITE_MSG.invalid('type'));
	const all = typeof body.telephones === 'string' && body.telephones.toLowerCase() === 'all';
	if (!all && (!Array.isArray(body.telephones) || body.telephones.length === 0)) return params();
	const phones = all ? undefined : new Set((body.telephones as unknown[]).map(text));
	const removed = new Set<string>();
	st.dnc = st.dnc.filter((e) => {
		const hit = types.includes(e.type) && (!phones || phones.has(e.telephone));
		if (hit) removed.add(e.telephone);
		return !hit;
	});
	return ok(202, 202, `${removed.size} telephones were deleted`);
};

const blockPredictiveDnc: Handler = (_q, body, st) => {
	if (!isObject(body) || !text(body.id_campaing) || !Array.isArray(body.id_cliente) || body.id_cliente.length === 0) return params();
	const c = st.campaign(text(body.id_campaing));
	if (!c) return fail(400, WRITE_MSG.noCampaign);
	if (c.type_campaign !== 'predictive') return fail(400, WRITE_MSG.notPredictive);
	const ids = new Set(body.id_cliente.map(text));
	let marked = 0;
	for (const r of c.records) {
		if (!ids.has(r.customer_id)) continue;
		r.result = 'DO-NOT-CALL';
		marked++;
	}
	for (const id of ids) {
		if (c.records.some((r) => r.customer_id === id) && !st.predictiveDnc.some((m) => m.campaign_id === c.campaign_id && m.customer_id === id)) {
			st.predictiveDnc.push({ campaign_id: c.campaign_id, customer_id: id });
		}
	}
	return ok(202, '202', `${marked} records were successfully marked as DO-NOT-CALL in campaign ${c.campaign_id}`);
};

const blockLaw2300: Handler = (_q, body, st) => {
	if (!isObject(body) || !text(body.nit) || !text(body.telephone)) return params();
	const telephone = text(body.telephone);
	if (!digits(telephone, 7, 15)) return fail(400, WRITE_MSG.invalid('telephone'));
	const nit = text(body.nit);
	const existing = st.law2300.find((e) => e.nit === nit && e.telephone === telephone);
	// Inferred: blocking a blocked number again updates its customer_id and succeeds.
	if (existing) existing.customer_id = text(body.customer_id);
	else st.law2300.push({ nit, telephone, customer_id: text(body.customer_id) });
	return ok(200, '200', 'The number has been blocked successfully');
};

const freeLaw2300: Handler = (_q, body, st) => {
	if (!isObject(body) || !text(body.nit) || !text(body.item) || !text(body.value)) return params();
	const item = text(body.item);
	if (item !== 'telephone' && item !== 'customer_id') return fail(400, WRITE_MSG.invalid('item'));
	const nit = text(body.nit);
	const value = text(body.value);
	const freed = st.law2300.filter((e) => e.nit === nit && e[item] === value);
	if (freed.length === 0) return fail(400, WRITE_MSG.notBlocked);
	st.law2300 = st.law2300.filter((e) => !freed.includes(e));
	st.law2300Freed.push(...freed);
	return ok(201, '201', 'Removed successfully');
};

const SPECS: Record<string, Spec> = {
	'campaign/add_record': { method: 'POST', query: ['type_campaign', 'campaign_id'], handle: addRecord },
	'campaign/add_dnc': { method: 'POST', handle: addCampaignDnc },
	'campaign/codify': { method: 'PUT', query: ['type_campaign', 'campaign_id'], handle: codify },
	'campaign/recall': { method: 'PUT', query: ['campaign_id'], handle: recall },
	'campaign/remove_record': { method: 'DELETE', query: ['type_campaign', 'campaign_id'], handle: removeRecord },
	'campaign/speed': { method: 'PUT', query: ['campaign_id'], handle: speed },
	'campaign/start': { method: 'PUT', query: ['campaign_id'], handle: startStop(true) },
	'campaign/stop': { method: 'PUT', query: ['campaign_id'], handle: startStop(false) },
	'campaign/create_campaign': { method: 'POST', query: ['type_campaign'], handle: createCampaign },
	'campaign/edit_campaign': { method: 'PUT', query: ['campaign_id'], handle: editCampaign },
	'campaign/campaign_filter': { method: 'PUT', query: ['type_campaign', 'campaign_id'], handle: campaignFilter },
	'campaign/clear_campaign': { method: 'DELETE', query: ['type_campaign', 'campaign_id'], handle: clearCampaign },
	'campaign/delete_campaign': { method: 'DELETE', query: ['type_campaign'], handle: deleteCampaign },
	'campaign/recall_records': { method: 'PUT', query: ['campaign_id'], handle: recallRecords },
	'campaign/find_record': { method: 'GET', handle: findRecord },
	'campaign/detail': { method: 'GET', query: ['type_campaign', 'campaign_id', 'date_ini', 'date_end'], handle: detail },
	'campaign/campaign_15': { method: 'GET', query: ['campaign_id'], handle: campaign15 },
	'configuration/add_dnc': { method: 'POST', handle: addConfigDnc },
	'configuration/remove_dnc': { method: 'DELETE', handle: removeDnc },
	'configuration/block_predictive_dnc': { method: 'PUT', handle: blockPredictiveDnc },
	'configuration/block_law2300': { method: 'PUT', handle: blockLaw2300 },
	'configuration/free_law2300': { method: 'PUT', handle: freeLaw2300 },
	...Object.fromEntries(Object.entries(MESSAGING_SPECS).map(([key, spec]) => [key, messaging(spec)])),
};

/** Every served `script/api` with its method, for docs and tests. */
export const STATE_ENDPOINTS: ReadonlyArray<{ script: StateScript; api: string; method: Spec['method'] }> = Object.entries(SPECS).map(([key, s]) => {
	const [script, api] = key.split('/') as [StateScript, string];
	return { script, api, method: s.method };
});

/** An admitted request to campaign.php or configuration.php. `body` is the parsed JSON, undefined when empty, UNPARSEABLE when not JSON. */
export function routeState(script: StateScript, method: string, query: Query, body: unknown, st: SimState, env: StateEnv): StateResult {
	const api = query.get('api');
	const read = (r: StateResult): StateResult => ({ ...r, write: false });
	if (!api) return read(params());
	if (script === 'wolkvox_storage') return routeStorage(api, method, body, st, env);
	const spec = SPECS[`${script}/${api}`];
	if (!spec) return read(fail(400, MSG.noApi));
	if (method !== spec.method) return { status: 405, msg: '', write: false, methodNotAllowed: true };
	const write = spec.method !== 'GET' && !spec.read;
	if (spec.query?.some((p) => !query.get(p))) return { ...params(), write };
	// Inferred: a body that is not JSON answers as a missing parameter; the handler never runs.
	if (body === UNPARSEABLE) return { ...params(), write };
	return { ...spec.handle(query, body, st, env), write };
}

/** wolkvox_storage.php (storage.ts): every endpoint a POST. */
function routeStorage(api: string, method: string, body: unknown, st: SimState, env: StateEnv): StateResult {
	const handle = STORAGE_SPECS[api];
	if (!handle) return { ...fail(400, MSG.noApi), write: false };
	if (method !== 'POST') return { status: 405, msg: '', write: false, methodNotAllowed: true };
	if (body === UNPARSEABLE) return { ...params(), write: false };
	const files = { files: st.files, nowWall: env.nowWall };
	const r = handle(body, files, () => st.nextFileId++);
	st.files = files.files;
	return { status: r.status, msg: String(r.body.msg), body: r.body, write: r.write };
}

/** Whether a request to a state script is a write (a stall then waits in front of the API, before it is applied). */
export function isWriteRequest(script: string, api: string | null, method: string | undefined): boolean {
	if (method === 'GET' || method === 'HEAD' || !(STATE_SCRIPTS as readonly string[]).includes(script)) return false;
	return !(script === 'wolkvox_storage' && STORAGE_READS.includes(api ?? ''));
}

function rowsAnswer(rows: Array<Record<string, string>>): StateResult {
	// docs/wolkvox-api.md#empty-results: none is a 404, as for the reports.
	if (rows.length === 0) return { status: 404, msg: MSG.found(0), data: [], write: false };
	// The examples spell code "200" as a string.
	const msg = MSG.found(rows.length);
	return { status: 200, msg, write: false, body: { code: '200', error: null, msg, data: rows } };
}

const opts = () => Array.from({ length: 12 }, (_, i) => `opt${i + 1}`);
const tels = (n: number) => Array.from({ length: n }, (_, i) => `tel${i + 1}`);

function pick(r: CampaignRecord, names: string[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const n of names) out[n] = field(r, n);
	return out;
}
