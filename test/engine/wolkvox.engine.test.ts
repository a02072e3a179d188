/**
 * The Wolkvox node run by n8n-core's real WorkflowExecute against the simulator: every rule of the
 * API that the node must handle, seen from a workflow's point of view.
 */
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { RESOURCES } from '../../nodes/Wolkvox/shared/catalog';
import { formatWolkvox, periodRange, splitRange } from '../../nodes/Wolkvox/shared/dates';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { billingItems } from '../../tools/simulator/generators/billing';
import { diagram12Rows } from '../../tools/simulator/generators/diagram12';
import { startSimulator } from '../../tools/simulator/server';
import type { Simulator, SimulatorOptions } from '../../tools/simulator/server';
import { runNode } from './harness';

const TOKEN = 'sim-token-engine-7f3a9c';
const SEED = 7;
// 2026-11-23 10:30 in Bogota: the simulator's "now", so data and billing are fixed.
const NOW = new Date('2026-11-23T15:30:00Z');
const NOW_14 = '20261123103000';

let sim: Simulator;

async function simulator(options: SimulatorOptions = {}): Promise<Simulator> {
	return await startSimulator({ token: TOKEN, seed: SEED, now: () => NOW, ...options });
}

function credentials(overrides: IDataObject = {}) {
	return { wolkvoxApi: { server: sim.url, token: TOKEN, timezone: 'America/Bogota', maxConcurrentRequests: 1, ...overrides } };
}

async function run(
	parameters: INodeParameters,
	options: { credentials?: IDataObject; inputItems?: INodeExecutionData[]; continueOnFail?: boolean } = {},
) {
	return await runNode({
		node: new Wolkvox(),
		// Version 1, as saved workflows have it: Return All on, every row (the limit has its own tests).
		typeVersion: 1,
		credentialType: new WolkvoxApi(),
		credentials: credentials(options.credentials),
		parameters,
		inputItems: options.inputItems,
		continueOnFail: options.continueOnFail,
	});
}

const ivrReport = (startDate: string, endDate: string, extra: INodeParameters = {}): INodeParameters => ({
	resource: 'report',
	operation: 'get',
	reportFamily: 'diagram',
	report: 'diagram_1_2',
	startDate,
	endDate,
	...extra,
});

const billing = (product: string, extra: INodeParameters = {}): INodeParameters => ({
	resource: 'billing',
	operation: 'getUsage',
	product,
	...extra,
});

/** The simulator's expected hourly rows as the node should type them (Bogota is UTC-5 all year). */
function expectedHours(dateIni: string, dateEnd: string) {
	return diagram12Rows(dateIni, dateEnd, SEED, NOW_14).map((row) => ({
		date: `${row.hour.slice(0, 4)}-${row.hour.slice(4, 6)}-${row.hour.slice(6, 8)}T${row.hour.slice(8, 10)}:00:00-05:00`,
		calls: row.calls,
		ivr_minutes: row.ivrMinutes,
	}));
}

const apiLog = () => sim.stats.log.filter((entry) => entry.path.startsWith('/api/'));

afterEach(async () => {
	await sim?.close();
});

describe('Billing → Get Usage', () => {
	const products = RESOURCES.find((r) => r.value === 'billing')!.endpoints;

	beforeEach(async () => {
		sim = await simulator();
	});

	it.each(products.map((p) => [p.api, p.name]))('%s: one typed item with the current month usage, naming its product', async (api, name) => {
		const { items, error } = await run(billing(api));
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({
			product: api,
			product_name: name,
			operation: 'sim_operation',
			description: expect.any(String),
			items: billingItems(api, SEED, 23),
			date: expect.stringMatching(/^2026-11-23T10:30:00-05:00$/),
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(apiLog()).toEqual([
			expect.objectContaining({ path: '/api/v2/billing.php', query: { api }, status: 200 }),
		]);
		expect(apiLog()[0].headers['wolkvox-token']).toBe(TOKEN);
	});

	it('gives the row exactly as sent with Simplify off', async () => {
		const { items } = await run(billing('ivr_calls', { simplify: false }));
		expect(items.map((i) => i.json)).toEqual([
			{
				operation: 'sim_operation',
				description: 'Llamadas de IVR',
				items: String(billingItems('ivr_calls', SEED, 23)),
				date: '2026-11-23 10:30:00',
			},
		]);
	});

	it('runs every input item, each paired to its own rows', async () => {
		const inputItems = ['ivr_calls', 'amd_ai', 'stereo_rec', 'interactions'].map((product) => ({ json: { product } }));
		const { items } = await run(billing('={{ $json.product }}'), { inputItems });
		expect(items.map((i) => [i.pairedItem, i.json.items])).toEqual(
			inputItems.map((input, index) => [{ item: index }, billingItems(input.json.product, SEED, 23)]),
		);
	});

	it('refuses a product that is not a Wolkvox API name, sending nothing', async () => {
		const { error } = await run(billing('ivr_callz'));
		expect(error?.message).toBe('Unknown product "ivr_callz"');
		expect(error?.description).toContain('ivr_calls');
		expect(apiLog()).toHaveLength(0);
	});
});

describe('Report → Get: IVR Calls and Minutes by Hour', () => {
	beforeEach(async () => {
		sim = await simulator({ hourField: 'alternate' });
	});

	it('gives one typed item per hour with traffic over one day', async () => {
		const { items, error } = await run(ivrReport('2026-11-20T00:00:00', '2026-11-20T23:59:59'));
		expect(error).toBeUndefined();
		const expected = expectedHours('20261120000000', '20261120235959');
		expect(expected.length).toBeGreaterThan(10);
		expect(items.map((i) => i.json)).toEqual(expected);
		expect(items.every((i, index) => i.json && (i.pairedItem as { item: number }).item === 0 && index >= 0)).toBe(true);
		expect(apiLog().map((e) => e.query)).toEqual([
			{ api: 'diagram_1_2', date_ini: '20261120000000', date_end: '20261120235959' },
		]);
	});

	it('reads the hour field whether it is spelled date or day', async () => {
		// The simulator alternates the spelling answer by answer.
		const first = await run(ivrReport('2026-11-20T00:00:00', '2026-11-20T23:59:59', { simplify: false }));
		const second = await run(ivrReport('2026-11-20T00:00:00', '2026-11-20T23:59:59', { simplify: false }));
		const spellings = [first, second].map((r) => Object.keys(r.items[0].json)[0]).sort();
		expect(spellings).toEqual(['date', 'day']);
		const typed = await run(ivrReport('2026-11-20T00:00:00', '2026-11-20T23:59:59'));
		const typedAgain = await run(ivrReport('2026-11-20T00:00:00', '2026-11-20T23:59:59'));
		expect(typed.items.map((i) => i.json)).toEqual(typedAgain.items.map((i) => i.json));
	});

	it('gives the rows exactly as sent with Simplify off', async () => {
		const { items } = await run(ivrReport('2026-11-20T08:00:00', '2026-11-20T09:59:59', { simplify: false }));
		const rows = diagram12Rows('20261120080000', '20261120095959', SEED, NOW_14);
		expect(items.map((i) => i.json)).toEqual(
			rows.map((row) => ({
				[Object.keys(items[0].json)[0]]: row.hour,
				calls: String(row.calls),
				ivr_minutes: row.ivrMinutes.toFixed(2),
			})),
		);
	});

	it('splits 45 days into 31-day windows, in order, with no gap and no row twice', async () => {
		const { items, error } = await run(ivrReport('2026-09-01T00:00:00', '2026-10-15T23:59:59'));
		expect(error).toBeUndefined();
		expect(apiLog().map((e) => [e.query.date_ini, e.query.date_end])).toEqual([
			['20260901000000', '20261001235959'],
			['20261002000000', '20261015235959'],
		]);
		const expected = expectedHours('20260901000000', '20261015235959');
		expect(items.map((i) => i.json)).toEqual(expected);
		const hours = items.map((i) => i.json.date as string);
		expect(new Set(hours).size).toBe(hours.length);
		expect([...hours].sort()).toEqual(hours);
		const sum = (key: string) => items.reduce((total, i) => total + (i.json[key] as number), 0);
		expect(sum('calls')).toBe(expected.reduce((total, row) => total + row.calls, 0));
	});

	it('gives zero items, not an error, for a range with no rows (404)', async () => {
		const { items, error } = await run(ivrReport('2026-12-01T00:00:00', '2026-12-02T00:00:00'));
		expect(error).toBeUndefined();
		expect(items).toEqual([]);
		expect(apiLog().map((e) => e.status)).toEqual([404]);
	});

	it('keeps the rows of a window when the next one is empty', async () => {
		const { items } = await run(ivrReport('2026-11-01T00:00:00', '2026-12-20T00:00:00'));
		expect(apiLog().map((e) => e.status)).toEqual([200, 404]);
		expect(items.map((i) => i.json)).toEqual(expectedHours('20261101000000', NOW_14));
	});
});

describe('Report dates', () => {
	beforeEach(async () => {
		sim = await simulator();
	});

	const sentRange = () => apiLog().map((e) => [e.query.date_ini, e.query.date_end]);

	it.each([
		['ISO with Z, converted to the operation zone', '2026-11-20T05:00:00Z', '2026-11-20T10:59:59Z', ['20261120000000', '20261120055959']],
		['ISO with an offset, converted', '2026-11-20T08:00:00+02:00', '2026-11-20T12:00:00+02:00', ['20261120010000', '20261120050000']],
		['ISO without offset, wall time in the zone', '2026-11-20T08:00:00', '2026-11-20T09:00:00', ['20261120080000', '20261120090000']],
		['14 digits, as is', '20261120080000', '20261120093000', ['20261120080000', '20261120093000']],
	])('%s', async (_label, startDate, endDate, range) => {
		const { error } = await run(ivrReport(startDate, endDate));
		expect(error).toBeUndefined();
		expect(sentRange()).toEqual([range]);
	});

	it('converts a Luxon DateTime from an expression', async () => {
		const { error } = await run(
			ivrReport("={{ DateTime.fromISO('2026-11-20T05:00:00Z') }}", "={{ DateTime.fromISO('2026-11-20T05:00:00Z').plus({ hours: 6 }) }}"),
		);
		expect(error).toBeUndefined();
		expect(sentRange()).toEqual([['20261120000000', '20261120060000']]);
	});

	it.each(['today', 'yesterday', 'last7Days', 'thisMonth', 'lastMonth'] as const)(
		'sends the %s period computed in the operation zone, in 31-day windows',
		async (period) => {
			const before = Date.now();
			const { error } = await run({ ...ivrReport('', ''), period });
			expect(error).toBeUndefined();
			// Sent as the dates module computes it at that moment (the test reruns it on a day change).
			const expected = (now: number) => {
				const { start, end } = periodRange(period, now, 'America/Bogota');
				return splitRange(start, end).map((w) => [formatWolkvox(w.start), formatWolkvox(w.end)]);
			};
			expect([expected(before), expected(Date.now())]).toContainEqual(sentRange());
		},
	);

	it('refuses an unknown period, sending nothing', async () => {
		const { error } = await run({ ...ivrReport('', ''), period: 'lastWeek' });
		expect(error?.message).toBe('Unknown period "lastWeek"');
		expect(error?.description).toContain('yesterday');
		expect(apiLog()).toHaveLength(0);
	});

	it('uses the time zone of the credential', async () => {
		await run(ivrReport('2026-07-01T10:00:00Z', '2026-07-01T12:00:00Z'), { credentials: { timezone: 'Europe/Madrid' } });
		expect(sentRange()).toEqual([['20260701120000', '20260701140000']]);
	});

	it.each([
		// A picked end day runs through its last second.
		['start after end', '2026-11-20T00:00:00', '2026-11-19T00:00:00', /Start date 20261120000000 is after end date 20261119235959/],
		['an unparseable start', 'last tuesday', '2026-11-19T00:00:00', /Start Date "last tuesday" is not a date/],
		['an impossible end', '2026-11-19T00:00:00', '2026-11-31T00:00:00', /End Date "2026-11-31T00:00:00" is not a date/],
	])('refuses %s with a clear error, sending nothing', async (_label, startDate, endDate, message) => {
		const { error, items } = await run(ivrReport(startDate, endDate));
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toMatch(message);
		expect(items).toEqual([]);
		expect(apiLog()).toHaveLength(0);
	});
});

describe('Per-token concurrency', () => {
	const manyItems = (n: number) => Array.from({ length: n }, (_, i) => ({ json: { i } }));

	it('never has more requests in flight than the cap (1 by default), across all items', async () => {
		sim = await simulator({ latencyMs: 20 });
		const { items, error } = await run(billing('ivr_calls'), { inputItems: manyItems(8) });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(8);
		expect(sim.stats.peakConcurrent).toBe(1);
	});

	it('uses a cap of 2 when the credential allows it, and no more', async () => {
		sim = await simulator({ latencyMs: 20 });
		const { items } = await run(billing('ivr_calls'), { inputItems: manyItems(8), credentials: { maxConcurrentRequests: 2 } });
		expect(items.map((i) => i.pairedItem)).toEqual(manyItems(8).map((_, item) => ({ item })));
		expect(sim.stats.peakConcurrent).toBe(2);
	});

	it('retries the simultaneous-requests 403 with backoff, then succeeds', async () => {
		sim = await simulator();
		sim.setFaults({ concurrencyRejections: 1 });
		const { items, error } = await run(billing('amd_ai'));
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		const log = apiLog();
		expect(log.map((e) => e.status)).toEqual([403, 200]);
		// The first wait is jittered within 0.5–1 s (retryDelayMs); the bounds are unit-tested in retry.test.ts.
		expect(log[1].startedAt - log[0].endedAt).toBeGreaterThanOrEqual(450);
	});
});

describe('Other failures', () => {
	it.each([
		[
			'an invalid token',
			{ credentials: { token: 'wrong-token' } },
			/PLEASE VALIDATE TOKEN/,
			/Check the Token of the Wolkvox API credential/,
			'403',
		],
		['the maintenance 403', { faults: { maintenance: true } }, /MAINTENANCE/, /maintenance/, '403'],
		['the daily token quota', { options: { dailyQuota: 0 } }, /TOKEN LIMIT EXCEEDED/, /daily token quota is used up/, '403'],
		['a 5xx', { faults: { status5xx: 1 } }, /INTERNAL SERVER ERROR/, /Wolkvox server failed/, '500'],
		['a 5xx in plain text', { faults: { status5xx: 2 }, skip: 1 }, /HTTP 500 with a body that is not JSON/, /Wolkvox server failed/, '500'],
		['an HTML 502 page from a proxy', { faults: { html502: 1 } }, /HTTP 502 with a body that is not JSON \(502 Bad Gateway\)/, /Wolkvox server failed/, '502'],
		['a cut JSON body', { faults: { malformedJson: 1 } }, /HTTP 200 with a body that is not JSON/, /proxy/, '200'],
	])('fails at once on %s, with a description of what to do', async (_label, setup, message, description, httpCode) => {
		const s = setup as { credentials?: IDataObject; faults?: object; options?: SimulatorOptions; skip?: number };
		sim = await simulator(s.options);
		if (s.faults) sim.setFaults(s.faults);
		// The simulator alternates its 500s between a JSON envelope and plain text.
		for (let i = 0; i < (s.skip ?? 0); i++) await run(billing('ivr_calls'));
		const { error } = await run(billing('ivr_calls'), { credentials: s.credentials });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(message);
		expect(error?.description).toMatch(description);
		expect(error?.httpCode).toBe(httpCode);
		expect(sim.stats.requests).toBe(1 + (s.skip ?? 0));
	});

	it('turns a timeout into a NodeApiError', async () => {
		sim = await simulator();
		sim.setFaults({ slowMs: 3000 });
		const { error } = await run(billing('ivr_calls', { options: { timeout: 1000 } }));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(/no answer from .* within 1000 ms/);
		expect(error?.httpCode).toBe('408');
	});

	it('turns an unreachable server into a NodeApiError', async () => {
		sim = await simulator();
		const closedUrl = sim.url;
		await sim.close();
		const { error } = await run(billing('ivr_calls'), { credentials: { server: closedUrl } });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(/could not reach http:\/\/127\.0\.0\.1:\d+\/api\/v2\/billing\.php: The service refused the connection/);
		expect(error?.description).toMatch(/Check the Server .*\(ECONNREFUSED\)/);
	});

	it.each(['abc', 'http://wolkvox.example.com'])('refuses the server %p naming the accepted forms, sending nothing', async (server) => {
		sim = await simulator();
		const { error } = await run(billing('ivr_calls'), { credentials: { server } });
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toMatch(/^Wolkvox API credential: Server .* server number \(9901\)/);
		expect(sim.stats.requests).toBe(0);
	});

	it('never puts the token in output items or errors', async () => {
		sim = await simulator();
		sim.setFaults({ html502: 1 });
		const failed = await run(billing('ivr_calls'), { continueOnFail: true });
		const wrong = await run(billing('ivr_calls'), { credentials: { token: `${TOKEN}-x` } });
		expect(JSON.stringify([failed.items, failed.error, wrong.items, wrong.error])).not.toContain(TOKEN);
	});
});

describe('Items, pairing and continueOnFail', () => {
	const inputItems = [
		{ json: { start: '2026-11-20T08:00:00' } },
		{ json: { start: 'not a date' } },
		{ json: { start: '2026-11-21T08:00:00' } },
	];
	const report = ivrReport('={{ $json.start }}', "={{ $json.start.replace('08:00:00', '11:59:59') }}");

	beforeEach(async () => {
		sim = await simulator();
	});

	it('with continueOnFail, a failing item gives one error item paired to it and the others run', async () => {
		const { items, error } = await run(report, { inputItems, continueOnFail: true });
		expect(error).toBeUndefined();
		const first = expectedHours('20261120080000', '20261120115959');
		const third = expectedHours('20261121080000', '20261121115959');
		expect(items.map((i) => i.pairedItem)).toEqual([
			...first.map(() => ({ item: 0 })),
			{ item: 1 },
			...third.map(() => ({ item: 2 })),
		]);
		expect(items.map((i) => i.json)).toEqual([
			...first,
			{ error: expect.stringMatching(/Start Date "not a date" is not a date/), description: null },
			...third,
		]);
		expect(apiLog()).toHaveLength(2);
	});

	it('without continueOnFail, the first failing item stops the node with its error', async () => {
		const { error, items } = await run(report, { inputItems });
		expect(items).toEqual([]);
		expect(error?.message).toMatch(/Start Date "not a date" is not a date/);
	});
});
