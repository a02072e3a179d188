/**
 * The built package in real n8n (every pinned version, see jest.e2e.config.js), loaded as a
 * community package and run by n8n's own CLI against the in-process Wolkvox simulator. Expected
 * values come from the simulator's exported generators, or from the simulator answering the same
 * queries directly, never from the node's code.
 */
import { findResource } from '../../nodes/Wolkvox/shared/catalog';
import { nodeItems, nodeRunWindow, type JsonObject, type RunItem } from '../../tools/lib/n8n';
import { assertNoSecrets } from '../secrets';
import { startSimulator, type LogEntry } from '../../tools/simulator/server';
import { expectedBilling, expectedBillingRaw, expectedIvrHours, wallClock } from './expected';
import { IVR_45_DAYS, PAIRING_INPUTS, SCENARIOS, SEED_PRODUCTS, STORM_ITEMS, WRONG_TOKEN } from './scenarios';
import { e2eVersions, NOW, packOnce, pairedIndex, SEED, SESSION_TIMEOUT, startSession, TIME_ZONE, TOKEN, type Session } from './session';

const VERSIONS = e2eVersions();

const pack = packOnce();

const windowsOf = (log: LogEntry[]): Array<[string, string]> => log.map((e) => [e.query.date_ini, e.query.date_end]);
const sum = (items: RunItem[], field: string) => items.reduce((total, i) => total + Number(i.json[field]), 0);

describe.each(VERSIONS)('n8n %s', (version) => {
	let session: Session;

	beforeAll(async () => {
		// The examples that act on the contact center run in writes.e2e.test.ts.
		session = await startSession(version, pack.tgz(), SCENARIOS, { examples: (e) => !e.acts });
		console.log(`n8n ${version} on Node ${session.home.install.nodeVersion}: ${JSON.stringify(session.timings)}`);
	}, SESSION_TIMEOUT);

	afterAll(async () => {
		await session?.close();
	});

	/** The items of a node of a scenario's workflow, which must have succeeded. */
	function itemsOf(key: string, node = 'Wolkvox', output = 0): RunItem[] {
		const entry = session.run(key).entry;
		if (entry?.status !== 'success') throw new Error(`workflow "${key}" ended ${entry?.status}: ${entry?.error}`);
		return nodeItems(entry.result, node, output);
	}
	const apiLog = (key: string) => session.run(key).apiLog();

	describe('Billing → Get Usage', () => {
		it.each(SEED_PRODUCTS)('%s: one typed item with the month-to-date usage', (api) => {
			const items = itemsOf(`billing-${api}`);
			expect(items.map((i) => i.json)).toEqual([expectedBilling(api, SEED, NOW, TIME_ZONE)]);
			expect(typeof items[0].json.items).toBe('number');
			expect(pairedIndex(items[0])).toBe(0);
			const log = apiLog(`billing-${api}`);
			expect(log.map((e) => [e.path, e.query, e.status])).toEqual([['/api/v2/billing.php', { api }, 200]]);
			expect(log[0].headers['wolkvox-token']).toBe(TOKEN);
		});

		it('gives the row exactly as sent with Simplify off', () => {
			expect(itemsOf('billing-raw').map((i) => i.json)).toEqual([expectedBillingRaw('ivr_calls', SEED, NOW, TIME_ZONE)]);
		});
	});

	describe('Report → Get Rows: IVR calls and minutes by hour (diagram_1_2)', () => {
		it('one day: one typed item per hour with traffic, one request', () => {
			const items = itemsOf('ivr-day');
			const log = apiLog('ivr-day');
			expect(windowsOf(log)).toEqual([['20261120000000', '20261120235959']]);
			const expected = expectedIvrHours(windowsOf(log), SEED, NOW, TIME_ZONE);
			expect(expected.length).toBeGreaterThan(10);
			expect(items.map((i) => i.json)).toEqual(expected);
			expect(items.every((i) => typeof i.json.calls === 'number' && typeof i.json.ivr_minutes === 'number')).toBe(true);
			expect(items.map(pairedIndex)).toEqual(items.map(() => 0));
		});

		it('45 days: two windows in the simulator log, rows joined in order with no gap and no duplicate', () => {
			const items = itemsOf('ivr-45-days');
			const log = apiLog('ivr-45-days');
			expect(windowsOf(log)).toEqual([
				['20260901000000', '20261001235959'],
				['20261002000000', '20261015235959'],
			]);
			expect(log.map((e) => e.status)).toEqual([200, 200]);
			// The expectation covers the whole range at once: the windows must add up to it exactly.
			const whole = expectedIvrHours([['20260901000000', '20261015235959']], SEED, NOW, TIME_ZONE);
			expect(items.map((i) => i.json)).toEqual(whole);
			const hours = items.map((i) => String(i.json.date));
			expect(new Set(hours).size).toBe(hours.length);
			expect([...hours].sort()).toEqual(hours);
			expect(sum(items, 'calls')).toBe(whole.reduce((total, row) => total + row.calls, 0));
			expect(hours[0].startsWith(IVR_45_DAYS[0].slice(0, 10))).toBe(true);
			expect(hours[hours.length - 1].startsWith(IVR_45_DAYS[1].slice(0, 10))).toBe(true);
		});

		it('an empty range: Wolkvox answers 404 and the node gives no items, not an error', () => {
			expect(itemsOf('ivr-empty')).toEqual([]);
			expect(apiLog('ivr-empty').map((e) => e.status)).toEqual([404]);
		});
	});

	describe('Errors', () => {
		it('a bad token stops the workflow with an error that names the token problem', () => {
			const entry = session.run('bad-token').entry;
			expect(entry?.status).toBe('error');
			expect(entry?.error).toMatch(/rejected the token/);
			expect(entry?.error).toMatch(/Check the Token of the Wolkvox API credential/);
			expect(entry?.error).toMatch(/on node Wolkvox$/);
			expect(entry?.error).not.toContain(WRONG_TOKEN);
			const log = apiLog('bad-token');
			expect(log.map((e) => [e.status, e.headers['wolkvox-token']])).toEqual([[403, WRONG_TOKEN]]);
		});

		it('with On Error: Continue, the bad token becomes one error item with message and advice', () => {
			const items = itemsOf('bad-token-continue');
			expect(items.map((i) => i.json)).toEqual([
				{ error: expect.stringMatching(/PLEASE VALIDATE TOKEN/), description: expect.stringMatching(/rejected the token/) },
			]);
			expect(pairedIndex(items[0])).toBe(0);
			expect(JSON.stringify(items)).not.toContain(WRONG_TOKEN);
		});

		it('continueOnFail: the failing item gives one error item paired to it, the others run', () => {
			const items = itemsOf('continue-on-fail');
			const first = expectedIvrHours([['20261120080000', '20261120115959']], SEED, NOW, TIME_ZONE);
			const third = expectedIvrHours([['20261121080000', '20261121115959']], SEED, NOW, TIME_ZONE);
			expect(first.length).toBeGreaterThan(0);
			expect(third.length).toBeGreaterThan(0);
			expect(items.map((i) => i.json)).toEqual([
				...first,
				{ error: expect.stringMatching(/Start Date "not a date" is not a date/), description: null },
				...third,
			]);
			expect(items.map(pairedIndex)).toEqual([...first.map(() => 0), 1, ...third.map(() => 2)]);
			// Only the two good items reached Wolkvox.
			expect(apiLog('continue-on-fail')).toHaveLength(2);
			// n8n itself follows the pairing back: `$('Inputs').item` is each row's own input item.
			const paired = itemsOf('continue-on-fail', 'Paired');
			expect(paired.map((i) => i.json.input_start)).toEqual([
				...first.map(() => PAIRING_INPUTS[0].start),
				PAIRING_INPUTS[1].start,
				...third.map(() => PAIRING_INPUTS[2].start),
			]);
		});
	});

	describe('Per-token concurrency', () => {
		it.each([
			['storm-cap-2', 2],
			['storm-cap-1', 1],
		])('%s: at most %d request(s) in flight, every item answered in order', (key, cap) => {
			const items = itemsOf(key as string);
			expect(items).toHaveLength(STORM_ITEMS);
			expect(items.map(pairedIndex)).toEqual(items.map((_, i) => i));
			expect(items.map((i) => i.json.items)).toEqual(
				items.map((_, i) => expectedBilling(SEED_PRODUCTS[i % SEED_PRODUCTS.length], SEED, NOW, TIME_ZONE).items),
			);
			const { sim } = session.run(key as string);
			// Exactly the cap: never more, and with 2 the node does use both slots.
			expect(sim.stats.peakConcurrent).toBe(cap);
			expect(apiLog(key as string).map((e) => e.status)).toEqual(items.map(() => 200));
		});
	});

	describe('Report → Get Rows: skill_3 over 90 days', () => {
		let oracleRows: JsonObject[];

		beforeAll(async () => {
			// The same queries, in the same order, to a fresh simulator with the same options: what
			// Wolkvox would send for each window, to compare the node's output with.
			const oracle = await startSimulator({ token: TOKEN, seed: SEED, now: () => NOW, timezone: TIME_ZONE });
			try {
				oracleRows = [];
				for (const entry of apiLog('skill-90-days-raw')) {
					const res = await fetch(`${oracle.url}${entry.path}?${new URLSearchParams(entry.query)}`, { headers: { 'wolkvox-token': TOKEN } });
					oracleRows.push(...((await res.json()) as { data: JsonObject[] }).data);
				}
			} finally {
				await oracle.close();
			}
		});

		it('three 31-day windows, every row of each, in order (Simplify off: exactly as sent)', () => {
			const log = apiLog('skill-90-days-raw');
			expect(windowsOf(log)).toEqual([
				['20260801000000', '20260831235959'],
				['20260901000000', '20261001235959'],
				['20261002000000', '20261029235959'],
			]);
			expect(log.every((e) => e.query.api === 'skill_3' && e.query.skill_id === 'all' && e.status === 200)).toBe(true);
			const items = itemsOf('skill-90-days-raw');
			expect(items.map((i) => i.json)).toEqual(oracleRows);
			const days = items.map((i) => String(i.json.date ?? i.json.day).slice(0, 10));
			expect([...days].sort()).toEqual(days);
			expect(new Set(days).size).toBe(90);
			expect(days[0]).toBe('2026-08-01');
			expect(days[days.length - 1]).toBe('2026-10-29');
		});

		it('typed: the same rows, counts as numbers, days as dates', () => {
			const items = itemsOf('skill-90-days');
			expect(items).toHaveLength(oracleRows.length);
			expect(items.every((i) => typeof i.json.inbound_calls === 'number' && typeof i.json.service_level_20seg === 'number')).toBe(true);
			expect(items.every((i) => /^\d{4}-\d{2}-\d{2}/.test(String(i.json.date)))).toBe(true);
			expect(sum(items, 'inbound_calls')).toBe(sum(oracleRows.map((json) => ({ json })), 'inbound_calls'));
			expect(windowsOf(apiLog('skill-90-days'))).toEqual(windowsOf(apiLog('skill-90-days-raw')));
		});
	});

	describe('The example workflows (Schedule Trigger and third-party nodes swapped)', () => {
		const example = (key: string) => {
			const found = session.examples.list.find((e) => e.key === key);
			if (!found) throw new Error(`no example ${key}`);
			const entry = session.examples.entries.get(key);
			if (entry?.status !== 'success') throw new Error(`example "${key}" ended ${entry?.status}: ${entry?.error}`);
			return { ...found, result: entry.result };
		};
		// The batch examples share one credential and simulator: a node's requests are those the
		// simulator received while that node ran.
		const requestsOf = (result: Parameters<typeof nodeRunWindow>[0], node: string) => {
			const [from, to] = nodeRunWindow(result, node);
			return session.examples.sim.stats.log.filter((e) => e.path.startsWith('/api/') && e.startedAt >= from - 5 && e.startedAt <= to + 5);
		};

		it('the transform swaps only the trigger and the outbound nodes', () => {
			expect(Object.fromEntries(session.examples.list.map((e) => [e.key, e.swapped]))).toEqual({
				'daily-billing-snapshot': {
					'Every day at 06:00': 'n8n-nodes-base.scheduleTrigger -> n8n-nodes-base.manualTrigger',
					'Append to sheet': 'n8n-nodes-base.googleSheets -> n8n-nodes-base.noOp',
				},
				'yesterday-ivr-report-email': {
					'Every day at 07:00': 'n8n-nodes-base.scheduleTrigger -> n8n-nodes-base.manualTrigger',
					'Mail the report': 'n8n-nodes-base.emailSend -> n8n-nodes-base.noOp',
				},
			});
		});

		it('daily billing snapshot: every catalogued product, one typed item each, handed to the sheet', () => {
			const { result } = example('daily-billing-snapshot');
			const items = nodeItems(result, 'Wolkvox usage');
			// Items follow the input order; requests may arrive in another (two slots and a spare item run at once).
			const products = nodeItems(result, 'All billing products').map((i) => String(i.json.product));
			expect([...new Set(products)].sort()).toEqual(findResource('billing')!.endpoints.map((e) => e.api).sort());
			expect(requestsOf(result, 'Wolkvox usage').map((e) => e.query.api).sort()).toEqual([...products].sort());
			expect(items.map((i) => i.json)).toEqual(products.map((api) => expectedBilling(api, SEED, session.examples.now, TIME_ZONE)));
			expect(items.map(pairedIndex)).toEqual(products.map((_, i) => i));
			expect(nodeItems(result, 'Append to sheet')).toHaveLength(products.length);
		});

		it('yesterday’s IVR report: the whole of yesterday in one window, mailed as a table', () => {
			const { result } = example('yesterday-ivr-report-email');
			const log = requestsOf(result, 'IVR calls by hour');
			expect(log.map((e) => e.query.api)).toEqual(['diagram_1_2']);
			expect(log).toHaveLength(1);
			const [[ini, end]] = windowsOf(log);
			// "Yesterday" is n8n's (real) yesterday in Bogota: the day before the simulator's frozen
			// clock, or before now if the run crossed midnight.
			const dayBefore = (d: Date) => wallClock(new Date(d.getTime() - 86_400_000), TIME_ZONE).wall14.slice(0, 8);
			expect([dayBefore(session.examples.now), dayBefore(new Date())]).toContain(ini.slice(0, 8));
			expect([ini.slice(8), end]).toEqual(['000000', `${ini.slice(0, 8)}235959`]);
			const expected = expectedIvrHours([[ini, end]], SEED, session.examples.now, TIME_ZONE);
			expect(expected.length).toBeGreaterThan(0);
			expect(nodeItems(result, 'IVR calls by hour').map((i) => i.json)).toEqual(expected);
			const [table] = nodeItems(result, 'As an HTML table');
			// One header row, then one row per hour (rows carry attributes: `<tr  ...>`).
			expect((String(table.json.table).match(/<tr[ >]/g) ?? []).length).toBe(expected.length + 1);
			expect(String(table.json.table)).toContain(`>${expected[0].date}</td>`);
			expect(nodeItems(result, 'Mail the report')).toHaveLength(1);
		});
	});

	describe('Editor: a dropdown loaded through the REST API', () => {
		let editor: Awaited<ReturnType<Session['tooling']['startEditor']>> | undefined;

		beforeAll(async () => {
			editor = await session.tooling.startEditor({ home: session.home, owner: true });
			console.log(`n8n ${version} editor answered after ${(editor.startMs / 1000).toFixed(1)} s`);
		}, SESSION_TIMEOUT);

		afterAll(async () => {
			const logs = editor?.logs() ?? '';
			await editor?.stop();
			// The secrets guarantee: the editor's log never shows a token, not even a rejected one.
			assertNoSecrets(logs, `n8n ${version} editor log`);
		});

		it('the credential test tells a rejected token from an unreachable server', async () => {
			const { sim } = session.run('dropdown');
			const headers = { 'content-type': 'application/json', cookie: editor!.owner!.cookie };
			const testCredential = async (name: string, data: Record<string, unknown>) => {
				// The test endpoint only takes a saved credential, so save it first (n8n's editor does the same).
				const created = (await (
					await fetch(`${editor!.url}/rest/credentials`, { method: 'POST', headers, body: JSON.stringify({ name, type: 'wolkvoxApi', data }) })
				).json()) as { data?: { id: string }; id?: string };
				const id = created.data?.id ?? created.id;
				const res = await fetch(`${editor!.url}/rest/credentials/test`, {
					method: 'POST',
					headers,
					body: JSON.stringify({ credentials: { id, name, type: 'wolkvoxApi', data } }),
				});
				return ((await res.json()) as { data: { status: string; message: string } }).data;
			};
			const data = { server: sim.url, token: TOKEN, timezone: 'America/Bogota', maxConcurrentRequests: 1 };
			const before = sim.stats.log.length;

			expect(await testCredential('ok', data)).toEqual({ status: 'OK', message: 'Connection successful!' });
			const rejected = await testCredential('bad token', { ...data, token: WRONG_TOKEN });
			const unreachable = await testCredential('unreachable', { ...data, server: 'http://127.0.0.1:9' });
			expect(rejected.status).toBe('Error');
			// 2.x shows the credential's own rule; 1.x its stock text for a 403.
			expect(rejected.message).toMatch(/rejected the token|Forbidden - perhaps check your credentials/);
			expect(unreachable).toEqual({ status: 'Error', message: expect.stringMatching(/refused|ECONNREFUSED/) });
			// A Server in none of the forms, and a zone that is no IANA name, are refused before anything is
			// sent: 2.x's default expression engine shows the credential's text, 1.x only the invalid URL.
			const badServer = await testCredential('bad server', { ...data, server: 'wolkvox' });
			const badZone = await testCredential('bad zone', { ...data, timezone: 'GMT-5' });
			const shows = (text: RegExp) => (version.startsWith('1.') ? /ERR_INVALID_URL|Invalid URL/ : text);
			expect(badServer).toEqual({ status: 'Error', message: expect.stringMatching(shows(/server number \(9901\).*wv9901\.wolkvox\.com/)) });
			expect(badZone).toEqual({ status: 'Error', message: expect.stringMatching(shows(/Time Zone "GMT-5" is not an IANA time zone name/)) });
			expect(sim.stats.log.slice(before).map((e) => [e.query.api, e.status])).toEqual([
				['token_info', 200],
				['token_info', 403],
			]);
			sim.reset(); // the dropdown test below counts this simulator's requests from zero
		});

		it('getSkillsOrAll lists "All skills" and the simulator’s skills, with one information.php call', async () => {
			const { sim, credential } = session.run('dropdown');
			// Same endpoint and body in 1.123.x and 2.41.x (n8n-io/n8n DynamicNodeParametersController, OptionsRequestDto).
			const res = await fetch(`${editor!.url}/rest/dynamic-node-parameters/options`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', cookie: editor!.owner!.cookie },
				body: JSON.stringify({
					nodeTypeAndVersion: { name: 'n8n-nodes-wolkvox.wolkvox', version: 1 },
					path: 'parameters.skill_id',
					methodName: 'getSkillsOrAll',
					currentNodeParameters: { resource: 'report', operation: 'get', reportFamily: 'skill', report: 'skill_3', skill_id: 'all' },
					credentials: { wolkvoxApi: { id: credential.id, name: credential.name } },
				}),
			});
			const body = (await res.json()) as { data: Array<{ name: string; value: string }> };
			expect(res.status).toBe(200);

			const skills = (await (await fetch(`${sim.url}/api/v2/information.php?api=skills`, { headers: { 'wolkvox-token': TOKEN } })).json()) as {
				data: Array<{ skill_id: string; skill_name: string }>;
			};
			expect(skills.data.length).toBeGreaterThan(0);
			const [all, ...options] = body.data;
			expect(all).toEqual({ name: 'All skills', value: 'all' });
			const byValue = (a: { value: string }, b: { value: string }) => a.value.localeCompare(b.value);
			expect([...options].sort(byValue)).toEqual(
				skills.data.map((s) => ({ name: `${s.skill_name} (${s.skill_id})`, value: s.skill_id })).sort(byValue),
			);
			const log = sim.stats.log.filter((e) => e.path.startsWith('/api/'));
			expect(log.map((e) => [e.path, e.query.api, e.headers['wolkvox-token']])).toEqual([
				['/api/v2/information.php', 'skills', TOKEN],
				['/api/v2/information.php', 'skills', TOKEN], // the test's own call, for the expectation
			]);
		});
	});
});
