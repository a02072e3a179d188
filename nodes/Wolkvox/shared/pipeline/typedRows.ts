import type { IDataObject } from 'n8n-workflow';

import type { Endpoint } from '../catalog';
import { simplifyRow } from '../typing';

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The rows of an answer whose `data` is one object keyed by row (see `Endpoint.keyedBy`). */
export function unkeyRows(rows: IDataObject[], keyedBy: string): IDataObject[] {
	return rows.flatMap((row) =>
		Object.entries(row).map(([key, value]) => (isObject(value) ? { [keyedBy]: key, ...value } : { [keyedBy]: key, value })),
	);
}

/**
 * An endpoint's rows as Simplify gives them: a keyed answer's keys made rows, then every row typed
 * from the catalog. Both nodes type through here, each row once.
 */
export function typedRows(rows: IDataObject[], endpoint: Endpoint, timeZone: string): IDataObject[] {
	const { fields, keyedBy } = endpoint;
	return (keyedBy ? unkeyRows(rows, keyedBy) : rows).map((row) => simplifyRow(row, fields, timeZone));
}
