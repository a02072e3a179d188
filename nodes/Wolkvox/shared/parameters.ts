import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Parameters read with their types checked: an expression can give any value, and a value the
 * node would send as "[object Object]" or read as a truthy flag must be refused before any request.
 */

/** What reading a parameter needs: an execute context, or the trigger's poll context adapted to it. */
export interface ParamSource {
	getNode(): INode;
	getNodeParameter(name: string, itemIndex: number, fallback?: unknown): unknown;
}

function kindOf(value: unknown): string {
	if (Array.isArray(value)) return 'a list';
	if (value === null) return 'null';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Text for the API: strings trimmed, numbers as written, nothing (null, undefined) as ''. */
export function textParameter(ctx: ParamSource, name: string, itemIndex: number, label: string, fallback: unknown = ''): string {
	const value = ctx.getNodeParameter(name, itemIndex, fallback) as unknown;
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	throw new NodeOperationError(ctx.getNode(), `${label} must be text or a number, not ${kindOf(value)}`, {
		itemIndex,
		description: `Check the expression of ${label}: it gave ${JSON.stringify(value)?.slice(0, 80) ?? String(value)}.`,
	});
}

/** A flag: a boolean, or the text "true"/"false" an expression may give. */
export function flagParameter(ctx: ParamSource, name: string, itemIndex: number, label: string, fallback: boolean): boolean {
	const value = ctx.getNodeParameter(name, itemIndex, fallback) as unknown;
	if (typeof value === 'boolean') return value;
	if (value === undefined || value === null || value === '') return fallback;
	const text = String(value).trim().toLowerCase();
	if (text === 'true' || text === 'false') return text === 'true';
	throw new NodeOperationError(ctx.getNode(), `${label} must be true or false, not ${JSON.stringify(value)?.slice(0, 40)}`, {
		itemIndex,
		description: `Set ${label} with the switch, or make its expression give true or false.`,
	});
}

/** A whole number of at least `min`; `fallback` when left empty. */
export function numberParameter(
	ctx: ParamSource,
	name: string,
	itemIndex: number,
	label: string,
	fallback: number,
	min: number,
): number {
	const value = ctx.getNodeParameter(name, itemIndex, fallback) as unknown;
	if (value === undefined || value === null || value === '') return fallback;
	const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
	if (Number.isInteger(number) && number >= min) return number;
	throw new NodeOperationError(ctx.getNode(), `${label} must be a whole number of at least ${min}, not ${JSON.stringify(value)?.slice(0, 40)}`, {
		itemIndex,
		description: `Set ${label} to ${min} or more, or leave it out for the default (${fallback}).`,
	});
}
