import type { INodeProperties } from 'n8n-workflow';

import { RESOURCES } from '../shared/catalog';
import type { Resource } from '../shared/catalog';
import { PERIODS } from '../shared/dates';
import { byName, paramProperties, selectorProperties, simplifyProperty } from '../shared/description';
import { DEFAULT_TIMEOUT_MS } from '../shared/transport/request';

/** The Wolkvox node's parameters, derived from the catalog: a new endpoint there is a new option here. */

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
			// By name, as n8n lists options.
			options: [
				{ name: 'Custom', value: 'custom', description: 'From Start Date to End Date' },
				...PERIODS.map(({ value, name, description }) => ({ name, value, description })),
			].sort((a, b) => a.name.localeCompare(b.name)),
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
			description: `Last moment of the range (inclusive): a day at 00:00:00, as the date picker gives it, means through that day's end; ${hint}`,
		},
	];
}

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
