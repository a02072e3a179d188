import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { findEndpoint, REPORT_FAMILIES, RESOURCES } from '../catalog';
import type { Endpoint, Param, Resource } from '../catalog';
import { PERIODS } from '../dates';
import { loadOptionsMethodName } from '../methods/loadOptions';
import { DEFAULT_TIMEOUT_MS } from '../transport/request';

/** The node's parameters, derived from the catalog: a new endpoint there is a new option here. */

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

function endpointOptions(endpoints: Endpoint[]): INodePropertyOptions[] {
	return endpoints
		.map((e) => ({ name: e.name, value: e.api, description: `${e.description} (API: ${e.api})` }))
		.sort(byName);
}

const firstResource = RESOURCES[0].value;

const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: RESOURCES.map((r) => ({ name: r.name, value: r.value })).sort(byName),
	default: firstResource,
};

function operationProperty(resource: Resource): INodeProperties {
	const { value, name, action, description } = resource.operation;
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: [{ name, value, action, description }],
		default: value,
	};
}

/**
 * One selector per resource; reports are grouped by family first, so each family gets its own list.
 * `scope` is the condition under which they show (the trigger shows them for its event).
 */
export function selectorProperties(resource: Resource, scope: Record<string, string[]> = { resource: [resource.value] }): INodeProperties[] {
	const { name, displayName, description } = resource.selector;
	const selector = (endpoints: Endpoint[], show: Record<string, string[]>): INodeProperties => {
		const options = endpointOptions(endpoints);
		const first = endpoints.some((e) => e.api === resource.selector.default) ? resource.selector.default : endpoints[0].api;
		return {
			displayName,
			name,
			type: 'options',
			displayOptions: { show },
			options,
			default: first,
			description,
		};
	};
	const families = REPORT_FAMILIES.filter((f) => resource.endpoints.some((e) => e.reportFamily === f.value));
	if (families.length === 0) return [selector(resource.endpoints, scope)];
	const firstFamily = findEndpoint(resource.value, resource.selector.default)?.reportFamily ?? families[0].value;
	return [
		{
			displayName: 'Report Family',
			name: 'reportFamily',
			type: 'options',
			displayOptions: { show: scope },
			options: families.map((f) => ({ name: f.name, value: f.value, description: f.description })).sort(byName),
			default: firstFamily,
			description: 'The Reports Manager family the report belongs to',
		},
		...families.map((family) =>
			selector(
				resource.endpoints.filter((e) => e.reportFamily === family.value),
				{ ...scope, reportFamily: [family.value] },
			),
		),
	];
}

/*
 * No property shown only for some endpoints or periods is `required`: when the report, dataset or
 * period comes from an expression, n8n shows every property that depends on it and refuses to run
 * the workflow while any required one is empty (agent_id for a diagram report). The node checks
 * them itself, per item, with a message that names the endpoint, before anything is sent.
 */
function dateProperties(resource: Resource): INodeProperties[] {
	const dated = resource.endpoints.filter((e) => e.dateRange).map((e) => e.api);
	if (dated.length === 0) return [];
	const show = { resource: [resource.value], [resource.selector.name]: dated };
	const custom = { ...show, period: ['custom'] };
	const hint =
		"in the credential's time zone unless it carries an offset; YYYYmmddHHiiss is also accepted. Ranges over 31 days are fetched in 31-day windows.";
	return [
		{
			displayName: 'Period',
			name: 'period',
			type: 'options',
			displayOptions: { show },
			options: [
				{ name: 'Custom', value: 'custom', description: 'From Start Date to End Date' },
				...PERIODS.map(({ value, name, description }) => ({ name, value, description })),
			],
			default: 'custom',
			description: "The dates to report on, computed in the credential's time zone",
		},
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
			description: `Last moment of the range (inclusive), ${hint}`,
		},
	];
}

/** A catalog parameter as a node parameter; account IDs get a dropdown that still takes expressions. */
function paramProperty(param: Param, show: Record<string, string[]>): INodeProperties {
	const property: INodeProperties = {
		displayName: param.displayName,
		name: param.name,
		type: param.type,
		displayOptions: { show },
		default: param.default,
		description: param.description,
	};
	if (!param.list) return property;
	return {
		...property,
		displayName: `${param.displayName.replace(/ ID$/, '')} Name or ID`,
		type: 'options',
		typeOptions: { loadOptionsMethod: loadOptionsMethodName(param.list, param.acceptsAll === true) },
		description: `${param.description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

/**
 * Each extra parameter shown only for the endpoints that take it. Endpoints that spell the same
 * parameter the same way share one property; a differing spec gets its own, under the same name.
 */
export function paramProperties(resource: Resource, scope: Record<string, string[]> = { resource: [resource.value] }): INodeProperties[] {
	const byShape = new Map<string, { param: Param; apis: string[] }>();
	for (const endpoint of resource.endpoints) {
		for (const param of endpoint.params ?? []) {
			const shape = JSON.stringify(param);
			const entry = byShape.get(shape) ?? { param, apis: [] };
			entry.apis.push(endpoint.api);
			byShape.set(shape, entry);
		}
	}
	return [...byShape.values()].map(({ param, apis }) =>
		paramProperty(param, { ...scope, [resource.selector.name]: apis }),
	);
}

export const simplifyProperty: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return typed values (numbers as numbers, hours and timestamps as ISO 8601 with the time zone offset) instead of the strings Wolkvox sends',
};

const optionsProperty: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
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

export const properties: INodeProperties[] = [
	resourceProperty,
	...RESOURCES.flatMap((resource) => [
		operationProperty(resource),
		...selectorProperties(resource),
		...dateProperties(resource),
		...paramProperties(resource),
	]),
	simplifyProperty,
	optionsProperty,
];
