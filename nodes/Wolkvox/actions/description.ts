import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ACTION_RESOURCES, optionOf, RESOURCES } from '../shared/catalog';
import type { ActionResource, Endpoint, Resource } from '../shared/catalog';
import { defaultPeriod, PERIODS } from '../shared/dates';
import { byName, endpointParamProperties, paramProperties, selectorProperties, simplifyProperty } from '../shared/description';
import { FIELDS_METHOD } from '../shared/methods/loadOptions';
import { DEFAULT_TIMEOUT_MS } from '../shared/transport/request';
import { bodyProperties, writeOptionsProperties } from './writes/properties';

/** The Wolkvox node's parameters, derived from the catalog: a new endpoint there is a new option here. */

const firstResource = RESOURCES[0].value;

const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [...RESOURCES, ...ACTION_RESOURCES].map((r) => ({ name: r.name, value: r.value })).sort(byName),
	default: firstResource,
};

/** An Operation parameter: options n8n shows with their actions, under one resource. */
function operationOf(resource: string, options: INodePropertyOptions[], defaultOperation: string): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: defaultOperation,
	};
}

function operationProperty(resource: Resource): INodeProperties {
	const { value, name, action, description } = resource.operation;
	return operationOf(resource.value, [{ name, value, action, description }], value);
}

const periodOptions = [
	{ name: 'Custom', value: 'custom', description: 'From Start Date to End Date' },
	...PERIODS.map(({ value, name, description }) => ({ name, value, description })),
].sort((a, b) => a.name.localeCompare(b.name)); // by name, as n8n lists options

/**
 * Period as a node of `version` (1, or 2 and later) shows it. `@version` comes first: n8n stops
 * reading conditions at one whose value is an expression (a report chosen by one) and shows the
 * property, which would show both Periods, the later one's default winning.
 */
function periodProperty(show: Record<string, string[]>, version: 1 | 2): INodeProperties {
	return {
		displayName: 'Period',
		name: 'period',
		type: 'options',
		displayOptions: { show: { '@version': [version === 1 ? 1 : { _cnd: { gte: 2 } }], ...show } },
		options: periodOptions,
		default: defaultPeriod(version),
		description: "The dates to report on, computed in the credential's time zone",
	};
}

/*
 * No property shown only for some endpoints or periods is `required`: when the report, dataset or
 * period comes from an expression, n8n shows every property that depends on it and refuses to run
 * the workflow while any required one is empty (agent_id for a diagram report). The node checks
 * them itself, per item, with a message that names the endpoint, before anything is sent.
 */
function dateProperties(resource: Resource): INodeProperties[] {
	return datePropertiesOf(resource.endpoints, resource.selector.name, (e) => e.api, { resource: [resource.value] });
}

/** Period, Start Date and End Date for the dated ones of `endpoints`, chosen by `selector`. */
function datePropertiesOf(endpoints: Endpoint[], selector: string, keyOf: (e: Endpoint) => string, scope: Record<string, string[]>): INodeProperties[] {
	const dated = endpoints.filter((e) => e.dateRange).map(keyOf);
	if (dated.length === 0) return [];
	const show = { ...scope, [selector]: dated };
	const custom = { ...show, period: ['custom'] };
	const hint =
		"in the credential's time zone unless it carries an offset; YYYYmmddHHiiss is also accepted. Ranges over 31 days are fetched in 31-day windows.";
	return [
		// Two Periods, one per default, as Return All below: version 1 keeps Custom, version 2 runs as added.
		periodProperty(show, 1),
		periodProperty(show, 2),
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			displayOptions: { show: custom },
			default: '',
			description: `First moment of the range, ${hint}`,
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			displayOptions: { show: custom },
			default: '',
			description: `Last moment of the range (inclusive): a day at 00:00:00, as the date picker gives it, means through that day's end; ${hint}`,
		},
	];
}

/**
 * Return All and Limit, on every resource whose rows are a list (billing gives one row, the
 * month's counter). Return All's default is a saved workflow's behaviour, as every default is: a
 * version 1 node, saved when the node returned every row, keeps returning every row; nodes added
 * from version 2 on get n8n's defaults (50 rows), which keeps an AI agent's context small.
 */
const listed = RESOURCES.filter((r) => r.value !== 'billing').map((r) => r.value);

export const limitProperties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		displayOptions: { show: { resource: listed, '@version': [1] } },
		default: true,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		displayOptions: { show: { resource: listed, '@version': [{ _cnd: { gte: 2 } }] } },
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		displayOptions: { show: { resource: listed, returnAll: [false] } },
		// n8n's lint wants the literal; test/unit/limits.test.ts holds it to DEFAULT_LIMIT, read when Limit is empty.
		default: 50,
		description: 'Max number of results to return',
	},
];

/** The Operation values of every write: what reads show (Simplify, Options) is hidden for them. */
const writeOperations = [...new Set(ACTION_RESOURCES.flatMap((r) => r.endpoints.filter((e) => e.write).map(optionOf)))];
const hideForWrites = { hide: { operation: writeOperations } };

const optionsProperty: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	displayOptions: hideForWrites,
	options: [
		{
			displayName: 'Field Names or IDs',
			name: 'fields',
			type: 'multiOptions',
			typeOptions: {
				loadOptionsMethod: FIELDS_METHOD,
				loadOptionsDependsOn: ['resource', ...new Set([...RESOURCES.map((r) => r.selector.name), 'operation'])],
			},
			default: [],
			description:
				'Only these fields in each row (all when none is chosen), as names or a comma-separated text. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Timeout',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1000 },
			default: DEFAULT_TIMEOUT_MS,
			description: 'How long to wait for each Wolkvox answer, in milliseconds (Wolkvox itself stops a call after 60 s)',
		},
	],
};

/** An action resource's Operation: its endpoints, writes and lookups. */
function actionOperationProperty(resource: ActionResource): INodeProperties {
	const options = resource.endpoints.map((e) => ({ name: e.name, value: optionOf(e), action: e.action ?? e.name, description: e.description }));
	return operationOf(resource.value, options.sort(byName), resource.defaultOperation);
}

/** Return All and Limit for an action resource's lookups; new with them, so n8n's defaults for every version. */
function actionLimitProperties(resource: ActionResource): INodeProperties[] {
	const reads = resource.endpoints.filter((e) => !e.write).map(optionOf);
	if (reads.length === 0) return [];
	const show = { resource: [resource.value], operation: reads };
	return [
		{ ...limitProperties[1], displayOptions: { show } },
		{ ...limitProperties[2], displayOptions: { show: { ...show, returnAll: [false] } } },
	];
}

function actionProperties(resource: ActionResource): INodeProperties[] {
	const scope = { resource: [resource.value] };
	return [
		actionOperationProperty(resource),
		...endpointParamProperties(resource.endpoints, 'operation', optionOf, scope),
		...datePropertiesOf(resource.endpoints, 'operation', optionOf, scope),
		...bodyProperties(resource),
		...actionLimitProperties(resource),
		...writeOptionsProperties(resource),
	];
}

export const properties: INodeProperties[] = [
	resourceProperty,
	...RESOURCES.flatMap((resource) => [
		operationProperty(resource),
		...selectorProperties(resource),
		...dateProperties(resource),
		...paramProperties(resource),
	]),
	...ACTION_RESOURCES.flatMap(actionProperties),
	...limitProperties,
	{ ...simplifyProperty, displayOptions: hideForWrites },
	optionsProperty,
];
