import type { IDataObject } from 'n8n-workflow';

import type { Field, FieldType } from './catalog';
import { parseWolkvox, parseWolkvoxTimestamp, toIso } from './dates';

type Value = IDataObject[string];

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/**
 * Typed value of one field. Wolkvox sends strings, often padded or blank (`" "`): blank becomes null,
 * and a value that does not read as its type is kept as sent rather than lost.
 */
function typeValue(value: Value, type: FieldType, timeZone: string): Value {
	if (typeof value !== 'string') return value;
	const text = value.trim();
	if (type === 'text') return text;
	if (text === '') return null;
	if (type === 'number') return NUMERIC.test(text) ? Number(text) : value;
	const wall = type === 'hour' ? parseWolkvox(text) : parseWolkvoxTimestamp(text);
	return wall ? toIso(wall, timeZone) : value;
}

/**
 * A row with Simplify on: the catalog's fields under their documented names, typed, in catalog order;
 * fields the catalog does not know yet follow as sent, so nothing the API adds is dropped.
 */
export function simplifyRow(row: IDataObject, fields: Field[], timeZone: string): IDataObject {
	const out: IDataObject = {};
	const consumed = new Set<string>();
	for (const field of fields) {
		const key = [field.name, ...(field.aliases ?? [])].find((k) => k in row);
		if (key === undefined) continue;
		consumed.add(key);
		out[field.name] = typeValue(row[key], field.type, timeZone);
	}
	for (const [key, value] of Object.entries(row)) {
		if (!consumed.has(key)) out[key] = typeof value === 'string' ? value.trim() : value;
	}
	return out;
}
