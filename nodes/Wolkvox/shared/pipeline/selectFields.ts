import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Endpoint } from '../catalog';
import type { ParamSource } from '../parameters';
import { WINDOW_FIELDS } from './typedRows';

/**
 * Options → Fields: the "selected fields" output of n8n's guideline for tools, beside Simplify
 * (typed or as sent). An AI agent asks for the few fields it needs, and its context gets only them.
 */

/**
 * The names a row of the endpoint can carry, in output order. Typed (Simplify on), rows also carry
 * the endpoint's constants, a keyed answer's key, `<duration>_seconds` and a totals row's window;
 * as sent, only the fields themselves.
 */
export function fieldNames(endpoint: Endpoint, typed = true): string[] {
	if (!typed) return endpoint.fields.map((f) => f.name);
	const names = endpoint.fields.flatMap((f) => (f.type === 'duration' ? [f.name, `${f.name}_seconds`] : [f.name]));
	return [
		...Object.keys(endpoint.constants ?? {}),
		...(endpoint.keyedBy ? [endpoint.keyedBy] : []),
		...names,
		...(endpoint.totals && endpoint.dateRange ? WINDOW_FIELDS : []),
	];
}

/** The chosen fields: a list from the dropdown, or the comma-separated text an expression gives. */
export function fieldsParameter(ctx: ParamSource, itemIndex: number): string[] {
	const value = ctx.getNodeParameter('options.fields', itemIndex, []) as unknown;
	const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : null;
	if (!list || list.some((name) => typeof name !== 'string')) {
		throw new NodeOperationError(ctx.getNode(), 'Field Names or IDs must be a list of field names or a comma-separated text', {
			itemIndex,
			description: `Check the expression of Field Names or IDs: it gave ${JSON.stringify(value)?.slice(0, 80) ?? String(value)}.`,
		});
	}
	return [...new Set((list as string[]).map((name) => name.trim()).filter(Boolean))];
}

/**
 * Each row with only the chosen fields, in the order chosen; a field a row lacks is left out of it.
 * A name neither the catalog nor any row knows is refused, naming the known ones, so a typo (or a
 * model's guess) is corrected instead of silently giving empty rows.
 */
export function selectFields(
	ctx: ParamSource,
	itemIndex: number,
	endpoint: Endpoint,
	rows: IDataObject[],
	fields: string[],
	typed = true,
): IDataObject[] {
	if (fields.length === 0) return rows;
	const catalogued = new Set(fieldNames(endpoint, typed));
	// Rows are only searched for a name the catalog lacks (a field the API added), not for every name.
	const unknown = fields.filter((name) => !catalogued.has(name) && !rows.some((row) => name in row));
	if (unknown.length > 0) {
		const known = new Set([...catalogued, ...rows.flatMap((row) => Object.keys(row))]);
		throw new NodeOperationError(ctx.getNode(), `Unknown field ${unknown.map((name) => `"${name}"`).join(', ')} for ${endpoint.api}`, {
			itemIndex,
			description: `Use some of: ${[...known].join(', ')}`,
		});
	}
	return rows.map((row) => Object.fromEntries(fields.filter((name) => name in row).map((name) => [name, row[name]])));
}
