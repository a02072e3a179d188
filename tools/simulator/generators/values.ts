// Field values: every response field gets a role (which account entity or call attribute it shows)
// from its name, a wire format from `formats.ts`, and its value from the row's binding — the
// entities, instant and measures a row stands for — so a row's agent_id, agent_name and conn_id
// agree, and one row always renders the same whatever range it was asked in.

import { ACCOUNT, TIMEOUT_CODE, type ActivityCode, type Agent, type Campaign, type Connector, type RoutingPoint, type Skill } from '../account';
import { fmtDate, fmtPercent, fmtTimestamp, fmtTs14, formatNumber, hourLabel, plain, wireFormat, documentedValues, type WireFormat } from '../formats';
import type { WireRow, WireValue } from '../envelope';
import type { FixtureField } from '../fixture';
import { hash32, mix, saltOf, unit } from '../rng';

// Math and String in module bindings: under jest's vm context a global lookup is slow, and
// these run per row (cdr_1 answers 60,000 rows).
const { floor, round } = Math;
const str = String;

export type { WireRow, WireValue };

export type Role =
	| 'agentId' | 'agentName' | 'agentDni' | 'agentSso'
	| 'skillId' | 'skillName' | 'skillDesc'
	| 'campaignId' | 'campaignName' | 'campaignDesc' | 'campaignType'
	| 'codeId' | 'codeDesc' | 'codeGroup'
	| 'rpId' | 'rpName' | 'conversational' | 'connectorId'
	| 'callId' | 'customerId' | 'customerName' | 'customerLast' | 'customerEmail' | 'phone'
	| 'analyst' | 'time' | 'hour';

/** How a numeric field of an aggregated row is computed. */
export type MeasureKind = 'sum' | 'avg' | 'pct' | 'share';

/** How one fixture field's values are generated. */
export interface FieldRecipe {
	name: string;
	/** The name trimmed and lower-cased ("agent_anwers " → "agent_anwers"). */
	lname: string;
	description: string;
	format: WireFormat;
	role?: Role;
	/** origin_/destiny_/transfer_/receiver_ agents are other agents than the row's own. */
	prefix: string;
	/** cod_act_2 / description_cod_act_2: the second activity-code group. */
	second: boolean;
	values: string[];
	measure?: MeasureKind;
	/** Per-field size of generated numbers (from the name, so the same for every row). */
	scale: number;
	/** Per-field share in [0, 1) of an hour's work a duration field takes (from the name). */
	spread: number;
	/** The example is "-" (the collection's "none"). */
	noneable: boolean;
	children?: FieldRecipe[];
}

const AGENT_PREFIX = /^(origin|destiny|transfer|receiver)_agent_(id|name|dni)$/;

export function roleOf(rawName: string): { role?: Role; prefix: string; second: boolean } {
	const name = rawName.trim().toLowerCase();
	const m = AGENT_PREFIX.exec(name);
	if (m) return { role: m[2] === 'id' ? 'agentId' : m[2] === 'name' ? 'agentName' : 'agentDni', prefix: m[1], second: false };
	const table: Record<string, Role> = {
		agent_id: 'agentId', id_agent: 'agentId', agent_name: 'agentName', name_agent: 'agentName', agent_dni: 'agentDni', agent_sso: 'agentSso',
		skill_id: 'skillId', skill_name: 'skillName', skill_description: 'skillDesc',
		campaign_id: 'campaignId', campaing_id: 'campaignId', id_campaing: 'campaignId', id_campaign: 'campaignId',
		campaign_name: 'campaignName', campaign_description: 'campaignDesc', type_campaign: 'campaignType',
		cod_act: 'codeId', last_code_act: 'codeId', cod_act_2: 'codeId', description_cod_act: 'codeDesc', description_cod_act_2: 'codeDesc', type_code: 'codeGroup',
		rp_id: 'rpId', rp_name: 'rpName', conversational_id: 'conversational', connector_id: 'connectorId',
		conn_id: 'callId', id_call: 'callId', connect_id: 'callId', id_call_origin: 'callId', conn_id_transfer: 'callId',
		customer_id: 'customerId', customer_name: 'customerName', customer_last_name: 'customerLast', customer_email: 'customerEmail',
		customer_phone: 'phone', telephone: 'phone', ani: 'phone', phone_number: 'phone', dial_phone: 'phone',
		quality_analyst: 'analyst', hour: 'hour',
	};
	return { role: table[name], prefix: '', second: /_2$/.test(name) };
}

const AVG_NAME = /^(aht|aht_.*|asa|ata|tmo|wait_time|answer_time|abandon_time|average|expertise|speed|q\d\d)$/;

export function fieldRecipe(f: FixtureField): FieldRecipe {
	const format = wireFormat(f);
	const { role, prefix, second } = roleOf(f.name);
	const documented = documentedValues(f.description).filter((v) => v !== f.name && !/^\{/.test(v));
	const examples = (f.examples ?? []).filter((v) => v.trim() && v !== '-');
	const enumerable = format === 'text' || format === 'flag';
	const values = !enumerable ? [] : documented.length >= 2 ? documented : examples.length >= 2 ? examples : [];
	const name = f.name.trim().toLowerCase();
	const d = plain(f.description);
	let measure: MeasureKind | undefined;
	if (!role && !values.length) {
		if (format === 'count') measure = 'sum';
		else if (format === 'duration' || format === 'seconds' || format === 'minutes' || format === 'decimal' || format === 'ms') {
			measure = AVG_NAME.test(name) || /promedio|average/.test(d) || format === 'ms' ? 'avg' : 'sum';
		} else if (format === 'percent') measure = /^(percent|percentage)$/.test(name) ? 'share' : 'pct';
		else if (/^q\d\d$/.test(name)) measure = 'avg';
	}
	const isTime = format === 'timestamp' || format === 'date' || format === 'ts14';
	return {
		name: f.name, lname: name, description: f.description, format,
		role: role ?? (isTime ? 'time' : undefined), prefix, second, values, measure,
		scale: 1 + (hash32('scale', name) % 8),
		spread: unit('spread', name),
		noneable: (f.example ?? '') === '-',
		children: f.children?.map(fieldRecipe),
	};
}

// ---- bindings ---------------------------------------------------------------------------------

/** What one row stands for. Everything not bound is drawn from (seed, api, key, field). */
export interface Binding {
	seed: number;
	api: string;
	/** The row's identity, stable across ranges: an event's hour and index, a bucket and group… */
	key: string;
	agent?: Agent;
	skill?: Skill;
	campaign?: Campaign;
	code?: ActivityCode;
	code2?: ActivityCode;
	rp?: RoutingPoint;
	connector?: Connector;
	analyst?: string;
	/** The value of the row's enumerated group field (chat_3 channel, cdr_6 result, …). */
	enumField?: string;
	enumValue?: string;
	/** Wall ms: the event's instant, or the bucket's start. */
	time?: number;
	/**
	 * The instants of the row's time fields in order (the bucket field excluded); missing ones are
	 * `time` plus the row's duration per step (date_end after date_ini, close_date after creation).
	 */
	times?: number[];
	/** The time field that names the row's bucket (agent_7 date), spelled from `time`. */
	bucketField?: string;
	/** The event's own duration in seconds. */
	duration?: number;
	/** Hour-of-day rows: minutes since midnight of the slot, and whether to spell it HH:MM. */
	slotMinute?: number;
	clock?: boolean;
	/** Aggregated measures by field name: counts, seconds, minutes or decimals. */
	measures?: Record<string, number>;
	/** The row shows the collection's "none" ("-") in its "-" fields; default a seeded coin (30 %). */
	none?: boolean;
	/** rowHash's cache, tagged with what it hashed. */
	memoKey?: string;
	memoApi?: string;
	memoSeed?: number;
	memoHash?: number;
	/** Fields whose value is fixed by the generator. */
	overrides?: Record<string, WireValue>;
	children?: Record<string, WireRow[]>;
}

const pick = <T>(xs: ReadonlyArray<T>, h: number): T => xs[h % xs.length];

/** A 32-bit draw of a row: hash of (seed, api, key), mixed with a salt (usually a field name). */
export function rowHash(b: Binding, salt: string): number {
	// The row hash is cached on the binding, tagged with what it hashed: a copy with another key
	// (chat_2's messages) recomputes it.
	if (b.memoKey !== b.key || b.memoApi !== b.api || b.memoSeed !== b.seed || b.memoHash === undefined) {
		b.memoKey = b.key;
		b.memoApi = b.api;
		b.memoSeed = b.seed;
		b.memoHash = hash32(b.seed, b.api, b.key);
	}
	return mix(b.memoHash, saltOf(salt));
}

/** rowHash in [0, 1). */
export const rowUnit = (b: Binding, salt: string): number => rowHash(b, salt) / 2 ** 32;

interface Customer { id: string; first: string; last: string; phone: string }
const customers = new Map<number, Customer[]>();

/** The seed's 2000 customers (IDs, names, mobile numbers), built once. */
function customerPool(seed: number): Customer[] {
	let pool = customers.get(seed);
	if (!pool) {
		pool = Array.from({ length: 2000 }, (_, c) => ({
			id: str(10_000_000 + (hash32(seed, 'cust-id', c) % 89_999_999)),
			first: pick(FIRST, hash32(seed, 'cust-first', c)),
			last: pick(LAST, hash32(seed, 'cust-last', c)),
			phone: `3${str(hash32(seed, 'cust-phone', c) % 1_000_000_000).padStart(9, '0')}`,
		}));
		customers.set(seed, pool);
	}
	return pool;
}

// Operation-specific texts (invented, Spanish with accents as the product's users write them).
const FIRST = ['María Fernanda', 'Juan Pablo', 'Ana Sofía', 'Óscar', 'Luis Ángel', 'Camila', 'Jesús', 'Mónica', 'Iván', 'Daniela', 'Héctor', 'Paula Andrea'];
const LAST = ['Gómez', 'Muñoz', 'Pérez', 'Rodríguez', 'Martínez', 'Peña', 'Castaño', 'Jiménez', 'Ramírez', 'Ortíz', 'Vásquez', 'Londoño'];
const SENTENCES = [
	'Cliente solicita información de su factura',
	'Se explicó el procedimiento de reclamación',
	'Llamar nuevamente el próximo martes en la mañana',
	'El cliente aceptó la renovación del plan',
	'Solicita cancelación por cambio de ciudad',
	'Se agendó visita técnica para revisión del módem',
	'Pago confirmado, se envía paz y salvo',
	'No contesta, se deja mensaje en buzón',
];
const QUESTIONS = ['¿Cuál es la política de devoluciones?', '¿Cómo reprogramo una visita técnica?', '¿Qué descuento aplica para clientes antiguos?', '¿Cuál es el horario de atención?'];
const ANSWERS = ['Puede solicitarla dentro de los 30 días siguientes a la compra.', 'Desde el menú Servicios, opción Agenda.', 'Aplica un 15 % en la renovación anual.', 'De lunes a sábado de 7:00 a 19:00.'];
const POOLS: Record<string, ReadonlyArray<string>> = {
	hang_up: ['customer', 'agent'], hung_up: ['customer', 'agent'], go_to_agent: ['yes', 'no'],
	agent_status: ['READY', 'TALK', 'ACW', 'RING', 'Break', 'Almuerzo'],
	aux_state: ['Break', 'Almuerzo', 'Capacitación', 'Reunión', 'Pausa activa'],
	language: ['es-CO', 'es-MX', 'en-US'],
	survey: ['Evaluación Servicio al Cliente', 'Calidad Cobranzas 2025'],
	category: ['Saludo', 'Negociación', 'Despedida'],
	attribute: ['Saluda con el guion corporativo', 'Valida la identidad del titular', 'Ofrece alternativas de pago', 'Confirma la información registrada', 'Se despide con el nombre del cliente'],
	type_error: ['CE', 'NCE'],
	id_type: ['CC', 'CE', 'NIT', 'PP'],
	source_type: ['anuncio', 'publicación'], media_type: ['imagen', 'video'],
	cod_opc_menu: ['1', '2', '3', '4', '9', 'PULSE'],
	tts_text: ['Bienvenido a nuestra línea de atención', 'Para pagos marque uno', 'Su llamada es importante para nosotros', 'Por favor espere en línea', 'Gracias por comunicarse, hasta pronto'],
	type_nlp: ['nlp-voice-sentiment', 'nlp-text-summary', 'nlp-classifications', 'nlp-MrWizard-voice'],
	machinecode: ['answer machine', 'no answer', 'failed', 'answer', 'congestion', 'abandon', 'busy', 'chanunavail'],
	result: ['answer', 'no-answer', 'busy', 'abandon'],
	channel: ['whatsapp', 'web', 'facebook', 'instagram'],
	type_interaction: ['inbound', 'outbound_ma', 'out_pre', 'transfer'],
	type_call: ['inbound', 'outbound_ma', 'transfer', 'conference'],
	status: ['open', 'closed'],
	user: ['admin.operación', 'supervisor.cobranzas', 'coordinación.sac'],
	workstation: ['PC-SUPERVISIÓN-01', 'PC-ADMIN-03', 'PORTÁTIL-CALIDAD'],
	action: ['Modificó el skill Atención al Cliente', 'Creó el código de actividad VENTA', 'Inició la campaña Cobranza Preventiva', 'Cambió la contraseña del agente 12481'],
	notification: ['Mantenimiento programado el domingo a las 02:00', 'Nueva versión de wolkvox Agent disponible', 'Su consumo de tokens supera el 80 % del día'],
	file_name: ['mensaje_buzón_01.wav', 'recordatorio_pago.wav'],
	errors: ['', 'Número inválido', 'Plantilla rechazada'],
	description: ['Oficina principal', 'Sede Medellín', 'VPN teletrabajo'],
	operation: ['sim_operation'],
	version: ['5.8.2', '5.9.0', '6.0.1'],
	connection_type: ['Ethernet', 'Wifi'], platform: ['app', 'web'],
	type_recall: ['auto', 'manual'],
	feeling: ['very negative', 'negative', 'neutral', 'positive', 'very positive'],
	call_result: ['answer', 'no-answer', 'busy'],
	evaluation_survey: ['5', '4', '3', '1'],
};
const TEXT_BY_NAME: Array<[RegExp, ReadonlyArray<string>]> = [
	[/^(comments?|feedback|ai_comment|explation|extra_field|comments_customer_reg|evaluation_survey|voice_message|audio_text|summary|text|customer_query|routing_answer|recognized_text|body|message|msg)$/, SENTENCES],
	[/^(question|subject)$/, QUESTIONS],
	[/^(answer)$/, ANSWERS],
	[/^opt\d+$/, ['Plan Hogar', 'Bogotá', 'Estrato 3', 'Cliente preferencial', 'Medellín', 'Pospago']],
];

/** The row's customer, from a pool: the same customer comes back, so a customer_id filter finds rows. */
export function customer(b: Binding): Customer {
	return customerPool(b.seed)[rowHash(b, 'customer') % 2000];
}

const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, '.');

/** GMT-5 (the collection's servers): the Unix second of a wall instant, as call IDs carry it. */
const epochOf = (wall: number) => floor(wall / 1000) + 5 * 3600;

export function callId(b: Binding, salt = ''): string {
	const lead = b.agent?.agent_id ?? str(1000 + (rowHash(b, 'lead') % 9000));
	const mid = mix(rowHash(b, 'mid'), saltOf(salt)) % 10_000;
	const seq = 1000 + (mix(rowHash(b, 'seq'), saltOf(salt)) % 180_000);
	return `${lead}.${mid < 1000 ? str(mid).padStart(4, '0') : mid}.${epochOf(b.time ?? 0)}.${seq}`;
}

function otherAgent(b: Binding, prefix: string): Agent {
	const all = ACCOUNT.agents;
	const i = rowHash(b, `agent${prefix}`) % (all.length - 1);
	return all[i] === b.agent ? all[all.length - 1] : all[i];
}

function timeValue(f: FieldRecipe, b: Binding, index: number): string {
	const t = b.bucketField === f.name ? b.time ?? 0 : b.times?.[index] ?? (b.time ?? 0) + 1000 * (b.duration ?? 60) * index;
	if (f.format === 'date') return fmtDate(t);
	if (f.format === 'ts14') return fmtTs14(t);
	return fmtTimestamp(t);
}

/** A number of `format` for a field with no aggregated measure: drawn per row. */
function drawn(f: FieldRecipe, b: Binding): string {
	const u = rowUnit(b, f.name);
	const name = f.lname;
	const own = b.duration ?? 60;
	switch (f.format) {
		case 'count': return str(floor(u * f.scale * (/chars|characters/.test(name) ? 250 : 6)));
		case 'duration': return formatNumber('duration', /^(time|total_time|total_duration|ivr_time)$/.test(name) ? own : 5 + u * 600);
		case 'seconds': return str(/^(time|time_seg|duration|chat_duration)$/.test(name) ? own : floor(2 + u * 90));
		case 'minutes': return (/^time_min$/.test(name) ? own / 60 : 0.5 + u * 40).toFixed(2);
		case 'decimal': return name === 'cost' ? ((own / 60) * (0.02 + 0.06 * rowUnit(b, 'rate'))).toFixed(2)
			: name === 'storage' ? (12 + u * 300).toFixed(2) : name === 'size' ? (80 + u * 4000).toFixed(2) : (u * 60).toFixed(3);
		case 'percent': return fmtPercent(/ploss|rejection/.test(name) ? u * 3 : u * 100);
		case 'ms': return str(floor(5 + u * f.scale * 30));
		case 'flag': return u < 0.5 ? 'yes' : 'no';
		default: return '';
	}
}

function measured(f: FieldRecipe, b: Binding): string | undefined {
	const m = b.measures?.[f.name];
	if (m === undefined) return undefined;
	switch (f.format) {
		case 'percent': return fmtPercent(m);
		case 'minutes': return m.toFixed(2);
		case 'decimal': return m.toFixed(f.name === 'average' || /^q\d\d$/.test(f.name) ? 2 : 2);
		case 'duration': return formatNumber('duration', m);
		case 'text': return m.toFixed(2); // q01…q10 averages
		default: return str(round(m));
	}
}

function idDigits(b: Binding, f: FieldRecipe): string {
	const name = f.lname;
	if (name === 'ip') return `190.${rowHash(b, 'ip1') % 255}.${rowHash(b, 'ip2') % 255}.${1 + (rowHash(b, 'ip3') % 254)}`;
	if (name === 'dnis') return `60${str(hash32(b.seed, 'dnis', b.enumValue ?? b.key) % 100_000_000).padStart(8, '0')}`;
	const len = /nit/.test(name) ? 9 : /dni/.test(name) ? 10 : 7;
	return str(rowHash(b, name) % 10 ** len).padStart(len, '1');
}

export function valueFor(f: FieldRecipe, b: Binding, timeIndex: number, none: boolean): WireValue {
	if (b.overrides && f.name in b.overrides) return b.overrides[f.name];
	if (f.children) return b.children?.[f.name] ?? [];
	if (none && f.noneable) return '-';
	if (b.enumField === f.name && b.enumValue !== undefined) return b.enumValue;
	const name = f.lname;
	if (name === 'go_to_agent') return none ? 'no' : 'yes'; // diagram_11: "-" after the IVR leg = never reached an agent
	const agent = f.prefix ? otherAgent(b, f.prefix) : b.agent;
	const code = f.second ? b.code2 : b.code;
	switch (f.role) {
		case 'agentId': return agent?.agent_id ?? '';
		case 'agentName': return agent?.agent_name ?? '';
		case 'agentDni': return agent?.agent_dni ?? '';
		case 'agentSso': return agent?.agent_sso ?? '';
		case 'skillId': return b.skill?.skill_id ?? '';
		case 'skillName': return b.skill?.skill_name ?? '';
		case 'skillDesc': return b.skill?.skill_description ?? '';
		case 'campaignId': return b.campaign?.campaign_id ?? '';
		case 'campaignName': return b.campaign?.campaign_name ?? '';
		case 'campaignDesc': return b.campaign?.campaign_description ?? '';
		case 'campaignType': return b.campaign?.type_campaign ?? '';
		case 'codeId': return (code ?? TIMEOUT_CODE).cod_act;
		case 'codeDesc': return (code ?? TIMEOUT_CODE).description_cod_act;
		case 'codeGroup': return (code ?? TIMEOUT_CODE).type_code;
		case 'rpId': return b.rp?.rp_id ?? '';
		case 'rpName': return b.rp?.rp_name ?? '';
		case 'conversational': return `conversations-voice-${b.rp?.rp_id ?? ''}`;
		case 'connectorId': return b.connector?.connector_id ?? '';
		case 'callId': return callId(b, name === 'conn_id' || name === 'id_call' || name === 'connect_id' ? '' : name);
		case 'customerId': return customer(b).id;
		case 'customerName': return customer(b).first;
		case 'customerLast': return customer(b).last;
		case 'customerEmail': return `${ascii(customer(b).first)}.${ascii(customer(b).last)}@correo.com`.replace(/\.+/g, '.');
		case 'phone': return name === 'telephone' && b.enumField === 'telephone' ? b.enumValue ?? '' : customer(b).phone;
		case 'analyst': return b.analyst ?? pick(ACCOUNT.qualityAnalysts, rowHash(b, 'analyst'));
		case 'time': return timeValue(f, b, timeIndex);
		case 'hour': return hourLabel(b.slotMinute ?? new Date(b.time ?? 0).getUTCHours() * 60, b.clock ?? false);
		default: break;
	}
	const fromMeasure = measured(f, b);
	if (fromMeasure !== undefined) return fromMeasure;
	const h = rowHash(b, f.name);
	// Documented shapes rather than values (the docs list patterns with placeholders).
	if (name === 'nlp_channel') return `whatsapp-bot:${b.rp?.rp_id ?? '61022'}-ani:${customer(b).phone}`;
	if (name === 'session_id') return `${customer(b).phone}.sim_operation.${b.connector?.connector_id ?? '3101'}`;
	if (name === 'greeting_agent_name') return h % 3 === 0 ? 'no' : `yes – ${(b.agent?.agent_name ?? 'Agente').replace(/^[A-Z]+-/, '').split(' ')[0]}`;
	if (f.values.length && (f.format === 'text' || f.format === 'flag')) return pick(f.values, h);
	if (f.format !== 'text' && f.format !== 'id' && f.format !== 'hour') return drawn(f, b);
	if (/^q\d\d$/.test(name)) return str(1 + (h % 5));
	if (name === 'from_name' || name === 'fromname' || name === 'to_name') return `${pick(FIRST, h)} ${pick(LAST, h >>> 8)}`;
	if (/_url$/.test(name)) return `https://www.facebook.com/ads/${h % 1_000_000}`;
	if (/email$|^(from|to)$/.test(name)) return `${ascii(pick(FIRST, h))}.${ascii(pick(LAST, h >>> 8))}@correo.com`.replace(/\.+/g, '.');
	if (/^(destiny|destinity|dn_transfer)$/.test(name)) return b.skill?.skill_id ?? customer(b).phone;
	if (name === 'item') return pick(['tel_number', 'id_customer'], h);
	if (f.format === 'id') return idDigits(b, f);
	if (f.format === 'hour') return hourLabel((b.slotMinute ?? 0), b.clock ?? false);
	const pool = POOLS[name] ?? TEXT_BY_NAME.find(([re]) => re.test(name))?.[1];
	return pick(pool ?? SENTENCES, h);
}

/** A row with exactly the documented keys, in the documented order. */
export function renderRow(fields: ReadonlyArray<FieldRecipe>, b: Binding): WireRow {
	const row: WireRow = {};
	// The collection's "-" means "none": a row draws it once for all its "-" fields (diagram_11's
	// call that never reached an agent, diagram_4's survey with no answers).
	const none = b.none ?? rowUnit(b, 'none') < 0.3;
	let timeIndex = 0;
	for (const f of fields) {
		row[f.name] = valueFor(f, b, timeIndex, none);
		if (f.role === 'time' && f.name !== b.bucketField) timeIndex++;
	}
	return row;
}

export { pick };
