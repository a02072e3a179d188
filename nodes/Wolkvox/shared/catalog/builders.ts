import { ENDPOINT_LIMITS } from '../limits';
import { REPORT_FAMILIES } from './reports/families';
import type { Batching, Body, BodyField, Endpoint, Field, FieldType, Method, Script, Write } from './types';

/** What an entry states; its builder derives the rest. */
type Declared<Derived extends keyof Endpoint> = Omit<Endpoint, Derived | 'api' | 'name' | 'script' | 'method' | 'limits' | 'constants'>;

/** Every read is a GET under the API's limits. */
const READ = { method: 'GET', limits: ENDPOINT_LIMITS } as const;

const FAMILY_VALUES = new Set(REPORT_FAMILIES.map((family) => family.value));

/** A Reports Manager report: always dated, in the family its API name starts with (`diagram_1_2` → `diagram`). */
export function report(api: string, name: string, entry: Declared<'dateRange' | 'reportFamily'>): Endpoint {
	const reportFamily = api.split('_')[0];
	if (!FAMILY_VALUES.has(reportFamily)) throw new Error(`Report ${api} is in no known family`);
	return { script: 'reports_manager', ...READ, api, name, reportFamily, dateRange: true, ...entry };
}

/**
 * A billing product: the current month's usage, no dates. Its rows do not say which product they
 * count (the description is Spanish or English by product), so each typed row carries its API and English name.
 */
export function billingProduct(api: string, name: string, entry: Declared<'dateRange'>): Endpoint {
	return { script: 'billing', ...READ, api, name, dateRange: false, ...entry, constants: { product: api, product_name: name } };
}

/** A real-time view: the operation right now, no dates. */
export function realTimeView(api: string, name: string, entry: Declared<'dateRange'>): Endpoint {
	return { script: 'real_time', ...READ, api, name, dateRange: false, ...entry };
}

/** An information dataset: undated unless it says so (audit_log, get_notification). */
export function dataset(api: string, name: string, entry: Declared<'dateRange'> & { dateRange?: boolean }): Endpoint {
	return { script: 'information', ...READ, api, name, dateRange: false, ...entry };
}

/** Fields of one type, in the order given: `...numbers('inbound_calls', 'answer_calls')`. */
const ofType =
	(type: FieldType) =>
	(...names: string[]): Field[] =>
		names.map((name) => ({ name, type }));

export const text = ofType('text');
export const numbers = ofType('number');
export const percents = ofType('percent');
export const durations = ofType('duration');
export const hours = ofType('hour');
export const timestamps = ofType('timestamp');
export const days = ofType('date');

/** What a campaign or do-not-call operation states; its builder derives the rest. */
type Operation = Omit<Endpoint, 'api' | 'name' | 'script' | 'method' | 'limits' | 'constants' | 'dateRange' | 'write' | 'fields'> & {
	action: string;
	fields?: Field[];
};

/**
 * An action resource's read (find_record, customer.php's reports): a GET of `script`, undated unless it says so.
 * Curried by script, as every operation of a file lives in one or two scripts.
 */
export const lookupIn =
	(script: Script) =>
	(api: string, name: string, entry: Operation & { dateRange?: boolean }): Endpoint => ({
		script,
		...READ,
		api,
		name,
		dateRange: false,
		fields: [],
		...entry,
	});

/**
 * A write of `script`: never dated, under the same caps as a read (a records upload carries at most
 * `recordsPerUpload`); most answer no `data`, hence no fields unless given.
 */
export const writeIn =
	(script: Script) =>
	(method: Exclude<Method, 'GET'>, api: string, name: string, entry: Operation & { write: Write }): Endpoint => ({
		script,
		method,
		limits: ENDPOINT_LIMITS,
		api,
		name,
		dateRange: false,
		fields: [],
		...entry,
	});

export const SINGLE: Batching = { kind: 'single' };
export const RECORDS: Batching = { kind: 'records' };
/** Each item gives one value of the body's list `field` (or of its text joined by `join`). */
export const valuesOf = (field: string, join?: string): Batching => (join === undefined ? { kind: 'values', field } : { kind: 'values', field, join });

/** A body field; a single text unless `more` says otherwise. */
export function bodyField(name: string, displayName: string, description: string, more: Partial<Omit<BodyField, 'name' | 'displayName' | 'description'>> = {}): BodyField {
	return { displayName, name, description, ...more, type: more.type ?? 'string' };
}

/** A body of one object, sent once per call. */
export const objectBody = (...fields: BodyField[]): Body => ({ shape: 'object', fields });

/** Dropdown values from `[value, English name]` pairs, in Wolkvox's spelling. */
export const choices = (...pairs: Array<[string, string]>): Array<{ name: string; value: string }> =>
	pairs.map(([value, name]) => ({ name, value }));

/** Wolkvox's flags are the texts `yes` and `no`. */
export const YES_NO = choices(['yes', 'Yes'], ['no', 'No']);

/** Fields numbered from `from` to `to` (opt1…opt12, tel1…tel10). */
export const numbered = (from: number, to: number, make: (n: number) => BodyField): BodyField[] =>
	Array.from({ length: to - from + 1 }, (_, i) => make(from + i));

/** Numbered names: `series('tel', 1, 10)` is tel1…tel10. */
export const series = (prefix: string, from: number, to: number): string[] =>
	Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
