import type { BodyField } from '../catalog';
import { formatWolkvox, toWall } from '../dates';

/**
 * One value of a write's body as Wolkvox wants it (docs/wolkvox-api.md#writes): text, checked
 * against the field's format. Pure; a bad value is a `BodyValueError` (a bad date a `DateInputError`),
 * caught before anything is sent.
 */

export class BodyValueError extends Error {}

function kindOf(value: unknown): string {
	if (Array.isArray(value)) return 'a list';
	if (value === null) return 'null';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Text as given: strings trimmed, finite numbers as written, blanks as ''. */
export function textOf(value: unknown, label: string): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'boolean') return String(value);
	throw new BodyValueError(`${label} must be text or a number, not ${kindOf(value)} (${JSON.stringify(value)?.slice(0, 60)})`);
}

/** Separators people write in phone numbers; a leading + is dropped too (Wolkvox takes digits). */
const PHONE_SEPARATORS = /[\s().\-/]/g;

export function telephoneOf(text: string, label: string): string {
	const digits = text.replace(PHONE_SEPARATORS, '').replace(/^\+/, '');
	if (!/^\d{7,15}$/.test(digits)) {
		throw new BodyValueError(`${label} "${text}" is not a telephone number: give 7 to 15 digits (spaces, dashes, brackets and a leading + are allowed)`);
	}
	return digits;
}

function clockTimeOf(text: string, label: string, pattern: BodyField['pattern']): string {
	const m = /^(\d{2}):?(\d{2}):?(\d{2})$/.exec(text);
	if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3]) > 59) {
		throw new BodyValueError(`${label} "${text}" is not a time of day: use HH:mm:ss (08:00:00) or HHmmss (080000)`);
	}
	return pattern === 'HH:mm:ss' ? `${m[1]}:${m[2]}:${m[3]}` : `${m[1]}${m[2]}${m[3]}`;
}

function integerOf(text: string, label: string, range: BodyField['range']): string {
	const [min, max] = range ?? [-Infinity, Infinity];
	const number = Number(text);
	if (!/^-?\d+$/.test(text) || number < min || number > max) {
		const within = range ? ` from ${min} to ${max}` : '';
		throw new BodyValueError(`${label} must be a whole number${within}, not "${text}"`);
	}
	return String(number);
}

/**
 * The text Wolkvox gets for `value` in `field` ('' for a blank, which the caller leaves out).
 * `timeZone` reads dates: a moment with an offset is converted to the operation's wall time.
 */
export function bodyValue(field: BodyField, value: unknown, label: string, timeZone: string): string {
	if (field.format === 'wallTime' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
		// A Date or Luxon DateTime from an expression; a bad one is a DateInputError.
		return formatWolkvox(toWall(value, timeZone, label));
	}
	let text = textOf(value, label);
	if (text === '') return '';
	if (field.options) {
		// Wolkvox's own spelling is accepted too (an expression's "=").
		const option = field.options.find((o) => o.value === text || o.sends === text);
		if (!option) throw new BodyValueError(`${label} "${text}" is not one Wolkvox accepts: use ${field.options.map((o) => o.value).join(', ')}`);
		text = option.sends ?? option.value;
	}
	if (field.maxLength !== undefined && text.length > field.maxLength) {
		throw new BodyValueError(`${label} has ${text.length} characters; Wolkvox keeps at most ${field.maxLength}`);
	}
	switch (field.format) {
		case 'telephone':
			return telephoneOf(text, label);
		case 'wallTime':
			return formatWolkvox(toWall(text, timeZone, label));
		case 'clockTime':
			return clockTimeOf(text, label, field.pattern);
		case 'integer':
			return integerOf(text, label, field.range);
		default:
			return text;
	}
}
