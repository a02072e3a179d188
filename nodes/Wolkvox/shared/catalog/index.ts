import { BILLING_PRODUCTS } from './billing';
import { CAMPAIGN } from './campaign';
import { CUSTOMER } from './customer';
import { DO_NOT_CALL } from './doNotCall';
import { GAMIFICATION } from './gamification';
import { INFORMATION } from './information';
import { QUALITY } from './quality';
import { REAL_TIME } from './realTime';
import { REPORT_FAMILIES, REPORTS } from './reports';
import { SPEECH_ANALYTICS } from './speechAnalytics';
import { STORAGE } from './storage';
import { SMS } from './sms';
import { WHATSAPP } from './whatsapp';
import type { Endpoint } from './types';

export type { Batching, Body, BodyField, BodyFormat, Endpoint, Field, FieldType, Method, Param, Script, TemplateSend, Write } from './types';
export type { AccountList, ListName } from './lists';
export { LISTS } from './lists';
export { REPORT_FAMILIES };

/**
 * A read resource: one operation over a set of endpoints chosen by one parameter.
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

/**
 * A resource that acts on the operation (campaigns, do-not-call lists): each endpoint is one of its
 * operations, chosen by the Operation parameter, whose option values are the endpoints' `optionOf`.
 * Its lookups (find_record) sit beside its writes, as users look for them there.
 */
export interface ActionResource {
	value: string;
	name: string;
	/** The Operation's default: a saved-workflow contract, as every default. */
	defaultOperation: string;
	endpoints: Endpoint[];
}

export const ACTION_RESOURCES: ActionResource[] = [
	{ value: 'campaign', name: 'Campaign', defaultOperation: 'add_record', endpoints: CAMPAIGN },
	{ value: 'doNotCall', name: 'Do Not Call', defaultOperation: 'configuration.add_dnc', endpoints: DO_NOT_CALL },
	// Read-only scripts whose endpoints are their operations.
	{ value: 'customer', name: 'Customer', defaultOperation: 'agents_detail', endpoints: CUSTOMER },
	{ value: 'gamification', name: 'Gamification', defaultOperation: 'agents_kpi', endpoints: GAMIFICATION },
	{ value: 'quality', name: 'Quality', defaultOperation: 'quality_matrix', endpoints: QUALITY },
	{ value: 'speechAnalytics', name: 'Speech Analysis', defaultOperation: 'speech_calls', endpoints: SPEECH_ANALYTICS },
	{ value: 'storage', name: 'Storage', defaultOperation: 'list_files', endpoints: STORAGE },
	{ value: 'sms', name: 'SMS', defaultOperation: 'send_sms', endpoints: SMS },
	{ value: 'whatsapp', name: 'WhatsApp', defaultOperation: 'send_template_official', endpoints: WHATSAPP },
];

/** An endpoint's option value: its API name, or `{script}.{api}` where that alone is ambiguous. */
export const optionOf = (endpoint: Endpoint): string => endpoint.option ?? endpoint.api;

const BY_ACTION = new Map(ACTION_RESOURCES.map((r) => [r.value, new Map(r.endpoints.map((e) => [optionOf(e), e]))]));

export function findActionResource(value: string): ActionResource | undefined {
	return ACTION_RESOURCES.find((resource) => resource.value === value);
}

/** The endpoint an action resource's Operation names. */
export function findOperation(resource: string, operation: string): Endpoint | undefined {
	return BY_ACTION.get(resource)?.get(operation);
}
