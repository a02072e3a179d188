/**
 * Rows and dates in n8n's real engine against the simulator: billing rows
 * name their product, a picked End Date includes its day, totals say which window they cover, a
 * custom service level is a number like its siblings, messages use the editor's names, and a
 * report left at its default Period runs.
 */
import type { INodeParameters } from 'n8n-workflow';

import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { startSimulator } from '../../tools/simulator/server';
import type { Simulator } from '../../tools/simulator/server';
import { runNode } from './harness';

const TOKEN = 'sim-token-first-hour';
const NOW = new Date('2026-11-28T15:30:00Z');

let sim: Simulator;

beforeAll(async () => {
	sim = await startSimulator({ token: TOKEN, now: () => NOW, dailyQuota: 100_000 });
});

afterAll(async () => {
	await sim.close();
});

const run = (parameters: INodeParameters, typeVersion = 2) =>
	runNode({
		node: new Wolkvox(),
		typeVersion,
		credentialType: new WolkvoxApi(),
		credentials: { wolkvoxApi: { server: sim.url, token: TOKEN, timezone: 'America/Bogota', maxConcurrentRequests: 1 } },
		parameters,
	});

const sent = () => sim.stats.log.filter((e) => e.path.startsWith('/api/')).map((e) => e.query);

describe('billing rows', () => {
	it("carry the product's API and English name, before the API's own fields", async () => {
		const result = await run({ resource: 'billing', operation: 'getUsage', product: 'ivr_minutes' });
		expect(result.error).toBeUndefined();
		expect(result.items.length).toBeGreaterThan(0);
		for (const { json } of result.items) {
			expect(Object.keys(json).slice(0, 2)).toEqual(['product', 'product_name']);
			expect(json).toMatchObject({ product: 'ivr_minutes', product_name: 'IVR Minutes' });
			expect(json).toHaveProperty('items');
			expect(typeof json.items).toBe('number');
		}
	});

	it('stay as sent with Simplify off', async () => {
		const result = await run({ resource: 'billing', operation: 'getUsage', product: 'ivr_minutes', simplify: false });
		expect(result.items[0].json).not.toHaveProperty('product_name');
	});
});

const skillTotals = (extra: INodeParameters): INodeParameters => ({
	resource: 'report',
	operation: 'get',
	reportFamily: 'skill',
	report: 'skill_1',
	period: 'custom',
	skill_id: 'all',
	...extra,
});

describe('Period left at its default', () => {
	// The node reads its clock with Date.now: pinned to the simulator's, 28 Nov at 10:30 in Bogota.
	beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW.getTime()));
	afterEach(() => jest.restoreAllMocks());
	// Only what the editor asks before Period.
	const ivrByHour: INodeParameters = { resource: 'report', operation: 'get', reportFamily: 'diagram', report: 'diagram_1_2' };
	const YESTERDAY = ['20261127000000', '20261127235959'];

	it('version 2 runs yesterday, in the credential zone, with nothing else set', async () => {
		sim.reset();
		const result = await run(ivrByHour);
		expect(result.error).toBeUndefined();
		expect(result.items.length).toBeGreaterThan(0);
		expect(sent().map((q) => [q.date_ini, q.date_end])).toEqual([YESTERDAY]);
	});

	it('version 2 runs yesterday also when the report comes from an expression', async () => {
		sim.reset();
		const result = await run({ ...ivrByHour, report: '={{ "diagram_1_2" }}' });
		expect(result.error).toBeUndefined();
		expect(sent().map((q) => [q.date_ini, q.date_end])).toEqual([YESTERDAY]);
	});

	it('version 1 keeps Custom: a saved node with its dates sends those dates', async () => {
		sim.reset();
		const result = await run({ ...ivrByHour, startDate: '2026-11-20T08:00:00', endDate: '2026-11-20T09:59:59' }, 1);
		expect(result.error).toBeUndefined();
		expect(result.items.length).toBeGreaterThan(0);
		expect(sent().map((q) => [q.date_ini, q.date_end])).toEqual([['20261120080000', '20261120095959']]);
	});

	it('version 1 with no dates asks for Start Date, sending nothing', async () => {
		sim.reset();
		const result = await run(ivrByHour, 1);
		expect(result.error?.message).toMatch(/Start Date/);
		expect(sent()).toEqual([]);
	});
});

describe('End Date from the date picker', () => {
	it('a picked day (00:00:00, no offset) is included through its last second', async () => {
		sim.reset();
		const result = await run(skillTotals({ startDate: '2026-11-20T00:00:00', endDate: '2026-11-26T00:00:00' }));
		expect(result.error).toBeUndefined();
		expect(sent().map((q) => [q.date_ini, q.date_end])).toEqual([['20261120000000', '20261126235959']]);
	});

	it('midnight written with an offset, or as YYYYmmddHHiiss, is that very second', async () => {
		sim.reset();
		await run(skillTotals({ startDate: '2026-11-20T00:00:00', endDate: '2026-11-26T00:00:00-05:00' }));
		await run(skillTotals({ startDate: '2026-11-20T00:00:00', endDate: '20261126000000' }));
		expect(sent().map((q) => q.date_end)).toEqual(['20261126000000', '20261126000000']);
	});
});

describe('totals over more than 31 days', () => {
	it("each row says its window's first and last second, as the requests sent them", async () => {
		sim.reset();
		const result = await run(skillTotals({ startDate: '2026-08-01T00:00:00', endDate: '2026-10-31T23:59:59' }));
		expect(result.error).toBeUndefined();
		const windows = sent().map((q) => `${q.date_ini}-${q.date_end}`);
		expect(windows.length).toBeGreaterThan(2);
		const digits = (iso: unknown) => String(iso).slice(0, 19).replace(/\D/g, '');
		const rowWindows = new Set(result.items.map(({ json }) => `${digits(json.window_start)}-${digits(json.window_end)}`));
		expect([...rowWindows]).toEqual(windows);
		expect(result.items[0].json.window_start).toBe('2026-08-01T00:00:00-05:00');
	});

	it('a report with a time on its rows gets no window fields', async () => {
		const result = await run({ ...skillTotals({ startDate: '2026-11-20T00:00:00', endDate: '2026-11-20T23:59:59' }), report: 'skill_2' });
		expect(result.error).toBeUndefined();
		for (const { json } of result.items) expect(json).not.toHaveProperty('window_start');
	});
});

describe('a custom Services Time', () => {
	it('service_level_<N>seg is a number, like service_level_10seg', async () => {
		const result = await run(skillTotals({ startDate: '2026-11-20T00:00:00', endDate: '2026-11-26T00:00:00', services_time: '40' }));
		expect(result.error).toBeUndefined();
		expect(result.items.length).toBeGreaterThan(0);
		for (const { json } of result.items) {
			expect(typeof json.service_level_10seg).toBe('number');
			expect(typeof json.service_level_40seg).toBe('number');
		}
	});
});

describe('messages use the names the editor shows', () => {
	it('a missing Agent Name or ID names the report as listed', async () => {
		const result = await run({
			resource: 'report',
			operation: 'get',
			reportFamily: 'agent',
			report: 'agent_2',
			period: 'custom',
			startDate: '2026-11-20T00:00:00',
			endDate: '2026-11-20T00:00:00',
			agent_id: '',
		});
		expect(result.error?.message).toMatch(/^Agent Name or ID is required by /);
		expect(result.error?.message).not.toMatch(/agent_2|Agent ID is/);
	});
});
