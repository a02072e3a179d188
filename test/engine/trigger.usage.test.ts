/**
 * "Usage Threshold Crossed" poll after poll in n8n's real poll context: the simulator's counters
 * grow with its clock (a per-product rate × the day of the month), so moving the clock crosses.
 */
import type { INodeParameters } from 'n8n-workflow';

import { billingItems } from '../../tools/simulator/server';
import type { Simulator } from '../../tools/simulator/server';
import { SEED, expectOk, restarted, setNow, startSim, triggerHarness, useTestClock } from './triggerSetup';

let sim: Simulator;
// Hundreds of polls, each a real HTTP exchange with the simulator: more than jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

beforeAll(async () => {
	useTestClock();
	sim = await startSim();
});
afterAll(async () => {
	await sim.close();
	jest.useRealTimers();
});

const rate = (product: string) => billingItems(product, SEED, 1);

function usageParams(values: Array<{ product: string; threshold: number }>): INodeParameters {
	return { event: 'usageThresholdCrossed', thresholds: { values } };
}

/** Noon in Bogota on a day of 2026. */
const noon = (month: number, day: number) => `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T17:00:00Z`;

it('fires once when the month crosses, not again, and re-arms next month', async () => {
	const threshold = rate('ivr_calls') * 25;
	const params = usageParams([{ product: 'ivr_calls', threshold }]);
	let harness = triggerHarness(sim, params);
	const fired: Array<{ day: string; json: object[] }> = [];
	const days: Array<[number, number]> = [[3, 24], [3, 25], [3, 26], [3, 31], [4, 1], [4, 24], [4, 25], [4, 26]];
	for (const [month, day] of days) {
		setNow(noon(month, day));
		if (month === 4 && day === 1) harness = restarted(sim, params, harness); // state survives a restart
		const json = expectOk(await harness.poll());
		if (json.length > 0) fired.push({ day: `${month}/${day}`, json });
	}
	expect(fired.map((f) => f.day)).toEqual(['3/25', '4/25']);
	expect(fired[0].json).toEqual([
		{
			product: 'ivr_calls',
			product_name: 'IVR Calls',
			description: 'Llamadas de IVR',
			usage: threshold,
			threshold,
			month: '2026-03',
			date: '2026-03-25T12:00:00-05:00',
		},
	]);
	expect(fired[1].json).toMatchObject([{ month: '2026-04', usage: threshold }]);
});

it('activated while already above: fires once on its first poll', async () => {
	setNow(noon(3, 20));
	const harness = triggerHarness(sim, usageParams([{ product: 'tts_chars', threshold: rate('tts_chars') * 2 }]));
	expect(expectOk(await harness.poll())).toHaveLength(1);
	setNow(noon(3, 21));
	expect(expectOk(await harness.poll())).toEqual([]);
});

it('watches several products and thresholds with one call per product', async () => {
	setNow(noon(3, 10));
	sim.reset();
	const params = usageParams([
		{ product: 'ivr_calls', threshold: rate('ivr_calls') * 5 },
		{ product: 'ivr_calls', threshold: rate('ivr_calls') * 50 },
		{ product: 'ivr_minutes', threshold: rate('ivr_minutes') * 11 },
	]);
	const harness = triggerHarness(sim, params);
	const first = expectOk(await harness.poll());
	expect(first.map((j) => [j.product, j.threshold])).toEqual([['ivr_calls', rate('ivr_calls') * 5]]);
	setNow(noon(3, 11));
	const second = expectOk(await harness.poll());
	expect(second.map((j) => [j.product, j.threshold])).toEqual([['ivr_minutes', rate('ivr_minutes') * 11]]);
	const apis = sim.stats.log.map((entry) => entry.query.api).filter((api) => api !== 'token_info');
	expect(apis).toEqual(['ivr_calls', 'ivr_minutes', 'ivr_calls', 'ivr_minutes']);
});

it('Fetch Test Event shows the current usage of each threshold without touching the state', async () => {
	setNow(noon(3, 10));
	const harness = triggerHarness(sim, usageParams([{ product: 'ivr_calls', threshold: 1 }]));
	expect(expectOk(await harness.poll('manual'))).toEqual([
		expect.objectContaining({ product: 'ivr_calls', usage: rate('ivr_calls') * 10, threshold: 1, month: '2026-03' }),
	]);
	expect(harness.staticData).toEqual({});
});

it('refuses a set-up with no threshold, plainly', async () => {
	const { error } = await triggerHarness(sim, usageParams([])).poll();
	expect(error?.message).toBe('No threshold to watch');
});

it('counts one call per product against the quota', async () => {
	const small = await startSim({ dailyQuota: 500 });
	try {
		setNow(noon(3, 10));
		const harness = triggerHarness(small, usageParams([{ product: 'ivr_calls', threshold: 1 }, { product: 'vision', threshold: 1 }]));
		const { error } = await harness.poll();
		expect(error?.message).toBe("These poll times would cost 576 Wolkvox tokens a day (288 polls × 2 calls), and the operation's daily limit is 500");
	} finally {
		await small.close();
	}
});

it('a threshold left at 0 is refused with the fix, before anything is sent', async () => {
	setNow(noon(3, 20));
	sim.reset();
	const result = await triggerHarness(sim, usageParams([{ product: 'ivr_calls', threshold: 0 }])).poll();
	expect(result.error?.message).toBe('Set the Threshold of IVR Calls: it is 0');
	expect(result.error?.description).toMatch(/a number above 0/);
	expect(sim.stats.log.filter((e) => e.path.startsWith('/api/'))).toEqual([]);
});
