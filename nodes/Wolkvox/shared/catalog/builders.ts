import { ENDPOINT_LIMITS } from '../limits';
import { REPORT_FAMILIES } from './reports/families';
import type { Endpoint } from './types';

/** What an entry states; its builder derives the rest. */
type Declared<Derived extends keyof Endpoint> = Omit<Endpoint, Derived | 'script' | 'method' | 'limits'>;

/** Every read is a GET under the API's limits. */
const READ = { method: 'GET', limits: ENDPOINT_LIMITS } as const;

const FAMILY_VALUES = new Set(REPORT_FAMILIES.map((family) => family.value));

/** A Reports Manager report: always dated, in the family its API name starts with (`diagram_1_2` → `diagram`). */
export function report(entry: Declared<'dateRange' | 'reportFamily'>): Endpoint {
	const reportFamily = entry.api.split('_')[0];
	if (!FAMILY_VALUES.has(reportFamily)) throw new Error(`Report ${entry.api} is in no known family`);
	return { script: 'reports_manager', ...READ, reportFamily, dateRange: true, ...entry };
}

/** A billing product: the current month's usage, no dates. */
export function billingProduct(entry: Declared<'dateRange'>): Endpoint {
	return { script: 'billing', ...READ, dateRange: false, ...entry };
}

/** A real-time view: the operation right now, no dates. */
export function realTimeView(entry: Declared<'dateRange'>): Endpoint {
	return { script: 'real_time', ...READ, dateRange: false, ...entry };
}

/** An information dataset: undated unless it says so (audit_log, get_notification). */
export function dataset(entry: Declared<'dateRange'> & { dateRange?: boolean }): Endpoint {
	return { script: 'information', ...READ, dateRange: false, ...entry };
}
