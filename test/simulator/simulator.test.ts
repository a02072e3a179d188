// Behaviour of the Wolkvox simulator, each check tied to docs/wolkvox-api.md or to a documented inferred choice.

import { spawn } from 'node:child_process';
import * as https from 'node:https';
import * as path from 'node:path';
import {
	BILLING_PRODUCTS, MSG, billingItems, diagram12Rows, envelopeVariant, startSimulator,
	type Simulator, type SimulatorStats,
} from '../../tools/simulator/server';
import { FIXTURE_BILLING } from '../../tools/simulator/fixture';
import { simulatorsAt } from './testing';

// Saturday 2025-03-15 12:04:05 in Bogota (UTC-5).
const NOW = new Date('2025-03-15T17:04:05Z');
const TOKEN = 'sim-token';

const start = simulatorsAt(NOW);

type Row = Record<string, string>;
interface Reply { status: number; type: string; text: string; json: { code: unknown; error: unknown; msg: string; data: Row[] } }

async function get(sim: Simulator, pathAndQuery: string, token: string | null = TOKEN, init: RequestInit = {}): Promise<Reply> {
	const headers: Record<string, string> = token === null ? {} : { 'wolkvox-token': token };
	const r = await fetch(sim.url + pathAndQuery, { ...init, headers });
	const text = await r.text();
	let json: Reply['json'] | undefined;
	try { json = JSON.parse(text); } catch { json = undefined; }
	return { status: r.status, type: r.headers.get('content-type') ?? '', text, json: json as Reply['json'] };
}

const billing = (api = 'ivr_calls') => `/api/v2/billing.php?api=${api}`;
const d12 = (ini: string, end: string) => `/api/v2/reports_manager.php?api=diagram_1_2&date_ini=${ini}&date_end=${end}`;
const hourOf = (row: Record<string, string>) => row.date ?? row.day;

describe('token, quota and token_info', () => {
	it('answers 401 without the header and 403 for a wrong token, charging nothing', async () => {
		const sim = await start();
		const missing = await get(sim, billing(), null);
		expect([missing.status, missing.json.msg, missing.json.code]).toEqual([401, MSG.noToken, 401]);
		const wrong = await get(sim, billing(), 'nope');
		expect([wrong.status, wrong.json.msg]).toEqual([403, MSG.badToken]);
		expect(sim.stats.tokensUsedToday).toBe(0);
	});

	it('charges every call, refuses past the daily quota and rolls over at local midnight', async () => {
		let now = NOW;
		const sim = await start({ dailyQuota: 3, now: () => now });
		expect((await get(sim, billing('nope'))).status).toBe(400); // an error still costs a token
		for (let i = 0; i < 2; i++) expect((await get(sim, billing())).status).toBe(200);
		const over = await get(sim, billing());
		expect([over.status, over.json.msg]).toEqual([403, MSG.quota]);
		expect(sim.stats.tokensUsedToday).toBe(3);
		now = new Date('2025-03-16T04:59:59Z'); // 23:59:59 in Bogota: same day
		expect((await get(sim, billing())).status).toBe(403);
		now = new Date('2025-03-16T05:00:00Z'); // local midnight
		expect((await get(sim, billing())).status).toBe(200);
		expect(sim.stats.tokensUsedToday).toBe(1);
	});

	it('reports the quota through information.php?api=token_info, counting that call too', async () => {
		const sim = await start({ dailyQuota: 50 });
		await get(sim, billing());
		await get(sim, billing());
		const r = await get(sim, '/api/v2/information.php?api=token_info');
		expect(r.status).toBe(200);
		expect(r.json.msg).toBe(' 1 records were found');
		expect(r.json.data).toEqual([{
			description: 'Simulator token', token_limit: '50', token_use_today: '3', all_token_today: '3',
			available_consumption_options: '47',
		}]);
	});
});

describe('request validation', () => {
	it('rejects an unknown or missing api with 400', async () => {
		const sim = await start();
		const unknown = await get(sim, '/api/v2/reports_manager.php?api=diagram_99');
		expect([unknown.status, unknown.json.msg, unknown.json.data]).toEqual([400, MSG.noApi, null]);
		expect((await get(sim, '/api/v2/billing.php?api=diagram_1_2')).json.msg).toBe(MSG.noApi); // wrong script
		expect((await get(sim, '/api/v2/billing.php')).json.msg).toBe(MSG.params);
	});

	it.each([
		['missing date_end', '/api/v2/reports_manager.php?api=diagram_1_2&date_ini=20250301000000'],
		['13 digits', d12('2025030100000', '20250302000000')],
		['a letter', d12('2025030100000a', '20250302000000')],
		['February 30', d12('20250230000000', '20250302000000')],
		['hour 24', d12('20250301240000', '20250302000000')],
		['second 60', d12('20250301000060', '20250302000000')],
		['start after end', d12('20250302000000', '20250301000000')],
	])('answers 400 SOME PARAMETERS ARE REQUIRED for %s', async (_name, url) => {
		const sim = await start();
		const r = await get(sim, url);
		expect([r.status, r.json.msg]).toEqual([400, MSG.params]);
	});

	it('allows exactly 31 days and refuses one second more', async () => {
		const sim = await start();
		expect((await get(sim, d12('20250101000000', '20250201000000'))).status).toBe(200);
		const long = await get(sim, d12('20250101000000', '20250201000001'));
		expect([long.status, long.json.msg]).toEqual([400, MSG.range(31)]);
	});

	it('answers a web-server 404 outside the API and 405 to other methods', async () => {
		const sim = await start();
		const r = await get(sim, '/api/v2/nothing.php?api=x');
		expect([r.status, r.type]).toEqual([404, 'text/html']);
		expect((await get(sim, billing(), TOKEN, { method: 'POST' })).status).toBe(405);
	});
});

describe('envelope', () => {
	it('alternates code 200 / "200" and error null / "null" deterministically, values always strings', async () => {
		const sim = await start();
		for (let i = 0; i < 8; i++) {
			const r = await get(sim, billing('interactions'));
			const v = envelopeVariant(i);
			expect(r.type).toBe('application/json; charset=utf-8');
			expect(r.json.code).toBe(v.codeAsString ? '200' : 200);
			expect(r.json.error).toBe(v.errorAsString ? 'null' : null);
			expect(r.json.msg).toBe('1 records were found'); // the collection's quirk for interactions
			for (const value of Object.values(r.json.data[0])) expect(typeof value).toBe('string');
		}
		expect(envelopeVariant(3).errorAsString && envelopeVariant(1).codeAsString).toBe(true);
	});

	it('answers an empty range with 404 (future, night-only, before the history)', async () => {
		const sim = await start();
		for (const url of [d12('20250316000000', '20250320000000'), d12('20250310000000', '20250310045959'), d12('20231201000000', '20231231235959')]) {
			const r = await get(sim, url);
			expect([r.status, r.json.code, r.json.msg, r.json.data]).toEqual([404, expect.anything(), '0 records were found', []]);
			expect(Number(r.json.code)).toBe(404);
		}
	});
});

describe('billing', () => {
	it('serves every product of the collection with month-to-date items and the query local time', async () => {
		const sim = await start({ seed: 7 });
		expect(BILLING_PRODUCTS.map((p) => [p.api, p.description])).toEqual(FIXTURE_BILLING.map((p) => [p.api, p.product]));
		for (const { api, description } of BILLING_PRODUCTS) {
			const r = await get(sim, billing(api));
			expect(r.status).toBe(200);
			if (api !== 'interactions') expect(r.json.msg).toBe(MSG.billing);
			expect(r.json.data).toEqual([{
				operation: 'sim_operation', description, items: String(billingItems(api, 7, 15)), date: '2025-03-15 12:04:05',
			}]);
		}
		expect(billingItems('ivr_calls', 7, 16)).toBeGreaterThan(billingItems('ivr_calls', 7, 15));
	});
});

describe('diagram_1_2', () => {
	it('returns the hours with traffic, chronological, matching diagram12Rows', async () => {
		const sim = await start({ hourField: 'date' });
		const r = await get(sim, d12('20250303000000', '20250309235959'));
		const expected = diagram12Rows('20250303000000', '20250309235959', 1);
		expect(r.json.msg).toBe(`${expected.length} records were found`);
		expect(r.json.data).toEqual(expected.map((e) => ({ date: e.hour, calls: String(e.calls), ivr_minutes: e.ivrMinutes.toFixed(2) })));
		expect(r.json.data.every((x: Row) => /^\d{10}$/.test(x.date) && /^\d+\.\d{2}$/.test(x.ivr_minutes) && x.calls !== '0')).toBe(true);
		expect(r.json.data.some((x: Row) => x.date.endsWith('03'))).toBe(false); // nights have no row
	});

	it('alternates the hour field date / day by default; "day" forces day', async () => {
		const sim = await start();
		const names = [];
		for (let i = 0; i < 3; i++) names.push(Object.keys((await get(sim, d12('20250310000000', '20250310235959'))).json.data[0])[0]);
		expect(names).toEqual(['date', 'day', 'date']);
		const daySim = await start({ hourField: 'day' });
		expect(Object.keys((await get(daySim, d12('20250310000000', '20250310235959'))).json.data[0])).toEqual(['day', 'calls', 'ivr_minutes']);
	});

	it('counts an hour when its first second is inside the range', async () => {
		const sim = await start();
		const r = await get(sim, d12('20250310103000', '20250310120000')); // Monday
		expect(r.json.data.map(hourOf)).toEqual(['2025031011', '2025031012']);
	});

	it('gives the same rows for 45 days fetched in windows as the pure function over the whole', async () => {
		const sim = await start();
		const whole = diagram12Rows('20250101000000', '20250214235959', 1);
		const windows = [['20250101000000', '20250130235959'], ['20250131000000', '20250214235959']];
		const thirds = [['20250101000000', '20250115235959'], ['20250116000000', '20250130235959'], ['20250131000000', '20250214235959']];
		for (const split of [windows, thirds]) {
			const rows = [];
			for (const [a, b] of split) rows.push(...(await get(sim, d12(a, b))).json.data);
			expect(rows.map((x: Row) => [hourOf(x), x.calls, x.ivr_minutes])).toEqual(whole.map((e) => [e.hour, String(e.calls), e.ivrMinutes.toFixed(2)]));
		}
		const cents = (xs: number[]) => xs.reduce((s, x) => s + Math.round(x * 100), 0);
		expect(cents(whole.map((e) => e.ivrMinutes))).toBeGreaterThan(0);
	});

	it('has data from 2024-01-01 up to the current hour only', async () => {
		const sim = await start();
		const today = (await get(sim, d12('20250315000000', '20250315235959'))).json.data.map(hourOf);
		expect(today[today.length - 1]).toBe('2025031512'); // now is 12:04:05
		const start2024 = (await get(sim, d12('20231225000000', '20240101235959'))).json.data.map(hourOf);
		expect(start2024.length).toBeGreaterThan(0);
		expect(start2024.every((h: string) => h.startsWith('20240101'))).toBe(true);
	});

	it('caps a download at rowCap records, keeping the first ones', async () => {
		const sim = await start({ rowCap: 5 });
		const r = await get(sim, d12('20250303000000', '20250309235959'));
		expect(r.json.msg).toBe('5 records were found');
		expect(r.json.data.map(hourOf)).toEqual(diagram12Rows('20250303000000', '20250309235959', 1).slice(0, 5).map((e) => e.hour));
	});
});

describe('concurrency', () => {
	it('refuses the third simultaneous request, charges it, and records the peak', async () => {
		const sim = await start({ latencyMs: 40 });
		const replies = await Promise.all([0, 1, 2].map(() => get(sim, billing())));
		expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 403]);
		expect(replies.find((r) => r.status === 403)!.json.msg).toBe(MSG.concurrency);
		expect(sim.stats.peakConcurrent).toBe(3);
		expect(sim.stats.tokensUsedToday).toBe(3);
		sim.reset();
		await Promise.all([get(sim, billing()), get(sim, billing())]);
		expect(sim.stats.peakConcurrent).toBe(2);
	});

	it('keeps the slot of a request whose client gave up until its answer is due', async () => {
		const sim = await start();
		sim.setFaults({ slowMs: 400 }); // long enough for a loaded CI machine to send the next request
		const giveUp = new AbortController();
		const abandoned = [0, 1].map(() => get(sim, billing(), TOKEN, { signal: giveUp.signal }));
		while (sim.stats.inFlight < 2) await new Promise((r) => setTimeout(r, 2));
		giveUp.abort();
		expect((await Promise.allSettled(abandoned)).map((p) => p.status)).toEqual(['rejected', 'rejected']);
		sim.setFaults({ slowMs: 0 });
		expect((await get(sim, billing())).json.msg).toBe(MSG.concurrency);
		while (sim.stats.inFlight > 0) await new Promise((r) => setTimeout(r, 5));
		expect((await get(sim, billing())).status).toBe(200);
	});

	it('injects simultaneous-request rejections under the cap', async () => {
		const sim = await start();
		sim.setFaults({ concurrencyRejections: 1 });
		expect((await get(sim, billing())).json.msg).toBe(MSG.concurrency);
		expect((await get(sim, billing())).status).toBe(200);
	});
});

describe('faults and control endpoints', () => {
	it('serves an HTML 502, then 500 JSON and 500 text, then truncated JSON', async () => {
		const sim = await start();
		sim.setFaults({ html502: 1, status5xx: 2, malformedJson: 1 });
		const bad = await get(sim, billing());
		expect([bad.status, bad.type, bad.text.includes('502 Bad Gateway')]).toEqual([502, 'text/html', true]);
		const e1 = await get(sim, billing());
		expect([e1.status, e1.json?.code]).toEqual([500, 500]);
		const e2 = await get(sim, billing());
		expect([e2.status, e2.type, e2.json]).toEqual([500, 'text/plain; charset=utf-8', undefined]);
		const cut = await get(sim, billing());
		expect([cut.status, cut.json, cut.text.startsWith('{"code"')]).toEqual([200, undefined, true]);
		expect((await get(sim, billing())).status).toBe(200);
		expect(sim.stats.tokensUsedToday).toBe(2); // faults in front of the API are not charged
	});

	it('answers the (invented) maintenance 403 while maintenance is on', async () => {
		const sim = await start();
		sim.setFaults({ maintenance: true });
		const r = await get(sim, billing());
		expect([r.status, r.json.error, r.json.msg]).toEqual([403, 'MAINTENANCE', 'THE SERVER IS IN MAINTENANCE, TRY AGAIN LATER']);
		sim.setFaults({ maintenance: false });
		expect((await get(sim, billing())).status).toBe(200);
		expect(() => sim.setFaults({ slowMs: -1 })).toThrow();
	});

	it('lets a client time out on slowMs, and close() does not wait for the slow answer', async () => {
		const sim = await start({ latencyMs: 5 });
		sim.setFaults({ slowMs: 5000 });
		await expect(get(sim, billing(), TOKEN, { signal: AbortSignal.timeout(30) })).rejects.toThrow();
		const t = Date.now();
		await sim.close();
		expect(Date.now() - t).toBeLessThan(200);
	});

	it('exposes faults, stats and reset over HTTP and logs every API request', async () => {
		const sim = await start();
		const post = (p: string, body?: unknown) => fetch(sim.url + p, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });
		expect((await post('/__sim/faults', { html502: 1 })).status).toBe(200);
		expect((await post('/__sim/faults', { bogus: 1 })).status).toBe(400);
		expect((await get(sim, billing('amd_ai'))).status).toBe(502);
		await get(sim, billing('amd_ai'));
		const stats = (await (await fetch(sim.url + '/__sim/stats')).json()) as SimulatorStats;
		expect(stats.requests).toBe(2);
		expect(stats.log[1]).toMatchObject({ path: '/api/v2/billing.php', query: { api: 'amd_ai' }, status: 200, headers: { 'wolkvox-token': TOKEN } });
		expect(stats.log[1].endedAt).toBeGreaterThanOrEqual(stats.log[1].startedAt);
		await post('/__sim/reset');
		expect(sim.stats).toMatchObject({ requests: 0, tokensUsedToday: 0, peakConcurrent: 0, log: [] });
		expect((await get(sim, billing())).json.code).toBe(200); // envelope alternation restarts
	});
});

describe('transport', () => {
	it('refuses any host but 127.0.0.1', async () => {
		await expect(startSimulator({ host: '0.0.0.0' })).rejects.toThrow(/127\.0\.0\.1/);
	});

	it('serves HTTPS with a self-signed certificate trusted through the returned CA', async () => {
		const sim = await start({ https: true });
		expect(sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
		const request = (host: string, ca?: string) => new Promise<number>((resolve, reject) => {
			https.get({ host, port: sim.port, path: billing(), ca, headers: { 'wolkvox-token': TOKEN } }, (res) => {
				res.resume();
				resolve(res.statusCode ?? 0);
			}).on('error', reject);
		});
		expect(await request('127.0.0.1', sim.ca)).toBe(200);
		expect(await request('localhost', sim.ca)).toBe(200);
		await expect(request('127.0.0.1')).rejects.toThrow(/self[- ]signed/i);
	});

	it('runs from the CLI and prints its listening line', async () => {
		const cli = path.join(__dirname, '../../tools/simulator/cli.ts');
		const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--token', 'cli-token'], { cwd: path.join(__dirname, '../..') });
		const line = await new Promise<string>((resolve, reject) => {
			let out = '';
			child.stdout.on('data', (c: Buffer) => {
				out += c.toString();
				if (out.includes('\n')) resolve(out.split('\n')[0]);
			});
			child.on('exit', (code) => reject(new Error(`cli exited ${code}`)));
		});
		const m = /^Wolkvox simulator listening on (http:\/\/127\.0\.0\.1:\d+) \(token: cli-token\)$/.exec(line);
		expect(m).not.toBeNull();
		const r = await fetch(`${m![1]}${billing()}`, { headers: { 'wolkvox-token': 'cli-token' } });
		expect(r.status).toBe(200);
		const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
		child.kill('SIGTERM');
		expect(await exited).toBe(0);
	}, 10_000);
});
