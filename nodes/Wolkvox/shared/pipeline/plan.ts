import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { findActionResource, findEndpoint, findOperation, findResource, optionOf } from '../catalog';
import type { Endpoint } from '../catalog';
import { defaultPeriod, PERIODS, periodRange, splitRange, toEndWall, toWall } from '../dates';
import type { DateWindow, Period } from '../dates';
import { paramDisplayName } from '../description';
import { toNodeError } from '../nodeError';
import { flagParameter, numberParameter, textParameter } from '../parameters';
import type { ParamSource } from '../parameters';
import { bodyFields } from '../writes/bodyParameters';

/**
 * What one input item asks of Wolkvox: an endpoint, its extra parameters and, for dated endpoints,
 * the windows of at most 31 days to send, oldest first. Planning sends nothing.
 */
export interface Plan {
	endpoint: Endpoint;
	params: Record<string, string>;
	/** The JSON body of a read that takes one (conversations_today_by_customer). */
	body?: IDataObject;
	windows?: DateWindow[];
	/** At most this many rows, the first ones in the API's order; all when absent. */
	limit?: number;
}

/** n8n's default Limit. */
export const DEFAULT_LIMIT = 50;

/**
 * Return All and Limit. Where they are not shown (billing), or in a node that predates them, the
 * node returns every row, as it always did.
 */
export function limitOf(ctx: ParamSource, itemIndex: number): number | undefined {
	if (flagParameter(ctx, 'returnAll', itemIndex, 'Return All', true)) return undefined;
	return numberParameter(ctx, 'limit', itemIndex, 'Limit', DEFAULT_LIMIT, 1);
}

/**
 * The endpoint an item asks for: the one a read resource's selector parameter names (it may come
 * from an expression), or an action resource's Operation.
 */
export function selectedEndpoint(ctx: ParamSource, itemIndex: number, resourceValue: string): Endpoint {
	const action = findActionResource(resourceValue);
	if (action) {
		const operation = textParameter(ctx, 'operation', itemIndex, 'Operation');
		const endpoint = findOperation(action.value, operation);
		if (endpoint) return endpoint;
		throw new NodeOperationError(ctx.getNode(), `Unsupported operation "${operation}" for resource "${action.value}"`, {
			itemIndex,
			description: `Use one of: ${action.endpoints.map(optionOf).join(', ')}`,
		});
	}
	const resource = findResource(resourceValue);
	if (!resource) throw new NodeOperationError(ctx.getNode(), `Unknown resource "${resourceValue}"`, { itemIndex });
	const api = textParameter(ctx, resource.selector.name, itemIndex, resource.selector.displayName);
	const endpoint = findEndpoint(resource.value, api);
	if (!endpoint) {
		const known = resource.endpoints.map((e) => e.api).join(', ');
		throw new NodeOperationError(ctx.getNode(), `Unknown ${resource.selector.displayName.toLowerCase()} "${api}"`, {
			itemIndex,
			description: `Use one of the Wolkvox API names: ${known}`,
		});
	}
	return endpoint;
}

/** The endpoint's extra query parameters as Wolkvox wants them: flags spelled its way, blanks left out. */
export function paramsOf(ctx: ParamSource, itemIndex: number, endpoint: Endpoint): Record<string, string> {
	const params: Record<string, string> = {};
	for (const param of endpoint.params ?? []) {
		const shown = paramDisplayName(param);
		if (param.type === 'boolean') {
			const [on, off] = param.flagValues ?? ['true', 'false'];
			params[param.name] = flagParameter(ctx, param.name, itemIndex, shown, param.default === true) ? on : off;
			continue;
		}
		const text = textParameter(ctx, param.name, itemIndex, shown, param.default);
		if (text && param.options && !param.options.some((option) => option.value === text)) {
			throw new NodeOperationError(ctx.getNode(), `${shown} "${text}" is not one ${endpoint.name} accepts`, {
				itemIndex,
				// An optional filter's "none" option is its blank value, not one to name.
				description: `Use one of: ${param.options.map((option) => option.value).filter(Boolean).join(', ')}`,
			});
		}
		if (text) params[param.name] = text;
		else if (param.required) {
			throw new NodeOperationError(ctx.getNode(), `${shown} is required by ${endpoint.name}`, {
				itemIndex,
				description: param.description,
			});
		}
	}
	const oneOf = endpoint.paramsOneOf;
	if (oneOf && !oneOf.some((name) => params[name] !== undefined)) {
		const names = oneOf.map((name) => paramDisplayName(endpoint.params!.find((p) => p.name === name)!));
		throw new NodeOperationError(ctx.getNode(), `${endpoint.name} needs at least one of ${names.join(', ')}`, { itemIndex });
	}
	return params;
}

function windowsOf(ctx: IExecuteFunctions, itemIndex: number, timeZone: string, now: number): DateWindow[] {
	const fallback = defaultPeriod(ctx.getNode().typeVersion);
	const period = textParameter(ctx, 'period', itemIndex, 'Period', fallback) || fallback;
	if (period !== 'custom') {
		if (!PERIODS.some((p) => p.value === period)) {
			throw new NodeOperationError(ctx.getNode(), `Unknown period "${period}"`, {
				itemIndex,
				description: `Use custom or one of: ${PERIODS.map((p) => p.value).join(', ')}`,
			});
		}
		const { start, end } = periodRange(period as Period, now, timeZone);
		return splitRange(start, end);
	}
	const start = toWall(ctx.getNodeParameter('startDate', itemIndex), timeZone, 'Start Date');
	const end = toEndWall(ctx.getNodeParameter('endDate', itemIndex), timeZone, 'End Date');
	return splitRange(start, end);
}

export function planItem(ctx: IExecuteFunctions, itemIndex: number, resource: string, timeZone: string, now = Date.now()): Plan {
	const endpoint = selectedEndpoint(ctx, itemIndex, resource);
	const params = paramsOf(ctx, itemIndex, endpoint);
	const limit = limitOf(ctx, itemIndex);
	const body = endpoint.body ? bodyFields(ctx, itemIndex, endpoint, endpoint.body.fields, timeZone) : undefined;
	if (!endpoint.dateRange) return { endpoint, params, body, limit };
	try {
		return { endpoint, params, body, limit, windows: windowsOf(ctx, itemIndex, timeZone, now) };
	} catch (error) {
		throw toNodeError(ctx.getNode(), error, itemIndex);
	}
}
