/**
 * The read-only action resources (Customer, Gamification, Quality, Speech Analytics) through n8n's
 * real engine against the simulator, beyond what the catalog-wide test checks: what a node added
 * today runs with its defaults, the survey-keyed quality matrix as rows, Speech Analytics' filter,
 * a nested answer kept whole, long ranges in windows, and bad input refused before any call.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { QUALITY_SURVEYS } from '../../tools/simulator/endpoints';
import { ACCOUNT, endpointRows, startSimulator } from '../../tools/simulator/server';
import type { Simulator } from '../../tools/simulator/server';
import { runNode } from './harness';

const TOKEN = 'sim-token-lookups';
// Friday 2026-11-20, 10:30 in Bogota; "yesterday" is Thursday the 19th.
const NOW = new Date('2026-11-20T15:30:00Z');
const NOW14 = '20261120103000';
const THURSDAY = { date_ini: '20261119000000', date_end: '20261119235959' };
const DAY = { period: 'custom', startDate: '2026-11-19T00:00:00', endDate: '2026-11-19T23:59:59' };

let sim: Simulator;
beforeAll(async () => {
	sim = await startSimulator({ token: TOKEN, now: () => NOW, dailyQuota: 100_000 });
});
afterAll(async () => {
	await sim.close();
});
beforeEach(() => sim.reset());

const run = (parameters: INodeParameters, typeVersion = 2) =>
	runNode({
		node: new Wolkvox(),
		typeVersion,
		credentialType: new WolkvoxApi(),
		credentials: { wolkvoxApi: { server: sim.url, token: TOKEN, timezone: 'America/Bogota', maxConcurrentRequests: 1 } },
		parameters,
	});

const apiCalls = () => sim.stats.log.filter((e) => e.path.startsWith('/api/'));
const jsons = (items: Array<{ json: IDataObject }>) => items.map((i) => i.json);

/** Yesterday in Bogota by the machine's clock, which the node's periods read, as date_ini/date_end. */
function yesterdayInBogota(): Record<string, string> {
	const day = new Date(Date.now() - 5 * 3_600_000 - 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
	return { date_ini: `${day}000000`, date_end: `${day}235959` };
}

describe('a node added today', () => {
	it.each([
		['customer', 'customer.php', 'agents_detail'],
		['gamification', 'gamification.php', 'agents_kpi'],
		['speechAnalytics', 'speech_analytics.php', 'speech_calls'],
	])('%s runs its default operation for yesterday', async (resource, path, api) => {
		const before = yesterdayInBogota();
		const result = await run({ resource });
		expect(result.error).toBeUndefined();
		// Run across midnight, either day is right.
		expect([before, yesterdayInBogota()]).toContainEqual(apiCalls().map((e) => e.query).map(({ date_ini, date_end }) => ({ date_ini, date_end }))[0]);
		expect(apiCalls().map((e) => [e.path, e.query.api])).toEqual([[`/api/v2/${path}`, api]]);
	});

	it('quality runs the quality matrix, which takes no dates', async () => {
		const result = await run({ resource: 'quality' });
		expect(result.error).toBeUndefined();
		expect(apiCalls().map((e) => [e.path, e.query])).toEqual([['/api/v2/quality.php', { api: 'quality_matrix' }]]);
		expect(result.items.length).toBeGreaterThan(0);
	});

	it('returns 50 rows unless Return All is on, each paired to its item', async () => {
		const all = endpointRows('customer', 'agents_statustime', THURSDAY, { now14: NOW14 });
		expect(all.length).toBeGreaterThan(50);
		const limited = await run({ resource: 'customer', operation: 'agents_statustime', ...DAY, simplify: false });
		expect(jsons(limited.items)).toEqual(all.slice(0, 50));
		expect(limited.items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
		const whole = await run({ resource: 'customer', operation: 'agents_statustime', ...DAY, simplify: false, returnAll: true });
		expect(whole.items).toHaveLength(all.length);
	});
});

describe('quality matrix', () => {
	it('gives one row per survey attribute, with its survey, its weight as a number', async () => {
		const result = await run({ resource: 'quality', operation: 'quality_matrix', returnAll: true });
		expect(result.error).toBeUndefined();
		const expected = Object.entries(QUALITY_SURVEYS).flatMap(([survey, attributes]) =>
			attributes.map(({ category, attribute, error_type, weight }) => ({ survey, category, attribute, error_type, percent: weight })),
		);
		expect(jsons(result.items)).toEqual(expected);
		const weights = new Map<string, number>();
		for (const row of expected) weights.set(row.survey, (weights.get(row.survey) ?? 0) + row.percent);
		expect([...weights.values()]).toEqual([100, 100]);
	});

	it('keeps the answer as Wolkvox sent it with Simplify off: one item, keyed by survey', async () => {
		const result = await run({ resource: 'quality', operation: 'quality_matrix', simplify: false });
		expect(result.items).toHaveLength(1);
		expect(Object.keys(result.items[0].json)).toEqual(Object.keys(QUALITY_SURVEYS));
	});

	it('keeps only the chosen fields', async () => {
		const result = await run({ resource: 'quality', operation: 'quality_matrix', options: { fields: ['survey', 'attribute'] } });
		expect(result.items.length).toBeGreaterThan(0);
		expect(result.items.every((i) => Object.keys(i.json).join() === 'survey,attribute')).toBe(true);
	});
});

describe('speech calls', () => {
	const agent = ACCOUNT.agents[0].agent_id;

	it('sends Filter By and Filter Value as the API names them', async () => {
		const result = await run({ resource: 'speechAnalytics', operation: 'speech_calls', ...DAY, filter: 'id_agent', value: agent });
		expect(result.error).toBeUndefined();
		expect(apiCalls().map((e) => e.query)).toEqual([{ api: 'speech_calls', ...THURSDAY, filter: 'id_agent', value: agent }]);
	});

	it('types the rows: seconds and silence as numbers, the date with its offset', async () => {
		const result = await run({ resource: 'speechAnalytics', operation: 'speech_calls', ...DAY });
		const [row] = jsons(result.items);
		expect(typeof row.time).toBe('number');
		expect(typeof row.silence).toBe('number');
		expect(String(row.date)).toMatch(/^2026-11-19T\d{2}:\d{2}:\d{2}-05:00$/);
	});

	it('refuses a filter column Wolkvox does not take, naming the ones it does, with nothing sent', async () => {
		const result = await run({ resource: 'speechAnalytics', operation: 'speech_calls', ...DAY, filter: '={{ "agent" }}', value: agent });
		expect(result.error?.message).toBe('Filter By "agent" is not one Get Speech Calls accepts');
		expect(result.error?.description).toBe('Use one of: cod_act, id_agent, id_call, speech_to_text');
		expect(apiCalls()).toHaveLength(0);
	});
});

describe('agent KPIs', () => {
	it('keeps each agent\'s days nested under it, as Wolkvox sends them', async () => {
		const result = await run({ resource: 'gamification', operation: 'agents_kpi', ...DAY, returnAll: true });
		const rows = jsons(result.items);
		expect(rows).toHaveLength(endpointRows('gamification', 'agents_kpi', THURSDAY, { now14: NOW14 }).length);
		expect(rows.every((r) => Array.isArray(r.stats) && (r.stats as unknown[]).length > 0)).toBe(true);
		expect(Object.keys(rows[0]).slice(0, 3)).toEqual(['agent_id', 'agent_name', 'agent_dni']);
	});

	it('asks a range over 31 days in 31-day windows', async () => {
		const result = await run({ resource: 'gamification', operation: 'agents_kpi', period: 'custom', startDate: '2026-09-01T00:00:00', endDate: '2026-10-15T23:59:59', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(apiCalls().map((e) => [e.query.date_ini, e.query.date_end])).toEqual([
			['20260901000000', '20261001235959'],
			['20261002000000', '20261015235959'],
		]);
	});
});

describe('bad input', () => {
	it('an operation the resource does not have is refused, naming the ones it has, with nothing sent', async () => {
		const result = await run({ resource: 'customer', operation: 'agents_kpi', ...DAY });
		expect(result.error?.message).toBe('Unsupported operation "agents_kpi" for resource "customer"');
		expect(result.error?.description).toBe('Use one of: agents_detail, agents_statustime, cdr_calls, skills_detail');
		expect(apiCalls()).toHaveLength(0);
	});
});
