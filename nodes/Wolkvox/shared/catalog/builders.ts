import { ENDPOINT_LIMITS } from '../limits';
import { REPORT_FAMILIES } from './reports/families';
import type { Endpoint, Field, FieldType, Script } from './types';

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

/**
 * A read of an action resource (customer.php, gamification, quality, speech_analytics): one of its
 * operations, so it says its `action`; dated or not as the collection sends it.
 */
export function lookup(script: Script, api: string, name: string, entry: Declared<never> & { action: string }): Endpoint {
	return { script, ...READ, api, name, ...entry };
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
