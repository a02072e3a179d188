/**
 * Return All, Limit and Fields, run by n8n-core's real engine against the simulator: version 2 (what
 * a node added today is) gets n8n's defaults, version 1 (what saved workflows are) keeps every row,
 * and a limit met early sends no further window.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { cdr1Rows, endpointRows, startSimulator } from '../../tools/simulator/server';
import type { Simulator } from '../../tools/simulator/server';
import { runNode } from './harness';

const TOKEN = 'sim-token-limit';
const NOW = new Date('2026-11-20T15:30:00Z');
const NOW14 = '20261120103000';

let sim: Simulator;

beforeAll(async () => {
	// Answers due a little after the request, so two slots really overlap.
	sim = await startSimulator({ token: TOKEN, now: () => NOW, dailyQuota: 100_000, maxConcurrent: 2, latencyMs: 100 });
});

afterAll(async () => {
	await sim.close();
});

beforeEach(() => sim.reset());

const run = (parameters: INodeParameters, { typeVersion = 2, slots = 1 }: { typeVersion?: number; slots?: number } = {}) =>
	runNode({
		node: new Wolkvox(),
		typeVersion,
		credentialType: new WolkvoxApi(),
		credentials: { wolkvoxApi: { server: sim.url, token: TOKEN, timezone: 'America/Bogota', maxConcurrentRequests: slots } },
		parameters,
	});

const apiLog = () => sim.stats.log.filter((e) => e.path.startsWith('/api/'));
const rowsOf = (result: { items: Array<{ json: IDataObject }> }) => result.items.map((i) => i.json);

// Three 31-day windows of hourly rows (744 an hour-window), Simplify off: rows exactly as sent.
const QUARTER = { startDate: '2026-07-01T00:00:00', endDate: '2026-09-30T23:59:59' };
const ivrQuarter = (extra: INodeParameters = {}): INodeParameters => ({
	resource: 'report',
	operation: 'get',
	reportFamily: 'diagram',
	report: 'diagram_1_2',
	period: 'custom',
	...QUARTER,
	simplify: false,
	...extra,
});
const hourOf = (row: IDataObject) => row.date ?? row.day;
const quarterHours = () =>
	endpointRows('reports_manager', 'diagram_1_2', { date_ini: '20260701000000', date_end: '20260930235959' }, { now14: NOW14 }).map(hourOf);

describe('version 2: n8n defaults, Return All off and Limit 50', () => {
	it('returns the first 50 rows from the first window alone', async () => {
		const result = await run(ivrQuarter());
		expect(result.error).toBeUndefined();
		expect(rowsOf(result).map(hourOf)).toEqual(quarterHours().slice(0, 50));
		expect(apiLog().map((e) => e.query.date_ini)).toEqual(['20260701000000']);
	}, 60_000);

	it('with two slots, never starts the third window', async () => {
		const result = await run(ivrQuarter({ limit: 10 }), { slots: 2 });
		expect(result.error).toBeUndefined();
		expect(rowsOf(result).map(hourOf)).toEqual(quarterHours().slice(0, 10));
		// Both slots start at once; once the first answer is in, nothing new starts.
		expect(apiLog().length).toBeLessThanOrEqual(2);
		expect(apiLog().map((e) => e.query.date_ini)).not.toContain('20260831000000');
		expect(sim.stats.inFlight).toBe(0);
	}, 60_000);

	it('fetches the next window only while the rows are fewer than the limit', async () => {
		const firstWindow = endpointRows('reports_manager', 'diagram_1_2', { date_ini: '20260701000000', date_end: '20260731235959' }, { now14: NOW14 }).length;
		const limit = firstWindow + 5;
		const result = await run(ivrQuarter({ limit }));
		expect(result.error).toBeUndefined();
		expect(rowsOf(result).map(hourOf)).toEqual(quarterHours().slice(0, limit));
		expect(apiLog()).toHaveLength(2);
	}, 60_000);

	it('returns every row, in every window, with Return All on', async () => {
		const result = await run(ivrQuarter({ returnAll: true }));
		expect(result.error).toBeUndefined();
		expect(rowsOf(result).map(hourOf)).toEqual(quarterHours());
		expect(apiLog()).toHaveLength(3);
	}, 60_000);

	it('limits an undated list too (agents now), in one request', async () => {
		const all = await run({ resource: 'realTime', operation: 'get', view: 'agents', returnAll: true });
		expect(all.items.length).toBeGreaterThan(2);
		sim.reset();
		const result = await run({ resource: 'realTime', operation: 'get', view: 'agents', limit: 2 });
		expect(rowsOf(result)).toEqual(rowsOf(all).slice(0, 2));
		expect(apiLog()).toHaveLength(1);
	}, 60_000);

	it('does not halve the rest of a capped window once its older part holds the limit', async () => {
		// cdr_1 over two months: each 31-day window is over the 60,000 cap. With every row, the node
		// asks at least 6 times (windows.engine.test.ts); for 20 rows it follows only the oldest halves.
		const result = await run({ ...ivrQuarter({ limit: 20 }), reportFamily: 'cdr', report: 'cdr_1', startDate: '2026-09-01T00:00:00', endDate: '2026-10-31T23:59:59' });
		expect(result.error).toBeUndefined();
		expect(rowsOf(result)).toEqual(cdr1Rows('20260901000000', '20261031235959', 1, NOW14).slice(0, 20));
		const asked = apiLog().map((e) => e.query.date_ini);
		// Each request after the first asks for the older half of the one before: all start on 1 September.
		expect(asked.length).toBeGreaterThanOrEqual(2);
		expect(new Set(asked)).toEqual(new Set(['20260901000000']));
	}, 120_000);

	it('refuses a Limit below 1 before any request', async () => {
		const result = await run(ivrQuarter({ limit: '={{ 0 }}' }));
		expect(result.error?.message).toBe('Limit must be a whole number of at least 1, not 0');
		expect(apiLog()).toHaveLength(0);
	});

	it('leaves billing as it is: one row, no Limit', async () => {
		const result = await run({ resource: 'billing', operation: 'getUsage', product: 'ivr_calls' });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
	});
});

describe('version 1: saved workflows keep every row', () => {
	it('returns every row of every window when Return All was never touched', async () => {
		const result = await run(ivrQuarter(), { typeVersion: 1 });
		expect(result.error).toBeUndefined();
		expect(rowsOf(result).map(hourOf)).toEqual(quarterHours());
		expect(apiLog()).toHaveLength(3);
	}, 60_000);

	it('takes a limit when one is set', async () => {
		const result = await run(ivrQuarter({ returnAll: false, limit: 5 }), { typeVersion: 1 });
		expect(rowsOf(result).map(hourOf)).toEqual(quarterHours().slice(0, 5));
		expect(apiLog()).toHaveLength(1);
	}, 60_000);
});

describe('Options → Fields: only the chosen fields', () => {
	it('keeps the chosen fields of each typed row, in the order chosen', async () => {
		const result = await run(ivrQuarter({ simplify: true, limit: 3, options: { fields: ['ivr_minutes', 'date'] } }));
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		for (const { json } of result.items) {
			expect(Object.keys(json)).toEqual(['ivr_minutes', 'date']);
			expect(typeof json.ivr_minutes).toBe('number');
		}
	}, 60_000);

	it('takes the comma-separated text an expression (or an AI agent) gives', async () => {
		const result = await run({ resource: 'realTime', operation: 'get', view: 'agents', limit: 2, options: { fields: '={{ "agent_name, agent_status" }}' } });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => Object.keys(i.json))).toEqual([
			['agent_name', 'agent_status'],
			['agent_name', 'agent_status'],
		]);
	}, 60_000);

	it('refuses an unknown field, naming the known ones', async () => {
		const result = await run({ resource: 'realTime', operation: 'get', view: 'agents', options: { fields: ['agent_name', 'agentName'] } });
		expect(result.error?.message).toBe('Unknown field "agentName" for agents');
		expect(result.error?.description).toContain('agent_name, agent_status');
	}, 60_000);
});
