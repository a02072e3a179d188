/**
 * Every catalog read (the read resources' endpoints and the action resources' GET operations)
 * through n8n's real engine against the simulator, which serves what Wolkvox's own collection
 * documents (not our catalog): the parameters the node sends, and the rows it types. A catalog entry
 * added later is picked up here by itself.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { ACTION_RESOURCES, optionOf, RESOURCES } from '../../nodes/Wolkvox/shared/catalog';
import type { ActionResource, Endpoint, Field, Param, Resource } from '../../nodes/Wolkvox/shared/catalog';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { ACCOUNT, cdr1Count, cdr1Rows, endpointRows, startSimulator, WHATSAPP_CONNECTORS } from '../../tools/simulator/server';
import type { Simulator } from '../../tools/simulator/server';
import { runNode } from './harness';

const TOKEN = 'sim-token-catalog';
// Friday 2026-11-20, 10:30 in Bogota: a working day, so every live view has rows.
const NOW = new Date('2026-11-20T15:30:00Z');
const DAY = { startDate: '2026-11-19T00:00:00', endDate: '2026-11-19T23:59:59' };

/** A value for each parameter the endpoint requires, taken from the simulated account. */
const CHAT_AGENT = '12523';

const REQUIRED_VALUES: Record<string, string> = {
	// An agent with WhatsApp chats in the simulator (agent_chat), like any other for the reports.
	agent_id: CHAT_AGENT,
	connector_id: WHATSAPP_CONNECTORS()[0],
	skill_id: ACCOUNT.skills[0].skill_id,
	cod_act: 'cod_act1',
	nit: '900123456',
	phone: '3001234567',
	campaign_id: ACCOUNT.campaigns[0].campaign_id,
};

let sim: Simulator;

beforeAll(async () => {
	sim = await startSimulator({ token: TOKEN, now: () => NOW, dailyQuota: 100_000, maxConcurrent: 2 });
});

afterAll(async () => {
	await sim.close();
});

const run = (parameters: INodeParameters) =>
	runNode({
		node: new Wolkvox(),
		// Version 1, as saved workflows have it: Return All on, every row (the limit has its own tests).
		typeVersion: 1,
		credentialType: new WolkvoxApi(),
		credentials: { wolkvoxApi: { server: sim.url, token: TOKEN, timezone: 'America/Bogota', maxConcurrentRequests: 1 } },
		parameters,
	});

const isAction = (resource: Resource | ActionResource): resource is ActionResource => 'defaultOperation' in resource;

function parametersFor(resource: Resource | ActionResource, endpoint: Endpoint): INodeParameters {
	// An action resource's lookups are new, so Return All is off by default even in version 1.
	const parameters: INodeParameters = isAction(resource)
		? { resource: resource.value, operation: optionOf(endpoint), returnAll: true }
		: { resource: resource.value, operation: resource.operation.value, [resource.selector.name]: endpoint.api };
	if (endpoint.reportFamily) parameters.reportFamily = endpoint.reportFamily;
	if (endpoint.dateRange) Object.assign(parameters, { period: 'custom', ...DAY });
	for (const param of endpoint.params ?? []) {
		if (param.required && !param.default) parameters[param.name] = REQUIRED_VALUES[param.name];
	}
	// find_record: at least one of its lookups.
	const oneOf = endpoint.paramsOneOf?.[0];
	if (oneOf) parameters[oneOf] = REQUIRED_VALUES[oneOf];
	return parameters;
}

/** What the node must send for a parameter left at its default. */
function sentValue(param: Param, parameters: INodeParameters): string | undefined {
	const value = parameters[param.name] ?? param.default;
	if (param.type === 'boolean') return value ? (param.flagValues?.[0] ?? 'true') : (param.flagValues?.[1] ?? 'false');
	return value === '' ? undefined : String(value);
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

/** Whether a typed value has the shape its field type promises (null: Wolkvox had nothing). */
function typedAs(field: Field, value: unknown): boolean {
	if (value === null) return field.type !== 'text';
	switch (field.type) {
		case 'text':
		case 'duration':
			return typeof value === 'string';
		case 'number':
		case 'percent':
			return typeof value === 'number' && Number.isFinite(value);
		case 'hour':
		case 'timestamp':
			return typeof value === 'string' && ISO.test(value);
		case 'date':
			return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
	}
}

const cases = [
	...RESOURCES.filter((r) => r.value !== 'billing').flatMap((resource) =>
		resource.endpoints.map((endpoint) => [`${resource.value} ${endpoint.api}`, resource, endpoint] as const),
	),
	...ACTION_RESOURCES.flatMap((resource) =>
		resource.endpoints.filter((e) => e.method === 'GET').map((endpoint) => [`${resource.value} ${optionOf(endpoint)}`, resource, endpoint] as const),
	),
];

describe.each(cases)('%s', (_label, resource, endpoint) => {
	let items: IDataObject[];
	let query: Record<string, string>;
	let parameters: INodeParameters;

	beforeAll(async () => {
		sim.reset();
		parameters = parametersFor(resource, endpoint);
		const result = await run(parameters);
		if (result.error) throw new Error(`${endpoint.api}: ${result.error.message}`);
		items = result.items.map((i) => i.json);
		const log = sim.stats.log.filter((e) => e.path.startsWith('/api/'));
		expect(log).toHaveLength(1);
		query = log[0].query;
	});

	it('sends the API name, the dates and every parameter it takes', () => {
		const expected: Record<string, string> = { api: endpoint.api };
		if (endpoint.dateRange) Object.assign(expected, { date_ini: '20261119000000', date_end: '20261119235959' });
		for (const param of endpoint.params ?? []) {
			const value = sentValue(param, parameters);
			if (value !== undefined) expected[param.name] = value;
		}
		expect(query).toEqual(expected);
	});

	it('gives rows with the catalog fields, typed', () => {
		expect(items.length).toBeGreaterThan(0);
		const mistyped: string[] = [];
		for (const item of items) {
			for (const field of endpoint.fields) {
				if (!(field.name in item)) continue;
				if (!typedAs(field, item[field.name])) mistyped.push(`${field.name} (${field.type}): ${JSON.stringify(item[field.name])}`);
				if (field.type === 'duration' && !['number', 'object'].includes(typeof item[`${field.name}_seconds`])) {
					mistyped.push(`${field.name}_seconds missing`);
				}
			}
		}
		expect([...new Set(mistyped)]).toEqual([]);
		const known = new Set(endpoint.fields.map((f) => f.name));
		const covered = Object.keys(items[0]).filter((key) => known.has(key));
		expect(covered.length).toBeGreaterThan(0);
	});
});

describe('the 60,000-row cap', () => {
	it('re-fetches a capped window in halves until every part is whole, in order', async () => {
		sim.reset();
		const result = await run({ resource: 'report', operation: 'get', reportFamily: 'cdr', report: 'cdr_1', period: 'custom', startDate: '2026-10-01T00:00:00', endDate: '2026-10-31T23:59:59', simplify: false });
		expect(result.error).toBeUndefined();
		const expected = cdr1Count('20261001000000', '20261031235959', 1, '20261120103000');
		expect(expected).toBeGreaterThan(60_000);
		expect(result.items).toHaveLength(expected);
		const log = sim.stats.log.filter((e) => e.path.startsWith('/api/'));
		expect(log[0].query).toMatchObject({ date_ini: '20261001000000', date_end: '20261031235959' });
		expect(log.length).toBeGreaterThanOrEqual(3);
		expect(result.items.map((i) => i.json)).toEqual(cdr1Rows('20261001000000', '20261031235959', 1, '20261120103000'));
	}, 60_000);
});

describe('a 90-day skill report', () => {
	it('comes back complete and in order from three windows', async () => {
		sim.reset();
		const result = await run({ resource: 'report', operation: 'get', reportFamily: 'skill', report: 'skill_2', skill_id: 'all', period: 'custom', startDate: '2026-08-01T00:00:00', endDate: '2026-10-29T23:59:59', simplify: false });
		expect(result.error).toBeUndefined();
		const windows = sim.stats.log.filter((e) => e.path.startsWith('/api/')).map((e) => [e.query.date_ini, e.query.date_end]);
		expect(windows).toEqual([
			['20260801000000', '20260831235959'],
			['20260901000000', '20261001235959'],
			['20261002000000', '20261029235959'],
		]);
		const whole = endpointRows('reports_manager', 'skill_2', { skill_id: 'all', date_ini: '20260801000000', date_end: '20261029235959' }, { now14: '20261120103000' });
		expect(whole.length).toBeGreaterThan(100);
		expect(result.items.map((i) => i.json)).toEqual(whole);
		const dates = result.items.map((i) => String(i.json.date));
		expect([...dates].sort()).toEqual(dates);
	}, 60_000);
});
