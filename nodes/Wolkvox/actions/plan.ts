import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { findEndpoint, findResource } from '../catalog';
import type { Endpoint } from '../catalog';

/**
 * What one input item asks of Wolkvox: an endpoint and the queries to send to it, in order.
 * Operations only plan; the router sends, so retries, limits and typing live in one place.
 */
export interface Plan {
	endpoint: Endpoint;
	queries: Array<Record<string, string>>;
}

export type Planner = (ctx: IExecuteFunctions, itemIndex: number, timeZone: string) => Plan;

/** The endpoint the resource's selector parameter names (it may come from an expression). */
export function selectedEndpoint(ctx: IExecuteFunctions, itemIndex: number, resourceValue: string): Endpoint {
	const resource = findResource(resourceValue);
	if (!resource) throw new NodeOperationError(ctx.getNode(), `Unknown resource "${resourceValue}"`, { itemIndex });
	const api = String(ctx.getNodeParameter(resource.selector.name, itemIndex));
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
