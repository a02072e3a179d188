import type { IDataObject } from 'n8n-workflow';

import type { Field, FieldType } from './catalog';
import { formatDay, formatOffset, hourOffset, parseWolkvox, parseWolkvoxTimestamp, toIso } from './dates';

type Value = IDataObject[string];

// Percentages come as "34.64 %", and large ones with thousands separators: "15,233.33 %".
const PERCENT = /^([+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?(?:\d+\.?\d*|\.\d+))\s*%?$/;
const DURATION = /^(\d+):([0-5]\d):([0-5]\d)$/;

/** `HH:MM:SS` (hours may pass 24 in aggregated reports), or plain seconds, as seconds. */
export function durationSeconds(value: string): number | undefined {
	const text = value.trim();
	if (isPlainNumber(text)) return Number(text);
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
			return isPlainNumber(text) ? Number(text) : value;
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

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const SPACE = 32;
const COLON = 58;

/**
 * A plain decimal, `/^[+-]?(\d+\.?\d*|\.\d+)$/`: an optional sign, digits with at most one point,
 * at least one digit. A scan of char codes: a report has tens of thousands of numbers.
 */
function isPlainNumber(text: string): boolean {
	const length = text.length;
	let i = 0;
	const first = text.charCodeAt(0);
	if (first === PLUS || first === MINUS) i = 1;
	let digits = 0;
	let dot = false;
	for (; i < length; i++) {
		const c = text.charCodeAt(i);
		if (c >= DIGIT_0 && c <= DIGIT_9) digits++;
		else if (c === DOT && !dot) dot = true;
		else return false;
	}
	return digits > 0;
}

/** The value of the two digits at `at`, or -10,000 when they are not both digits (no field or year reads it). */
function twoDigits(text: string, at: number): number {
	const a = text.charCodeAt(at) - DIGIT_0;
	const b = text.charCodeAt(at + 1) - DIGIT_0;
	return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -10_000;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Offsets as toIso writes them (`-05:00`), by minutes: a zone has a handful. */
const offsetTexts = new Map<number, string>();

/** The offset every second of a wall hour has, as toIso writes it (dates.ts caches the hour); null when it changes inside the hour. */
function hourOffsetText(year: number, month: number, day: number, hour: number, timeZone: string): string | null {
	const offset = hourOffset(year, month, day, hour, timeZone);
	if (Number.isNaN(offset)) return null;
	let text = offsetTexts.get(offset);
	if (text === undefined) {
		text = formatOffset(offset);
		offsetTexts.set(offset, text);
	}
	return text;
}

/**
 * Whether these wall fields are a real time that parseWolkvox and parseWolkvoxTimestamp accept:
 * years from 100 only, as Date.UTC reads 0–99 as 1900–1999 and they refuse those.
 */
function isReadableWall(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
	return (
		year >= 100 &&
		month >= 1 &&
		month <= 12 &&
		day >= 1 &&
		day <= daysInMonth(year, month) &&
		hour >= 0 &&
		hour <= 23 &&
		minute >= 0 &&
		minute <= 59 &&
		second >= 0 &&
		second <= 59
	);
}

/**
 * A timestamp in Wolkvox's usual form, `YYYY-MM-DD HH:MM:SS`, as toIso writes it: the digits stay
 * as sent, so only the offset is looked up. Undefined for any other text, and in an hour whose
 * offset changes: the general reading decides those.
 */
function fastTimestamp(text: string, timeZone: string): string | undefined {
	if (
		text.length !== 19 ||
		text.charCodeAt(4) !== MINUS ||
		text.charCodeAt(7) !== MINUS ||
		text.charCodeAt(10) !== SPACE ||
		text.charCodeAt(13) !== COLON ||
		text.charCodeAt(16) !== COLON
	) {
		return undefined;
	}
	const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
	const month = twoDigits(text, 5);
	const day = twoDigits(text, 8);
	const hour = twoDigits(text, 11);
	if (!isReadableWall(year, month, day, hour, twoDigits(text, 14), twoDigits(text, 17))) return undefined;
	const offset = hourOffsetText(year, month, day, hour, timeZone);
	return offset === null ? undefined : `${text.slice(0, 10)}T${text.slice(11)}${offset}`;
}

/** An hour in Wolkvox's form, `YYYYMMDDHH`, as toIso writes it; undefined where fastTimestamp's would be. */
function fastHour(text: string, timeZone: string): string | undefined {
	if (text.length !== 10) return undefined;
	const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
	const month = twoDigits(text, 4);
	const day = twoDigits(text, 6);
	const hour = twoDigits(text, 8);
	if (!isReadableWall(year, month, day, hour, 0, 0)) return undefined;
	const offset = hourOffsetText(year, month, day, hour, timeZone);
	return offset === null
		? undefined
		: `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}T${text.slice(8)}:00:00${offset}`;
}

/** How one raw value of a field is typed. */
type Typer = (value: Value) => Value;

const trimmed: Typer = (value) => (typeof value === 'string' ? value.trim() : value);
const seconds: Typer = (value) => (typeof value === 'string' ? (durationSeconds(value) ?? null) : null);

const typeNumber: Typer = (value) => {
	if (typeof value !== 'string') return value;
	const text = value.trim();
	if (text === '' || text === '-') return null;
	return isPlainNumber(text) ? Number(text) : value;
};

function typerOf(type: FieldType, timeZone: string): Typer {
	if (type === 'text' || type === 'duration') return trimmed;
	if (type === 'number') return typeNumber;
	// The forms Wolkvox sends, read without a regex; anything else (padded, blank, other forms) as before.
	if (type === 'timestamp' || type === 'hour') {
		const fast = type === 'timestamp' ? fastTimestamp : fastHour;
		return (value) => (typeof value === 'string' ? (fast(value, timeZone) ?? typeValue(value, type, timeZone)) : value);
	}
	return (value) => typeValue(value, type, timeZone);
}

/** One assignment of an output row: its key, and the typed value of the row's key at `from`. */
interface Step {
	key: string;
	from: number;
	type: Typer;
}

/** The keys of a row in their order, and the assignments that make its output. */
interface RowShape {
	keys: string[];
	steps: Step[];
	/** The output's keys in order, every value null: each output starts as a copy of it. */
	template: IDataObject | undefined;
}

/**
 * An object with the steps' keys, in the order the steps first assign them, all null. V8 turns an
 * object that is given 20 keys or more one by one into a dictionary, which costs memory and time
 * in everything n8n later does with the item (cdr_1 has 20 fields); JSON.parse gives an object
 * with every key in place, and a spread copies it as it is.
 * `__proto__` would become an own key of the copy rather than set its prototype, as assigning
 * does: such rows start from `{}`.
 */
function templateOf(steps: Step[]): IDataObject | undefined {
	const keys = [...new Set(steps.map((step) => step.key))];
	if (keys.includes('__proto__')) return undefined;
	return JSON.parse(`{${keys.map((key) => `${JSON.stringify(key)}:null`).join(',')}}`) as IDataObject;
}

/** Rows of one answer come in a few key orders at most; past that, each row is read on its own. */
const MAX_SHAPES = 8;

/**
 * A field list made ready for many rows of one zone. The output of a row depends only on which keys
 * it has, in what order, and their values, so the assignments are worked out once per key order and
 * a row costs one pass over its keys plus one typing per value.
 */
class RowTyper {
	private readonly fields: Array<{ name: string; keys: string[]; type: Typer; duration: boolean }>;
	/** Every spelling the catalog knows, mapped to the spellings of its field that win over it. */
	private readonly earlier = new Map<string, string[]>();
	/** False when a spelling is also a name on Object.prototype, which `in` finds on every row. */
	private readonly shapesWork: boolean;
	private readonly shapes: RowShape[] = [];
	private last: RowShape | undefined;
	private readonly values: Value[] = [];

	constructor(fields: Field[], timeZone: string) {
		this.fields = fields.map((field) => {
			const keys = [field.name, ...(field.aliases ?? [])];
			keys.forEach((key, index) => this.earlier.set(key, keys.slice(0, index)));
			return { name: field.name, keys, type: typerOf(field.type, timeZone), duration: field.type === 'duration' };
		});
		this.shapesWork = ![...this.earlier.keys()].some((key) => key in Object.prototype);
	}

	type(row: IDataObject): IDataObject {
		if (!this.shapesWork || Object.getPrototypeOf(row) !== Object.prototype) return this.typeAlone(row);
		const shape = this.last;
		if (shape) {
			const { keys } = shape;
			const values = this.values;
			let i = 0;
			for (const key in row) {
				if (keys[i] !== key) {
					i = -1;
					break;
				}
				values[i++] = row[key];
			}
			if (i === keys.length) return this.build(shape);
		}
		return this.typeNewShape(row);
	}

	private build(shape: RowShape): IDataObject {
		const out: IDataObject = shape.template ? { ...shape.template } : {};
		const values = this.values;
		for (const step of shape.steps) out[step.key] = step.type(values[step.from]);
		return out;
	}

	private typeNewShape(row: IDataObject): IDataObject {
		const keys: string[] = [];
		for (const key in row) keys.push(key);
		let shape = this.shapes.find((s) => s.keys.length === keys.length && s.keys.every((k, i) => k === keys[i]));
		if (!shape) {
			if (this.shapes.length >= MAX_SHAPES) return this.typeAlone(row);
			shape = this.shapeOf(keys);
			this.shapes.push(shape);
		}
		this.last = shape;
		keys.forEach((key, i) => (this.values[i] = row[key]));
		return this.build(shape);
	}

	/** The assignments typeAlone makes for a row with these keys, in the same order. */
	private shapeOf(keys: string[]): RowShape {
		const position = new Map(keys.map((key, i) => [key, i]));
		const steps: Step[] = [];
		for (const field of this.fields) {
			const key = field.keys.find((k) => position.has(k));
			if (key === undefined) continue;
			const from = position.get(key)!;
			steps.push({ key: field.name, from, type: field.type });
			if (field.duration) steps.push({ key: `${field.name}_seconds`, from, type: seconds });
		}
		keys.forEach((key, from) => {
			const before = this.earlier.get(key);
			if (before && !before.some((k) => position.has(k))) return;
			steps.push({ key, from, type: trimmed });
		});
		return { keys, steps, template: templateOf(steps) };
	}

	/** One row on its own: the catalog's fields first, in catalog order, then the keys it does not know. */
	private typeAlone(row: IDataObject): IDataObject {
		const out: IDataObject = {};
		for (const { name, keys, type, duration } of this.fields) {
			const key = keys.find((k) => k in row);
			if (key === undefined) continue;
			out[name] = type(row[key]);
			if (duration) out[`${name}_seconds`] = seconds(row[key]);
		}
		for (const key in row) {
			const before = this.earlier.get(key);
			// A catalog spelling is used unless an earlier spelling of its field is in the row too.
			if (before && !before.some((k) => k in row)) continue;
			out[key] = trimmed(row[key]);
		}
		return out;
	}
}

const typers = new WeakMap<Field[], Map<string, RowTyper>>();

function typerFor(fields: Field[], timeZone: string): RowTyper {
	let byZone = typers.get(fields);
	if (!byZone) {
		byZone = new Map();
		typers.set(fields, byZone);
	}
	let typer = byZone.get(timeZone);
	if (!typer) {
		typer = new RowTyper(fields, timeZone);
		byZone.set(timeZone, typer);
	}
	return typer;
}

/**
 * A row with Simplify on: the catalog's fields under their documented names, typed, in catalog order;
 * fields the catalog does not know yet follow as sent, so nothing the API adds is dropped. Reports
 * run to 60,000 rows, so the field list is prepared once per zone and a row costs no more than it must.
 */
export function simplifyRow(row: IDataObject, fields: Field[], timeZone: string): IDataObject {
	return typerFor(fields, timeZone).type(row);
}
