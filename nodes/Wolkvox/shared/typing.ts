import type { IDataObject } from 'n8n-workflow';

import type { Field, FieldType } from './catalog';
import { formatDay, parseWolkvox, parseWolkvoxTimestamp, toIso } from './dates';

type Value = IDataObject[string];

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)$/;
// Percentages come as "34.64 %", and large ones with thousands separators: "15,233.33 %".
const PERCENT = /^([+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?(?:\d+\.?\d*|\.\d+))\s*%?$/;
const DURATION = /^(\d+):([0-5]\d):([0-5]\d)$/;

/** `HH:MM:SS` (hours may pass 24 in aggregated reports), or plain seconds, as seconds. */
export function durationSeconds(value: string): number | undefined {
	const text = value.trim();
	if (NUMERIC.test(text)) return Number(text);
	const m = DURATION.exec(text);
	return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
}

/**
 * Typed value of one field. Wolkvox sends strings, often padded or blank (`" "`): blank becomes null,
 * and a value that does not read as its type is kept as sent rather than lost.
 */
function typeValue(value: Value, type: FieldType, timeZone: string): Value {
	if (typeof value !== 'string') return value;
	const text = value.trim();
	if (type === 'text' || type === 'duration') return text;
	// Blank, or "-" where Wolkvox has nothing to report (a login with no logout).
	if (text === '' || text === '-') return null;
	switch (type) {
		case 'number':
			return NUMERIC.test(text) ? Number(text) : value;
		case 'percent': {
			const m = PERCENT.exec(text);
			return m ? Number(m[1].replace(/,/g, '')) : value;
		}
		case 'date': {
			const wall = parseWolkvoxTimestamp(text);
			return wall ? formatDay(wall) : value;
		}
		case 'hour': {
			const wall = parseWolkvox(text);
			return wall ? toIso(wall, timeZone) : value;
		}
		case 'timestamp': {
			const wall = parseWolkvoxTimestamp(text);
			return wall ? toIso(wall, timeZone) : value;
		}
	}
}

/** A field list made ready for many rows: each field's spellings, and what comes before each alias. */
interface FieldPlan {
	fields: Array<{ field: Field; keys: string[] }>;
	/** Every spelling the catalog knows, mapped to the spellings of its field that win over it. */
	earlier: Map<string, string[]>;
}

const plans = new WeakMap<Field[], FieldPlan>();

function planFor(fields: Field[]): FieldPlan {
	let plan = plans.get(fields);
	if (!plan) {
		const earlier = new Map<string, string[]>();
		const list = fields.map((field) => {
			const keys = [field.name, ...(field.aliases ?? [])];
			keys.forEach((key, index) => earlier.set(key, keys.slice(0, index)));
			return { field, keys };
		});
		plan = { fields: list, earlier };
		plans.set(fields, plan);
	}
	return plan;
}

/**
 * A row with Simplify on: the catalog's fields under their documented names, typed, in catalog order;
 * fields the catalog does not know yet follow as sent, so nothing the API adds is dropped. Reports
 * run to 60,000 rows, so the field list is prepared once and a row costs no more than it must.
 */
export function simplifyRow(row: IDataObject, fields: Field[], timeZone: string): IDataObject {
	const plan = planFor(fields);
	const out: IDataObject = {};
	for (const { field, keys } of plan.fields) {
		let key = keys[0];
		if (!(key in row)) {
			const alias = keys.find((k) => k in row);
			if (alias === undefined) continue;
			key = alias;
		}
		const raw = row[key];
		out[field.name] = typeValue(raw, field.type, timeZone);
		if (field.type === 'duration') out[`${field.name}_seconds`] = typeof raw === 'string' ? (durationSeconds(raw) ?? null) : null;
	}
	for (const key in row) {
		const before = plan.earlier.get(key);
		// A catalog spelling is used unless an earlier spelling of its field is in the row too.
		if (before && !before.some((k) => k in row)) continue;
		const value = row[key];
		out[key] = typeof value === 'string' ? value.trim() : value;
	}
	return out;
}
