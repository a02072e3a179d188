import type { IDataObject } from 'n8n-workflow';

import type { Endpoint, Field } from '../catalog';
import { toIso } from '../dates';
import type { DateWindow } from '../dates';
import { isObject } from '../transport/envelope';
import { simplifyRow } from '../typing';

/**
 * The rows of an answer whose `data` is one object keyed by row (see `Endpoint.keyedBy`), or keyed
 * by group, each a list of rows (quality_matrix: surveys and their attributes).
 */
export function unkeyRows(rows: IDataObject[], keyedBy: string): IDataObject[] {
	return rows.flatMap((row) =>
		Object.entries(row).flatMap(([key, value]) => {
			if (isObject(value)) return [{ [keyedBy]: key, ...value }];
			if (Array.isArray(value) && value.length > 0 && value.every(isObject)) return value.map((item) => ({ [keyedBy]: key, ...(item as IDataObject) }));
			return [{ [keyedBy]: key, value }];
		}),
	);
}

// A custom Services Time (`services_time=40`) adds a column the catalog cannot name ahead: `service_level_40seg`.
const SERVICE_LEVEL = /^service_level_\d+seg$/;
const withServiceLevels = new WeakMap<Field[], Map<string, Field[]>>();

/** The endpoint's fields plus the custom service-level columns of these rows, typed like their catalog siblings. */
function fieldsFor(rows: IDataObject[], fields: Field[]): Field[] {
	const sibling = fields.find((f) => SERVICE_LEVEL.test(f.name));
	if (!sibling || rows.length === 0) return fields;
	const known = new Set(fields.map((f) => f.name));
	const extra = Object.keys(rows[0]).filter((key) => SERVICE_LEVEL.test(key) && !known.has(key));
	if (extra.length === 0) return fields;
	const cache = withServiceLevels.get(fields) ?? new Map<string, Field[]>();
	withServiceLevels.set(fields, cache);
	const key = extra.join(',');
	let extended = cache.get(key);
	if (!extended) {
		extended = [...fields, ...extra.map((name) => ({ name, type: sibling.type }))];
		cache.set(key, extended);
	}
	return extended;
}

/** What a totals row of a window says of it (see typedRows). */
export const WINDOW_FIELDS = ['window_start', 'window_end'];

/**
 * An endpoint's rows as Simplify gives them: a keyed answer's keys made rows, then every row typed
 * from the catalog, each once (both nodes type through here). Rows get the endpoint's constants
 * first (billing: which product) and, for totals of a window (`window`, the one sent), that window's
 * first and last second, so totals over more than 31 days say which window each set covers.
 */
export function typedRows(rows: IDataObject[], endpoint: Endpoint, timeZone: string, window?: DateWindow): IDataObject[] {
	const { keyedBy, constants } = endpoint;
	const unkeyed = keyedBy ? unkeyRows(rows, keyedBy) : rows;
	const fields = fieldsFor(unkeyed, endpoint.fields);
	const span = endpoint.totals && window ? { window_start: toIso(window.start, timeZone), window_end: toIso(window.end, timeZone) } : undefined;
	return unkeyed.map((row) => {
		const typed = simplifyRow(row, fields, timeZone);
		return constants || span ? { ...constants, ...typed, ...span } : typed;
	});
}
