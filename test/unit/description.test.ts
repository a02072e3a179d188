/**
 * The node's parameters are derived from the catalog: every endpoint is selectable, every parameter
 * shows exactly for the endpoints that take it, and every dropdown has a loader.
 */
import type { ILoadOptionsFunctions, INodeParameters, INodeProperties } from 'n8n-workflow';

import { REPORT_FAMILIES, RESOURCES } from '../../nodes/Wolkvox/shared/catalog';
import type { Endpoint, Resource } from '../../nodes/Wolkvox/shared/catalog';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { WolkvoxTrigger } from '../../nodes/Wolkvox/WolkvoxTrigger.node';

const node = new Wolkvox();
const { properties } = node.description;

/** A `displayOptions.show` condition: a plain value, or the `{ _cnd: { gte } }` this node uses for versions. */
function matches(condition: unknown, value: unknown): boolean {
	const gte = (condition as { _cnd?: { gte?: number } })?._cnd?.gte;
	return gte !== undefined ? typeof value === 'number' && value >= gte : condition === value;
}

/** n8n's `displayOptions.show`, for the value lists this node uses; the node's version is `@version`. */
function visible(property: INodeProperties, parameters: INodeParameters): boolean {
	const show = property.displayOptions?.show ?? {};
	return Object.entries(show).every(([name, values]) => (values as unknown[]).some((condition) => matches(condition, parameters[name])));
}

function parametersFor(resource: Resource, endpoint: Endpoint, version = 2): INodeParameters {
	return {
		'@version': version,
		resource: resource.value,
		operation: resource.operation.value,
		reportFamily: endpoint.reportFamily ?? '',
		[resource.selector.name]: endpoint.api,
		period: 'custom',
		returnAll: false,
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
			...(resource.value === 'billing' ? [] : ['returnAll', 'limit']),
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

describe('Return All and Limit', () => {
	const report = RESOURCES.find((r) => r.value === 'report')!;
	const billing = RESOURCES.find((r) => r.value === 'billing')!;
	const shownAt = (resource: Resource, version: number, extra: INodeParameters = {}) =>
		properties.filter((p) => visible(p, { ...parametersFor(resource, resource.endpoints[0], version), ...extra }));
	const returnAllAt = (resource: Resource, version: number) => shownAt(resource, version).filter((p) => p.name === 'returnAll');

	it('come in version 2, the version new nodes get', () => {
		expect(node.description.version).toEqual([1, 2]);
		expect(node.description.defaultVersion).toBe(2);
	});

	it("default to n8n's (Return All off, Limit 50) in version 2, and to every row in version 1", () => {
		for (const resource of RESOURCES.filter((r) => r.value !== 'billing')) {
			expect(returnAllAt(resource, 2).map((p) => p.default)).toEqual([false]);
			expect(returnAllAt(resource, 1).map((p) => p.default)).toEqual([true]);
		}
		const limit = shownAt(report, 2).find((p) => p.name === 'limit')!;
		expect(limit).toMatchObject({ type: 'number', default: 50, typeOptions: { minValue: 1 } });
	});

	it('show Limit only while Return All is off, and neither for billing (one row)', () => {
		expect(shownAt(report, 2, { returnAll: true }).map((p) => p.name)).not.toContain('limit');
		expect(returnAllAt(billing, 2)).toEqual([]);
		expect(shownAt(billing, 2).map((p) => p.name)).not.toContain('limit');
	});
});

describe('names in the nodes panel', () => {
	it('say the object, with no article', () => {
		for (const resource of RESOURCES) {
			const { name, action } = resource.operation;
			expect(action).not.toMatch(/\b(a|an|the)\b/i);
			expect(name).toMatch(/^Get \w+/);
		}
		expect(RESOURCES.filter((r) => r.operation.value === 'get').map((r) => r.operation.name)).toEqual(['Get Rows', 'Get Rows', 'Get Rows']);
	});

	it("name the trigger's event parameter Trigger On, still saved as event", () => {
		const event = new WolkvoxTrigger().description.properties.find((p) => p.name === 'event')!;
		expect(event.displayName).toBe('Trigger On');
	});
});

describe('Options → Fields', () => {
	const fields = properties.filter((p) => p.name === 'options').flatMap((p) => p.options ?? []).find((o) => o.name === 'fields') as INodeProperties;

	it('lists the chosen endpoint\'s fields from the catalog, with no request', async () => {
		expect(fields.typeOptions?.loadOptionsMethod).toBe('getFields');
		const current: Record<string, string> = { resource: 'report', report: 'diagram_1_2' };
		const context = { getCurrentNodeParameter: (name: string) => current[name] } as unknown as ILoadOptionsFunctions;
		const load = node.methods.loadOptions.getFields;
		expect(await load.call(context)).toEqual(['date', 'calls', 'ivr_minutes'].map((name) => ({ name, value: name })));
		current.resource = 'realTime';
		current.view = 'agents';
		expect((await load.call(context)).map((o) => o.value)).toEqual(expect.arrayContaining(['agent_name', 'ready_time', 'ready_time_seconds']));
		current.view = 'nothing';
		expect(await load.call(context)).toEqual([]);
	});

	it('reloads when the endpoint changes', () => {
		expect(fields.typeOptions?.loadOptionsDependsOn).toEqual(expect.arrayContaining(['resource', 'product', 'report', 'view', 'dataset']));
	});
});

describe('defaults, which saved workflows rely on (n8n does not save a parameter left at its default)', () => {
	const defaultOf = (name: string, show: Record<string, string>) =>
		properties.find((p) => p.name === name && visible(p, { '@version': 1, ...show }))?.default;

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
