import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ACTION_RESOURCES, findEndpoint, optionOf, REPORT_FAMILIES, RESOURCES } from './catalog';
import type { Endpoint, Param, Resource } from './catalog';
import { loadOptionsMethodName } from './methods/loadOptions';

/** Parameters both nodes build from the catalog: endpoint selectors, their extra parameters, Simplify. */

/**
 * Both nodes' description. n8n's nodes panel lists the node and its trigger as one entry and shows the
 * trigger's description for it, when adding an action too; so both say what the package does.
 */
export const WOLKVOX_DESCRIPTION =
	'Read billing usage, reports, real-time views and account information from the Wolkvox contact-center API; load campaigns, keep do-not-call lists, send SMS and WhatsApp templates, upload files; or start a workflow on new report rows or a usage threshold';

/** `{resource: {api: name}}` of the catalog (for action resources `{operation: name}`), for subtitles: an n8n expression cannot import code. */
function namesByResource(): Record<string, Record<string, string>> {
	return Object.fromEntries([
		...RESOURCES.map((r) => [r.value, Object.fromEntries(r.endpoints.map((e) => [e.api, e.name]))]),
		...ACTION_RESOURCES.map((r) => [r.value, Object.fromEntries(r.endpoints.map((e) => [optionOf(e), e.name]))]),
	]);
}

/**
 * The canvas subtitle, `Billing: IVR Minutes`, `Campaign: Add Records`: display names from a lookup
 * written into the expression; a value the lookup does not know (an expression) is shown as it is.
 */
export function actionSubtitle(): string {
	const resources = Object.fromEntries([
		...RESOURCES.map((r) => [r.value, { name: r.name, selector: r.selector.name }]),
		...ACTION_RESOURCES.map((r) => [r.value, { name: r.name, selector: 'operation' }]),
	]);
	return (
		'={{ (() => {' +
		` const resources = ${JSON.stringify(resources)}; const names = ${JSON.stringify(namesByResource())};` +
		' const r = resources[$parameter["resource"]]; if (!r) return String($parameter["resource"] || "");' +
		' const api = $parameter[r.selector]; const name = (names[$parameter["resource"]] || {})[api] || api;' +
		' return r.name + (name ? ": " + name : "");' +
		' })() }}'
	);
}

/** The trigger's canvas subtitle, `New Rows: Agent Events (One Agent)`, from the same lookup. */
export function triggerSubtitle(): string {
	return (
		'={{ (() => {' +
		` const names = ${JSON.stringify(namesByResource().report)};` +
		' if ($parameter["event"] === "usageThresholdCrossed") return "Usage Threshold Crossed";' +
		' return "New Rows: " + (names[$parameter["report"]] || $parameter["report"] || "");' +
		' })() }}'
	);
}

/** n8n lists options, and collections' fields, by display name. */
export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
export const byDisplayName = (a: { displayName: string }, b: { displayName: string }) => a.displayName.localeCompare(b.displayName);

function endpointOptions(endpoints: Endpoint[]): INodePropertyOptions[] {
	return endpoints
		.map((e) => ({ name: e.name, value: e.api, description: `${e.description} (API: ${e.api})` }))
		.sort(byName);
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

/** The name the editor shows for a catalog parameter (a list's becomes "Skill Name or ID"), so messages use it too. */
export function paramDisplayName(param: Param): string {
	return param.list ? `${param.displayName.replace(/ ID$/, '')} Name or ID` : param.displayName;
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
		...(param.placeholder ? { placeholder: param.placeholder } : {}),
	};
	if (param.type === 'options') return { ...property, options: [...(param.options ?? [])].sort(byName) };
	if (!param.list) return property;
	return {
		...property,
		displayName: paramDisplayName(param),
		type: 'options',
		typeOptions: { loadOptionsMethod: loadOptionsMethodName(param.list, param.acceptsAll === true) },
		description: `${param.description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

/**
 * Each extra parameter of `endpoints`, shown only for those that take it (`selector` names the
 * parameter choosing the endpoint, `keyOf` its value). Endpoints that spell the same parameter the
 * same way share one property; a differing spec gets its own, under the same name.
 */
export function endpointParamProperties(
	endpoints: Endpoint[],
	selector: string,
	keyOf: (endpoint: Endpoint) => string,
	scope: Record<string, string[]>,
): INodeProperties[] {
	const byShape = new Map<string, { param: Param; keys: string[] }>();
	for (const endpoint of endpoints) {
		for (const param of endpoint.params ?? []) {
			const shape = JSON.stringify(param);
			const entry = byShape.get(shape) ?? { param, keys: [] };
			entry.keys.push(keyOf(endpoint));
			byShape.set(shape, entry);
		}
	}
	return [...byShape.values()].map(({ param, keys }) => paramProperty(param, { ...scope, [selector]: keys }));
}

/** A read resource's extra parameters (see endpointParamProperties). */
export function paramProperties(resource: Resource, scope: Record<string, string[]> = { resource: [resource.value] }): INodeProperties[] {
	return endpointParamProperties(resource.endpoints, resource.selector.name, (e) => e.api, scope);
}

export const simplifyProperty: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return typed values (numbers as numbers, hours and timestamps as ISO 8601 with the time zone offset) instead of the strings Wolkvox sends',
};
