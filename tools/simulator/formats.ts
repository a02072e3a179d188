// Wire formats: how each response field's value is spelled, decided from Wolkvox's documentation
// (the example value when it has one, else the Spanish field description, else the field name),
// and the formatters that spell generated numbers and instants that way. All values are strings.

// Math and String in module bindings: under jest's vm context a global lookup is slow, and
// these run per row (cdr_1 answers 60,000 rows).
const { abs, floor, max, round } = Math;
const str = String;

/** The spellings seen in the collection (docs/catalog-notes.md "Sample values", docs/wolkvox-api.md#values). */
export type WireFormat =
	| 'duration' // "01:45:23", may exceed 24 h when aggregated
	| 'seconds' // "34": documented "en segundos"
	| 'minutes' // "34.50": documented "minutos" / "unidades de minuto"
	| 'ms' // "85": latency and jitter
	| 'percent' // "34.64 %", "15,233.33 %"
	| 'timestamp' // "2026-01-18 19:34:31"
	| 'date' // "2026-01-18"
	| 'ts14' // "20260118193431": documented "(YYYYmmddHHiiss)"
	| 'hour' // hour of day: "09" or "13:30" (see hourLabel)
	| 'count' // "123"
	| 'decimal' // "2.887", "0.45": costs, credits, sizes, averages
	| 'flag' // "yes" / "no"
	| 'id' // identifiers, documents, phones: digits or dotted call IDs
	| 'text';

export interface FieldDoc {
	name: string;
	description?: string;
	example?: string;
}

/** Lower case without accents, so "año-mes-día" and "ano-mes-dia" read alike. */
export function plain(s: string): string {
	return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const ID_NAME = /(^|_)(id|dni|nit)$|^id_|_id_|^(ani|dnis|ip|telephone|phone_number|dial_phone|customer_phone)$|_sso$|^value$/;
const PERCENT_NAME = /^(occupancy|ocupation)$|penetration|^percent|_percent$|^service_level_/;
const TEXT_NAME = /^(cod_act(_2)?|description(_.*)?|.*_name|name_.*|channel|chanel|campaign|from|to|type_.*|.*_status|status|result|feeling)$/;
const FLAG_NAME = /^(hit|enabled|crm|email|cobrowsing|turbo_dial)$/;
const COUNT_NAME = /^(calls|inbound|outbound|internal|hits|rpc|records|count|total|surveys|evaluations|attempts?|interactions?|cantidad|answer_machine|speed)$|_calls$|_chars$|^chars_|^total_|^stat_|^(answer|abandon|anwers)_/;

/**
 * A field's wire format. Order: a non-blank example value; a few names whose meaning the name fixes
 * (identifiers, occupancy, latency, the hour column); the Spanish description; the name; text.
 * `"-"` ("none" in the collection) is not an example of a format.
 */
export function wireFormat(field: FieldDoc): WireFormat {
	const example = (field.example ?? '').trim();
	if (example && example !== '-') {
		if (/^\d{2,}:\d{2}:\d{2}$/.test(example)) return 'duration';
		if (/%$/.test(example)) return 'percent';
		if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(example)) return 'timestamp';
		if (/^\d{4}-\d{2}-\d{2}$/.test(example)) return 'date';
		if (/^\d{14}$/.test(example)) return 'ts14';
		if (/^(yes|no)$/i.test(example)) return 'flag';
		if (/^\d+\.\d+$/.test(example)) return ID_NAME.test(field.name) ? 'id' : 'decimal';
		if (/^\d+$/.test(example)) return ID_NAME.test(field.name) ? 'id' : 'count';
		return ID_NAME.test(field.name) || /^[\d.]+$/.test(example) ? 'id' : 'text';
	}
	const name = field.name.trim().toLowerCase();
	if (ID_NAME.test(name)) return 'id';
	if (PERCENT_NAME.test(name)) return 'percent';
	if (/_ms$|jitter|latency|^maximum$|^minimum$/.test(name)) return 'ms';
	if (name === 'hour') return 'hour';

	const d = plain(field.description ?? '');
	// Names whose meaning no description can change (several descriptions are copied from a
	// neighbouring field: agent_11 "internal" describes ready time, agent_5 "outbound_time" a count).
	if (TEXT_NAME.test(name)) return 'text';
	// agents_statustime's calls_internal is described as "las llamadas gestionadas al interior": calls, counted.
	if (/^(calls_)?(calls|inbound|outbound|internal)$|^token_|_token_|^available_/.test(name)) return 'count';
	if (/(^|_)time$/.test(name) && !/segundo|minuto/.test(d)) return 'duration';
	if (d) {
		// What the description counts comes first: "Es el total de llamadas … en más de 51 segundos",
		// unless it counts time, minutes or storage.
		if (/^(es |indica |hace referencia a )?(el |la )?(total|cantidad|numero de |numero total)/.test(d) &&
			!/(total|cantidad|numero)( total)? de (tiempo|minutos)|minutos|gigabyte|kilobyte|identificacion|extension|telefono/.test(d)) return 'count';
		const values = documentedValues(field.description);
		if (values.length >= 2 && !(values.length === 2 && values.includes('yes')) && /valor|arroja|devolver|mostrar|codigos/.test(d)) return 'text';
		if (/yyyy-mm-dd hh/.test(d)) return 'timestamp';
		if (/hh:mm:ss/.test(d)) return 'duration';
		if (/yyyymmddhhiiss/.test(d)) return 'ts14';
		if (/\((yes\/no|no\/yes)\)|"yes" y "no"|“yes” y “no”|^indica si /.test(d)) return 'flag';
		if (/porcentaje|%|percent|nivel de servicio/.test(d)) return 'percent';
		if (/\bfecha\b/.test(d)) {
			if (/\bhora\b|exacta/.test(d)) return 'timestamp';
			if (/ano\s*-\s*mes\s*-\s*dia/.test(d)) return 'date';
			return 'timestamp';
		}
		if (/milisegundo/.test(d)) return 'ms';
		if (/segundo/.test(d)) return 'seconds';
		if (/minuto/.test(d)) return 'minutes';
		if (/tiempo|duracion|average handl/.test(d)) return 'duration';
		if (/precio|costo|credito|unidades de cobro|gigabyte|kilobyte|promedio de calificacion/.test(d)) return 'decimal';
		if (/\bhora\b/.test(d)) return 'hour';
		if (/(cantidad|numero de |numero total|\btotal\b|veces|velocidad|experticia|estadistica|cuantifica)/.test(d) &&
			!/identificacion|extension|telefono|numero telefonico/.test(d)) return 'count';
	}
	if (FLAG_NAME.test(name)) return 'flag';
	if (COUNT_NAME.test(name)) return 'count';
	if (/credits?$|^average$|^units$/.test(name)) return 'decimal';
	if (/(^|_)time$/.test(name)) return 'duration';
	return 'text';
}

/**
 * The values a description enumerates: quoted values (“a”, “b”), "(yes/no)", or a list after
 * "valores" / "son" / "el valor" spelled `a (explanation), b (…) y c (…)`. Empty when none.
 */
export function documentedValues(description: string | undefined): string[] {
	if (!description) return [];
	if (/\((yes\/no|no\/yes)\)/i.test(description)) return ['yes', 'no'];
	const pair = /\(([a-z]+)\/([a-z]+)\)/i.exec(description);
	if (pair) return [pair[1], pair[2]];
	// "<br>nlp-voice-keywords (análisis …).<br>…" and "<br>YES: Cuando …<br>NO: …"
	const listed = description.split(/<br>/).slice(1).map((c) => /^\s*([A-Za-z][\w&-]*(?: [A-Z][A-Z]+)?)\s*(?:\(|:)/.exec(c)?.[1]).filter((v): v is string => !!v);
	if (listed.length >= 2) return [...new Set(listed)];
	const text = description.replace(/<br>/g, ' ').replace(/\\/g, '');
	const quoted = [...new Set([...text.matchAll(/[“"]([^”"]{1,40})[”"]/g)].map((m) => m[1].trim()).filter(Boolean))];
	if (quoted.length >= 2) return quoted;
	const flat = text.replace(/\([^)]*\)/g, '');
	const m = /(?:valores|el valor)(?:[^:.]*?\b(?:son|ser)\b)?\s*[,:]?\s*([^.]*)/i.exec(flat) ?? /\bson\s*:\s*([^.]*)/i.exec(flat);
	if (!m) return quoted;
	const items = m[1].split(/,|\s+y\s+|\s+o\s+/).map((s) => s.trim()).filter(Boolean);
	const ok = items.filter((s) => s.split(/\s+/).length <= 3 && !/^(los|las|el|la|de|que)\b/i.test(s));
	return ok.length >= 2 && ok.length === items.length ? [...new Set(ok)] : quoted;
}

// ---- formatters -------------------------------------------------------------------------------

const pad = (n: number, w = 2) => str(n).padStart(w, '0');

/** Seconds -> "HH:MM:SS"; hours keep growing past 24 (aggregates). */
export function fmtDuration(totalSeconds: number): string {
	const s = max(0, round(totalSeconds));
	return `${pad(floor(s / 3600))}:${pad(floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** 34.6412 -> "34.64 %"; 15233.333 -> "15,233.33 %" (thousands separator, as agent_15 shows). */
export function fmtPercent(value: number): string {
	const [int, dec] = abs(value).toFixed(2).split('.');
	return `${value < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec} %`;
}

/** Wall ms -> "YYYY-MM-DD HH:MM:SS" (the day part is cached: reports format many instants per day). */
export function fmtTimestamp(wallMs: number): string {
	const day = floor(wallMs / 86_400_000);
	const s = floor((wallMs - day * 86_400_000) / 1000);
	return `${dayLabel(day)} ${TWO[(s / 3600) | 0]}:${TWO[((s % 3600) / 60) | 0]}:${TWO[s % 60]}`;
}

const TWO = Array.from({ length: 60 }, (_, i) => str(i).padStart(2, '0'));
let lastDay = NaN;
let lastLabel = '';
function dayLabel(day: number): string {
	if (day !== lastDay) {
		lastDay = day;
		lastLabel = new Date(day * 86_400_000).toISOString().slice(0, 10);
	}
	return lastLabel;
}

/** Wall ms -> "YYYY-MM-DD". */
export function fmtDate(wallMs: number): string {
	return new Date(wallMs).toISOString().slice(0, 10);
}

/** Wall ms -> "YYYYmmddHHiiss". */
export function fmtTs14(wallMs: number): string {
	return new Date(wallMs).toISOString().slice(0, 19).replace(/\D/g, '');
}

/**
 * Hour of day. Inferred: whole-hour rows say "09" (a public client casts skill_4's hour to an
 * integer); rows documented as military time ("hora militar"/"hora de referencia") or finer than an
 * hour say "HH:MM" (public clients read agent_6/agent_8 as "13:00").
 */
export function hourLabel(minuteOfDay: number, clock: boolean): string {
	const h = floor(minuteOfDay / 60);
	const m = minuteOfDay % 60;
	return clock || m !== 0 ? `${pad(h)}:${pad(m)}` : pad(h);
}

/** A value of `format` from a number (seconds for times, a plain number otherwise). */
export function formatNumber(format: WireFormat, n: number, decimals = 2): string {
	switch (format) {
		case 'duration': return fmtDuration(n);
		case 'percent': return fmtPercent(n);
		case 'minutes': return n.toFixed(2);
		case 'decimal': return n.toFixed(decimals);
		default: return str(round(n));
	}
}
