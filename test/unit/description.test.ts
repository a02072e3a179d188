/**
 * The node's parameters are derived from the catalog: every endpoint is selectable, every parameter
 * shows exactly for the endpoints that take it, and every dropdown has a loader.
 */
import type { INodeParameters, INodeProperties } from 'n8n-workflow';

import { REPORT_FAMILIES, RESOURCES } from '../../nodes/Wolkvox/shared/catalog';
import type { Endpoint, Resource } from '../../nodes/Wolkvox/shared/catalog';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';

const node = new Wolkvox();
const { properties } = node.description;

/** n8n's `displayOptions.show`, for the plain value lists this node uses. */
function visible(property: INodeProperties, parameters: INodeParameters): boolean {
	const show = property.displayOptions?.show ?? {};
	return Object.entries(show).every(([name, values]) => (values as unknown[]).includes(parameters[name]));
}

function parametersFor(resource: Resource, endpoint: Endpoint): INodeParameters {
	return {
		resource: resource.value,
		operation: resource.operation.value,
		reportFamily: endpoint.reportFamily ?? '',
		[resource.selector.name]: endpoint.api,
		period: 'custom',
	};
}

const cases = RESOURCES.flatMap((resource) => resource.endpoints.map((endpoint) => [`${resource.value} ${endpoint.api}`, resource, endpoint] as const));

describe('the node description, from the catalog', () => {
	it.each(cases)('%s is selectable, with its parameters and only them', (_label, resource, endpoint) => {
		const parameters = parametersFor(resource, endpoint);
		const shown = properties.filter((p) => visible(p, parameters));
		const selector = shown.filter((p) => p.name === resource.selector.name);
		expect(selector).toHaveLength(1);
		expect(selector[0].options?.map((o) => ('value' in o ? o.value : undefined))).toContain(endpoint.api);

		const names = shown.map((p) => p.name);
		expect(new Set(names).size).toBe(names.length);
		const expected = [
			'resource',
			'operation',
			...(endpoint.reportFamily ? ['reportFamily'] : []),
			resource.selector.name,
			...(endpoint.dateRange ? ['period', 'startDate', 'endDate'] : []),
			...(endpoint.params ?? []).map((p) => p.name),
			'simplify',
			'options',
		];
		expect(names.sort()).toEqual(expected.sort());
	});

	it('gives each dropdown a loader on the node', () => {
		const methods = Object.keys(node.methods.loadOptions);
		const used = properties.map((p) => p.typeOptions?.loadOptionsMethod).filter(Boolean);
		expect(used.length).toBeGreaterThan(0);
		for (const method of used) expect(methods).toContain(method);
	});

	it('lists each report family once, with reports under it', () => {
		const families = properties.find((p) => p.name === 'reportFamily')!.options!.map((o) => ('value' in o ? o.value : ''));
		expect(families.sort()).toEqual(REPORT_FAMILIES.map((f) => f.value).sort());
	});

	it('keeps option names unique and sorted in every list', () => {
		for (const property of properties.filter((p) => p.type === 'options' && p.options && p.name !== 'period')) {
			const names = property.options!.map((o) => o.name);
			expect(new Set(names).size).toBe(names.length);
			expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
		}
	});
});

describe('defaults, which saved workflows rely on (n8n does not save a parameter left at its default)', () => {
	const defaultOf = (name: string, show: Record<string, string>) =>
		properties.find((p) => p.name === name && visible(p, show))?.default;

	it('never change', () => {
		expect(defaultOf('resource', {})).toBe('billing');
		expect(defaultOf('product', { resource: 'billing' })).toBe('ivr_calls');
		expect(defaultOf('reportFamily', { resource: 'report' })).toBe('diagram');
		expect(defaultOf('report', { resource: 'report', reportFamily: 'diagram' })).toBe('diagram_1_2');
		expect(defaultOf('view', { resource: 'realTime' })).toBe('agents');
		expect(defaultOf('dataset', { resource: 'information' })).toBe('token_info');
		expect(defaultOf('period', { resource: 'report', report: 'diagram_1_2' })).toBe('custom');
		expect(defaultOf('simplify', {})).toBe(true);
	});
});
