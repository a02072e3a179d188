// The simulator's movable clock and its late-arriving rows (README: "Clock and late-arriving rows").

import { diagram12Rows, type Simulator } from '../../tools/simulator/server';
import { simulatorsAt } from './testing';

const TOKEN = 'sim-token';
const NOW = new Date('2025-03-14T15:00:00Z'); // Friday 10:00 in Bogota

const start = simulatorsAt(NOW);

async function rows(sim: Simulator, api: string, ini: string, end: string): Promise<Array<Record<string, string>>> {
	const r = await fetch(`${sim.url}/api/v2/reports_manager.php?api=${api}&date_ini=${ini}&date_end=${end}`, { headers: { 'wolkvox-token': TOKEN } });
	return r.status === 404 ? [] : ((await r.json()) as { data: Array<Record<string, string>> }).data;
}

async function clock(sim: Simulator, body?: object): Promise<{ status: number; now?: string; error?: string }> {
	const r = await fetch(`${sim.url}/__sim/clock`, body ? { method: 'POST', body: JSON.stringify(body) } : {});
	return { status: r.status, ...((await r.json()) as { now?: string; error?: string }) };
}

describe('clock control', () => {
	it('reads, pins and advances the clock; billing follows it', async () => {
		const sim = await start();
		expect(await clock(sim)).toEqual({ status: 200, now: NOW.toISOString() });
		expect(await clock(sim, { now: '2025-03-20T17:00:00Z' })).toEqual({ status: 200, now: '2025-03-20T17:00:00.000Z' });
		expect(await clock(sim, { advanceMs: 86_400_000 })).toEqual({ status: 200, now: '2025-03-21T17:00:00.000Z' });
		expect(sim.setClock({ advanceMs: -1000 }).toISOString()).toBe('2025-03-21T16:59:59.000Z');
		const usage = await (await fetch(`${sim.url}/api/v2/billing.php?api=ivr_calls`, { headers: { 'wolkvox-token': TOKEN } })).json();
		expect((usage as { data: Array<{ date: string }> }).data[0].date).toBe('2025-03-21 11:59:59');
	});

	it('refuses a clock it cannot read', async () => {
		const sim = await start();
		expect(await clock(sim, { now: 'soon' })).toMatchObject({ status: 400, error: 'Bad clock now soon' });
		expect(await clock(sim, { advanceMs: 'x' })).toMatchObject({ status: 400 });
	});
});

describe('late-arriving rows', () => {
	it('an event row shows only some minutes after its instant, then stays', async () => {
		const onTime = await start();
		const late = await start({ lateMinutes: 20 });
		const hour = ['20250314090000', '20250314095959'] as const;
		const all = await rows(onTime, 'diagram_1', ...hour);
		late.setClock({ now: '2025-03-14T14:59:59Z' }); // 09:59:59: some of the hour's calls are not shown yet
		const early = await rows(late, 'diagram_1', ...hour);
		late.setClock({ now: '2025-03-14T15:21:00Z' }); // more than 20 minutes after the hour
		const settled = await rows(late, 'diagram_1', ...hour);
		expect(all.length).toBeGreaterThan(5);
		expect(early.length).toBeLessThan(all.length);
		expect(early.every((row) => all.some((r) => JSON.stringify(r) === JSON.stringify(row)))).toBe(true);
		expect(settled).toEqual(all);
	});

	it("diagram_1_2's hour fills up until lateMinutes after it ends", () => {
		const full = diagram12Rows('20250314090000', '20250314090000', 1, '20250314110000');
		const filling = diagram12Rows('20250314090000', '20250314090000', 1, '20250314093000', 20 * 60_000);
		const filled = diagram12Rows('20250314090000', '20250314090000', 1, '20250314102000', 20 * 60_000);
		expect(filling[0].calls).toBeLessThan(full[0].calls);
		expect(filled).toEqual(full);
	});
});

it('the quota day follows the moved clock', async () => {
	const sim = await start({ dailyQuota: 2 });
	const call = async () => (await fetch(`${sim.url}/api/v2/billing.php?api=ivr_calls`, { headers: { 'wolkvox-token': TOKEN } })).status;
	expect([await call(), await call(), await call()]).toEqual([200, 200, 403]);
	sim.setClock({ advanceMs: 86_400_000 });
	expect(await call()).toBe(200);
});
