/**
 * Date windows fetched side by side: as many at once as the credential allows, rows still oldest
 * window first, the row cap still halving, and nothing new sent after a window fails.
 */
import type { INodeParameters } from 'n8n-workflow';

import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { cdr1Count, cdr1Rows, endpointRows, startSimulator } from '../../tools/simulator/server';
import type { Simulator } from '../../tools/simulator/server';
import { runNode } from './harness';

const TOKEN = 'sim-token-windows';
const NOW = new Date('2026-11-20T15:30:00Z');
const NOW14 = '20261120103000';

let sim: Simulator;

beforeAll(async () => {
	// Answers due well after building them (a month of rows takes up to ~0.1 s on a busy machine), so
	// the requests of one node overlap whenever the node lets them.
	sim = await startSimulator({ token: TOKEN, now: () => NOW, dailyQuota: 100_000, maxConcurrent: 2, latencyMs: 300 });
});

afterAll(async () => {
	await sim.close();
});

const run = (parameters: INodeParameters, maxConcurrentRequests: number) =>
	runNode({
		node: new Wolkvox(),
		// Version 1, as saved workflows have it: Return All on, every row (the limit has its own tests).
		typeVersion: 1,
		credentialType: new WolkvoxApi(),
		credentials: { wolkvoxApi: { server: sim.url, token: TOKEN, timezone: 'America/Bogota', maxConcurrentRequests } },
		parameters,
	});

const apiLog = () => sim.stats.log.filter((e) => e.path.startsWith('/api/'));

const YEAR = { startDate: '2025-11-01T00:00:00', endDate: '2026-10-31T23:59:59' };
const ivrYear = { resource: 'report', operation: 'get', reportFamily: 'diagram', report: 'diagram_1_2', period: 'custom', ...YEAR, simplify: false };

describe('a one-year report (12 windows)', () => {
	it.each([1, 2])('with %i slot(s): every window once, at most that many at once, rows in order', async (slots) => {
		sim.reset();
		const result = await run(ivrYear, slots);
		expect(result.error).toBeUndefined();
		expect(sim.stats.peakConcurrent).toBe(slots);
		const sent = apiLog().map((e) => e.query.date_ini).sort();
		expect(sent).toHaveLength(12);
		expect(new Set(sent).size).toBe(12);
		const whole = endpointRows('reports_manager', 'diagram_1_2', { date_ini: '20251101000000', date_end: '20261031235959' }, { now14: NOW14 });
		expect(whole.length).toBeGreaterThan(1000);
		// diagram_1_2 spells its hour field differently on alternate answers: compare the hours only.
		const hourOf = (row: Record<string, unknown>) => row.date ?? row.day;
		expect(result.items.map((i) => hourOf(i.json))).toEqual(whole.map(hourOf));
	}, 60_000);
});

describe('the row cap with two slots', () => {
	it('still halves a capped window and keeps every row in order', async () => {
		sim.reset();
		const result = await run({ resource: 'report', operation: 'get', reportFamily: 'cdr', report: 'cdr_1', period: 'custom', startDate: '2026-09-01T00:00:00', endDate: '2026-10-31T23:59:59', simplify: false }, 2);
		expect(result.error).toBeUndefined();
		const expected = cdr1Count('20260901000000', '20261031235959', 1, NOW14);
		expect(expected).toBeGreaterThan(120_000);
		// Two windows, each over the cap, so each was fetched again in parts.
		expect(apiLog().length).toBeGreaterThanOrEqual(6);
		expect(result.items.map((i) => i.json)).toEqual(cdr1Rows('20260901000000', '20261031235959', 1, NOW14));
	}, 120_000);
});

describe('a window that fails', () => {
	it('fails the item, and no window starts after it', async () => {
		sim.reset();
		sim.setFaults({ status5xx: 1 });
		const result = await run(ivrYear, 2);
		expect(result.error?.message).toMatch(/500|server/i);
		// The failing window, the one beside it, and at most one that its worker started when both
		// answers came back together, before the failure was seen: never the whole year.
		expect(sim.stats.requests).toBeGreaterThanOrEqual(2);
		expect(sim.stats.requests).toBeLessThanOrEqual(3);
		expect(sim.stats.inFlight).toBe(0);
	}, 60_000);
});
