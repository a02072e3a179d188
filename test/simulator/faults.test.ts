// The simulator's fault switches that the fault suite (test/engine/faults.engine.test.ts) relies on.

import { MSG, startSimulator, type Simulator } from '../../tools/simulator/server';

const NOW = new Date('2025-03-15T17:04:05Z');
const TOKEN = 'sim-token';

let sim: Simulator;
beforeEach(async () => {
	sim = await startSimulator({ now: () => NOW, dailyQuota: 50 });
});
afterEach(async () => {
	await sim.close();
});

interface Reply {
	status: number;
	body: { code: unknown; msg: string; data: unknown } | undefined;
}

async function get(path: string, signal?: AbortSignal): Promise<Reply> {
	const r = await fetch(sim.url + path, { headers: { 'wolkvox-token': TOKEN }, signal });
	const text = await r.text();
	try {
		return { status: r.status, body: JSON.parse(text) as Reply['body'] };
	} catch {
		return { status: r.status, body: undefined };
	}
}

const billing = '/api/v2/billing.php?api=ivr_calls';
const d12 = (ini: string, end: string) => `/api/v2/reports_manager.php?api=diagram_1_2&date_ini=${ini}&date_end=${end}`;

describe('fault switches', () => {
	it('faultsAfter: counted faults wait for that many requests', async () => {
		sim.setFaults({ faultsAfter: 2, html502: 1, concurrencyRejections: 1 });
		const statuses = [];
		for (let i = 0; i < 5; i++) statuses.push((await get(billing)).status);
		expect(statuses).toEqual([200, 200, 502, 403, 200]);
	});

	it('stalls: only the next N answers are late (a client timeout gives up on them)', async () => {
		sim.setFaults({ faultsAfter: 1, stalls: 1, stallMs: 10_000 });
		expect((await get(billing)).status).toBe(200);
		await expect(get(billing, AbortSignal.timeout(300))).rejects.toThrow();
		expect((await get(billing)).status).toBe(200);
		expect(sim.stats.requests).toBe(3);
	});

	it('quotaLeft: exactly N more calls today, then TOKEN LIMIT EXCEEDED; reset restores the quota', async () => {
		await get(billing);
		sim.setFaults({ quotaLeft: 2 });
		const replies = [await get(billing), await get(billing), await get(billing)];
		expect(replies.map((r) => [r.status, r.body?.msg])).toEqual([
			[200, MSG.billing],
			[200, MSG.billing],
			[403, MSG.quota],
		]);
		sim.reset();
		expect((await get(billing)).status).toBe(200);
		expect(sim.stats.tokensUsedToday).toBe(1);
	});

	it('quotaLeft over HTTP', async () => {
		const r = await fetch(`${sim.url}/__sim/faults`, { method: 'POST', body: JSON.stringify({ quotaLeft: 0 }) });
		expect(r.status).toBe(200);
		expect((await get(billing)).body?.msg).toBe(MSG.quota);
	});

	it('noRecordsFor: windows starting with the prefix answer the empty-range 404, charged like any answer', async () => {
		sim.setFaults({ noRecordsFor: '20250302' });
		const empty = await get(d12('20250302000000', '20250302235959'));
		const full = await get(d12('20250303000000', '20250303235959'));
		expect([empty.status, empty.body?.msg, empty.body?.data]).toEqual([404, MSG.found(0), []]);
		expect(full.status).toBe(200);
		expect(sim.stats.tokensUsedToday).toBe(2);
	});

	it('codeAsString and errorsAsHttp200: every code a string, errors with HTTP 200', async () => {
		sim.setFaults({ codeAsString: true, errorsAsHttp200: true, quotaLeft: 1 });
		const ok = await get(billing);
		const refused = await get(billing);
		expect([ok.status, ok.body?.code]).toEqual([200, '200']);
		expect([refused.status, refused.body?.code, refused.body?.msg]).toEqual([200, '403', MSG.quota]);
	});

	it('dataAsObject: a list in data comes keyed "0", "1", …', async () => {
		const list = (await get(d12('20250303000000', '20250303235959'))).body?.data as unknown[];
		sim.setFaults({ dataAsObject: true });
		const keyed = (await get(d12('20250303000000', '20250303235959'))).body?.data as Record<string, unknown>;
		expect(Array.isArray(keyed)).toBe(false);
		expect(Object.keys(keyed)).toEqual(list.map((_, i) => String(i)));
		expect(Object.values(keyed).map((row) => (row as { calls: string }).calls)).toEqual(list.map((row) => (row as { calls: string }).calls));
	});

	it('echoToken: error answers quote the token they were sent; successes do not', async () => {
		sim.setFaults({ echoToken: true, html502: 1, status5xx: 2 });
		const texts = [];
		for (let i = 0; i < 4; i++) {
			const r = await fetch(sim.url + billing, { headers: { 'wolkvox-token': TOKEN } });
			texts.push([r.status, (await r.text()).includes(`wolkvox-token: ${TOKEN}`)]);
		}
		expect(texts).toEqual([[502, true], [500, true], [500, true], [200, false]]);
	});

	it('refuses a switch of the wrong type', () => {
		expect(() => sim.setFaults({ noRecordsFor: 5 as unknown as string })).toThrow(/Bad value for noRecordsFor/);
		expect(() => sim.setFaults({ quotaLeft: -2 })).toThrow(/Bad value for quotaLeft/);
	});
});
