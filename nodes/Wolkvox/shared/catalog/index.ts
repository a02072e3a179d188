import { BILLING_PRODUCTS } from './billing';
import { INFORMATION } from './information';
import { REAL_TIME } from './realTime';
import { REPORT_FAMILIES, REPORTS } from './reports';
import type { Endpoint } from './types';

export type { Body, BodyField, Endpoint, Field, FieldType, Method, Param, Script } from './types';
export type { AccountList, ListName } from './lists';
export { LISTS } from './lists';
export { REPORT_FAMILIES };

/**
 * A node resource: one operation over a set of endpoints chosen by one parameter.
 * Values here are user-facing names saved in workflows: never rename them.
 */
export interface Resource {
	value: string;
	name: string;
	operation: { value: string; name: string; action: string; description: string };
	/**
	 * The parameter whose option values are the endpoints' API names. Its default is part of the
	 * contract too: n8n does not save a parameter left at its default, so it must never change.
	 */
	selector: { name: string; displayName: string; description: string; default: string };
	endpoints: Endpoint[];
}

export const RESOURCES: Resource[] = [
	{
		value: 'billing',
		name: 'Billing',
		operation: {
			value: 'getUsage',
			name: 'Get Usage',
			action: 'Get product usage',
			description: "Get the current month's usage counter of a Wolkvox product",
		},
		selector: { name: 'product', displayName: 'Product', description: 'The Wolkvox product to read the usage of', default: 'ivr_calls' },
		endpoints: BILLING_PRODUCTS,
	},
	{
		value: 'report',
		name: 'Report',
		operation: {
			value: 'get',
			name: 'Get Rows',
			action: 'Get report rows',
			description: 'Get the rows of a Reports Manager report over a date range',
		},
		selector: { name: 'report', displayName: 'Report', description: 'The Reports Manager report to get', default: 'diagram_1_2' },
		endpoints: REPORTS,
	},
	{
		value: 'realTime',
		name: 'Real-Time',
		operation: {
			value: 'get',
			name: 'Get Rows',
			action: 'Get real time view rows',
			description: 'Get the current state of agents, skills, campaigns, chats or calls',
		},
		selector: { name: 'view', displayName: 'View', description: 'The real-time view to get', default: 'agents' },
		endpoints: REAL_TIME,
	},
	{
		value: 'information',
		name: 'Information',
		operation: {
			value: 'get',
			name: 'Get Rows',
			action: 'Get account information rows',
			description: "Get the operation's agents, skills, campaigns, activity codes, token usage and more",
		},
		selector: { name: 'dataset', displayName: 'Dataset', description: 'The account information to get', default: 'token_info' },
		endpoints: INFORMATION,
	},
];

const BY_RESOURCE = new Map(
	RESOURCES.map((resource) => [resource.value, new Map(resource.endpoints.map((e) => [e.api, e]))]),
);

export function findResource(value: string): Resource | undefined {
	return RESOURCES.find((resource) => resource.value === value);
}

export function findEndpoint(resource: string, api: string): Endpoint | undefined {
	return BY_RESOURCE.get(resource)?.get(api);
}
