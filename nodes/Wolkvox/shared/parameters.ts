import type { INode, IPollFunctions } from 'n8n-workflow';
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

/** Whether a saved parameter value holds an expression anywhere (n8n marks one with a leading `=`). */
function hasExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(hasExpression);
	if (value !== null && typeof value === 'object') return Object.values(value).some(hasExpression);
	return false;
}

/** The saved value at a parameter path (`options.timeout`), as the workflow holds it. */
function savedAt(parameters: unknown, path: string): unknown {
	let value = parameters;
	for (const key of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

/**
 * An execute context's parameters, each read once when no expression can make it differ by item.
 * A bulk write reads several parameters for each of up to tens of thousands of items, and n8n's
 * getNodeParameter resolves the whole parameter set each time. Values are shared between items: read
 * them, never change them.
 */
export function itemParameters(ctx: ParamSource): ParamSource {
	const node = ctx.getNode();
	const constant = new Map<string, unknown>();
	return {
		getNode: () => node,
		getNodeParameter: (name, itemIndex, fallback) => {
			if (constant.has(name)) return constant.get(name);
			const value = ctx.getNodeParameter(name, itemIndex, fallback);
			if (!hasExpression(savedAt(node.parameters, name))) constant.set(name, value);
			return value;
		},
	};
}

/** The trigger's poll context as a ParamSource: a poll has no items, so it reads as item 0. */
export function pollSource(ctx: IPollFunctions): ParamSource {
	return {
		getNode: () => ctx.getNode(),
		getNodeParameter: (name, _itemIndex, fallback) => ctx.getNodeParameter(name, fallback),
	};
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

/** A whole number (or, with `fractions`, any number) of at least `min`; `fallback` when left empty. */
export function numberParameter(
	ctx: ParamSource,
	name: string,
	itemIndex: number,
	label: string,
	fallback: number,
	min: number,
	{ fractions = false }: { fractions?: boolean } = {},
): number {
	const value = ctx.getNodeParameter(name, itemIndex, fallback) as unknown;
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return fallback;
	const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
	if ((fractions ? Number.isFinite(number) : Number.isInteger(number)) && number >= min) return number;
	const kind = fractions ? 'a number' : 'a whole number';
	throw new NodeOperationError(ctx.getNode(), `${label} must be ${kind} of at least ${min}, not ${JSON.stringify(value)?.slice(0, 40)}`, {
		itemIndex,
		description: `Set ${label} to ${min} or more, or leave it out for the default (${fallback}).`,
	});
}
