/**
 * The Wolkvox Trigger in real n8n (every pinned version): two workflows, one per event, activated in
 * an `n8n start` process that polls them on its own: once at activation, then every minute (n8n
 * refuses poll times under a minute: "The polling interval is too short"). After the activation
 * polls the simulators' clocks move forward; the executions n8n saved are read through its REST API.
 *
 * The node reads up to its own (real) now, and the simulator serves rows up to its clock, set behind
 * real time: moving that clock forward makes rows appear, as late as Wolkvox shows them. The zones
 * (simulator and credential) are chosen so that it is late morning there whenever the test runs,
 * when the simulated operation has calls.
 *
 * The threshold example (examples/usage-threshold-alert.json, Slack swapped for a No-Op) and the
 * WhatsApp callback example (examples/whatsapp-callback-abandoned-callers.json, Google Sheets swapped
 * for a No-Op) are activated beside them: they start with the Wolkvox Trigger, which n8n polls only in
 * an active workflow.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';

import { EXAMPLE_CREDENTIAL, loadExamples } from '../../tools/lib/examples';
import { createHome, loadN8nTooling, type Editor, type JsonObject, type N8nHome } from '../../tools/lib/n8n';
import { packPackage } from '../../tools/lib/package';
import { billingItems, startSimulator, type Simulator } from '../../tools/simulator/server';
import { assertNoSecrets } from '../secrets';
import { SEED, TOKEN } from './session';

const VERSIONS = (globalThis as { __N8N_E2E_VERSIONS__?: string[] }).__N8N_E2E_VERSIONS__ ?? [];
if (VERSIONS.length === 0) throw new Error('no n8n versions: run through `npm run test:e2e` (jest.e2e.config.js lists them)');

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const TRIGGER = 'Wolkvox Trigger';
const EVERY_MINUTE = { item: [{ mode: 'everyMinute' }] };
/** Long enough for the next minute's poll on a busy machine. */
const NEXT_POLL_MS = 100_000;

/** An Etc/GMT zone where it is about 11:00 now (Etc/GMT-9 is UTC+9). */
function lateMorningZone(): string {
	let offset = 11 - new Date().getUTCHours();
	if (offset < -12) offset += 24;
	if (offset > 14) offset -= 24;
	return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** An instant as wall time `YYYYmmddHHiiss` in a zone (the simulator's query format). */
function wall14(instant: number, timeZone: string): string {
	const p = Object.fromEntries(
		new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
			.formatToParts(new Date(instant))
			.map((x) => [x.type, Number(x.value)]),
	);
	return `${p.year}${pad(p.month)}${pad(p.day)}${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

async function directRows(sim: Simulator, api: string, from: number, to: number, timeZone: string, params: Record<string, string> = {}): Promise<JsonObject[]> {
	const query = new URLSearchParams({ api, ...params, date_ini: wall14(from, timeZone), date_end: wall14(to, timeZone) });
	const response = await fetch(`${sim.url}/api/v2/reports_manager.php?${query}`, { headers: { 'wolkvox-token': TOKEN } });
	if (response.status === 404) return [];
	return ((await response.json()) as { data: JsonObject[] }).data;
}

function triggerWorkflow(id: string, name: string, credential: { id: string; name: string }, parameters: JsonObject): JsonObject {
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {},
		nodes: [
			{
				id: `${id}-node`,
				name: TRIGGER,
				type: 'n8n-nodes-wolkvox.wolkvoxTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: { pollTimes: EVERY_MINUTE, ...parameters },
				credentials: { wolkvoxApi: credential },
			},
		],
	};
}

interface WorkflowNode extends JsonObject {
	name: string;
	parameters: JsonObject;
}

/**
 * The callback example as the test activates it: polled every minute from Start From (as shipped it
 * polls every 15 minutes from its activation, which would leave the test nothing to see for up to 15
 * minutes), with every Wolkvox node on the given credential.
 */
function callbackWorkflow(runnable: JsonObject, trigger: string, credential: { id: string; name: string }, startFrom: number): JsonObject {
	const workflow = JSON.parse(JSON.stringify(runnable)) as JsonObject;
	for (const node of workflow.nodes as WorkflowNode[]) {
		const credentials = node.credentials as JsonObject | undefined;
		if (credentials?.wolkvoxApi) credentials.wolkvoxApi = { id: credential.id, name: credential.name };
		if (node.name === trigger) node.parameters = { ...node.parameters, pollTimes: EVERY_MINUTE, startFrom: new Date(startFrom).toISOString() };
	}
	return workflow;
}

interface Execution {
	id: string;
	/** The trigger's output items. */
	items: JsonObject[];
	/** Every node that ran: its first output's items. */
	outputs: Record<string, JsonObject[]>;
}

/**
 * The workflow's finished executions, oldest first, with the trigger's output items. One still
 * running is listed before its run data is saved: it is left for a later read.
 */
async function executionsOf(editor: Editor, home: N8nHome, workflowId: string, trigger = TRIGGER): Promise<Execution[]> {
	const headers = { cookie: editor.owner?.cookie ?? '' };
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const list = (await (await fetch(`${editor.url}/rest/executions?filter=${filter}`, { headers })).json()) as {
		data: { results: Array<{ id: string; status: string }> };
	};
	const flatted = createRequire(path.join(home.install.dir, 'package.json'))('flatted') as { parse(text: string): unknown };
	const out: Execution[] = [];
	const finished = list.data.results.filter(({ status }) => !['new', 'running', 'waiting'].includes(status));
	for (const { id } of finished.sort((a, b) => Number(a.id) - Number(b.id))) {
		const detail = (await (await fetch(`${editor.url}/rest/executions/${id}`, { headers })).json()) as { data: { data: string } };
		const data = flatted.parse(detail.data.data) as { resultData: { runData: Record<string, Array<{ data?: { main?: Array<Array<{ json: JsonObject }>> } }>> } };
		const outputs = Object.fromEntries(
			Object.entries(data.resultData.runData).map(([node, runs]) => [node, (runs[0]?.data?.main?.[0] ?? []).map((item) => item.json)]),
		);
		out.push({ id, items: outputs[trigger] ?? [], outputs });
	}
	return out;
}

/** The running n8n's output, shown when a wait times out. */
let n8nLogs = () => '';

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 40_000): Promise<T> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > until) throw new Error(`timed out waiting for ${what}; n8n said:\n${n8nLogs().slice(-4000)}`);
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
}

const atLeast = (n: number, executions: Execution[]) => (executions.length >= n ? executions : undefined);

describe.each(VERSIONS)('Wolkvox Trigger in n8n %s', (version) => {
	const zone = lateMorningZone();
	const realStart = Date.now();
	// Rows: the simulator's clock 50 minutes behind real time, inside the trigger's 60-minute overlap.
	const rowsClock = realStart - 50 * MINUTE;
	// Usage: the 20th of a month at noon in Bogota; the threshold is the 21st's counter.
	const usageClock = Date.parse('2026-11-20T17:00:00Z');
	const threshold = billingItems('ivr_calls', SEED, 21);
	let pack: { tgz: string; cleanup(): void };
	let rowsSim: Simulator;
	let usageSim: Simulator;
	let home: N8nHome;
	let editor: Editor;
	const ids = { rows: '1wolkvoxTrigRows', usage: '2wolkvoxTrigUse' };
	let activation: Execution[] = [];
	let activationUsage: Execution[] = [];
	const usageCalls = () => usageSim.stats.log.filter((entry) => entry.query.api === 'ivr_calls').length;
	const examples = loadExamples();
	const example = examples.find((e) => e.key === 'usage-threshold-alert');
	if (!example?.polling) throw new Error('examples/usage-threshold-alert.json no longer starts with the Wolkvox Trigger');
	const exampleId = String(example.original.id);
	// The example's own simulator, at the same clock as usageSim's before it moves (the 20th at noon).
	let exampleSim: Simulator;
	const callback = examples.find((e) => e.key === 'whatsapp-callback-abandoned-callers');
	if (!callback?.polling) throw new Error('examples/whatsapp-callback-abandoned-callers.json no longer starts with the Wolkvox Trigger');
	const callbackId = String(callback.original.id);
	const callbackTrigger = callback.polling;
	// The callback example's own simulator (its deliveries are the example's alone), its clock like rowsSim's.
	let callbackSim: Simulator;
	const callbackFrom = realStart - 2 * 60 * MINUTE;
	// After the activation poll the clock moves to 5 minutes before the test started: still in the past
	// for the node, and within the overlap that the next poll reads again.
	const callbackAdvance = 45 * MINUTE;
	let callbackActivation: Execution[] = [];

	beforeAll(async () => {
		pack = packPackage();
		rowsSim = await startSimulator({ token: TOKEN, seed: SEED, timezone: zone, dailyQuota: 1_000_000 });
		rowsSim.setClock({ now: rowsClock });
		usageSim = await startSimulator({ token: TOKEN, seed: SEED, dailyQuota: 1_000_000 });
		usageSim.setClock({ now: usageClock });
		exampleSim = await startSimulator({ token: TOKEN, seed: SEED, dailyQuota: 1_000_000 });
		exampleSim.setClock({ now: usageClock });
		callbackSim = await startSimulator({ token: TOKEN, seed: SEED, timezone: zone, dailyQuota: 1_000_000 });
		callbackSim.setClock({ now: rowsClock });
		const tooling = await loadN8nTooling();
		home = await createHome({ version, packageDir: pack.tgz });
		const credential = (key: string, sim: Simulator, timezone: string) => ({
			id: `wolkvoxCred${key}1`,
			name: `Wolkvox trigger ${key}`,
			type: 'wolkvoxApi',
			data: { server: sim.url, token: TOKEN, timezone, maxConcurrentRequests: 1 },
		});
		const credentials = [credential('rows', rowsSim, zone), credential('usage', usageSim, 'America/Bogota'), credential('callback', callbackSim, zone)];
		const exampleCredential = { ...EXAMPLE_CREDENTIAL, type: 'wolkvoxApi', data: { server: exampleSim.url, token: TOKEN, timezone: 'America/Bogota', maxConcurrentRequests: 1 } };
		await tooling.importCredentials(home, [...credentials, exampleCredential]);
		await tooling.importWorkflows(home, [
			triggerWorkflow(ids.rows, 'Trigger: new cdr_1 rows', credentials[0], {
				event: 'newReportRows',
				reportFamily: 'cdr',
				report: 'cdr_1',
				startFrom: new Date(realStart - 2 * 60 * MINUTE).toISOString(),
				simplify: false,
			}),
			triggerWorkflow(ids.usage, 'Trigger: IVR calls threshold', credentials[1], {
				event: 'usageThresholdCrossed',
				thresholds: { values: [{ product: 'ivr_calls', threshold }] },
			}),
			example.runnable,
			callbackWorkflow(callback.runnable, callbackTrigger, credentials[2], callbackFrom),
		]);
		// 2.x activates by publishing a version; 1.x has the active flag.
		for (const id of [...Object.values(ids), exampleId, callbackId]) {
			const args = version.startsWith('1.') ? ['update:workflow', `--id=${id}`, '--active=true'] : ['publish:workflow', `--id=${id}`];
			const result = await tooling.runN8n(home, args);
			if (result.code !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
		}
		editor = await tooling.startEditor({ home, owner: true });
		n8nLogs = editor.logs;

		// The activation polls: rows up to the simulator's clock, usage below the threshold. Then the
		// clocks move, for the next minute's polls to find new rows and a crossed threshold.
		activation = await waitFor('the activation poll of New Report Rows', async () => atLeast(1, await executionsOf(editor, home, ids.rows)));
		await waitFor('the activation poll of Usage Threshold Crossed', async () => (usageCalls() >= 1 ? true : undefined));
		activationUsage = await executionsOf(editor, home, ids.usage);
		callbackActivation = await waitFor('the activation poll of the callback example', async () =>
			atLeast(1, await executionsOf(editor, home, callbackId, callbackTrigger)));
		callbackSim.setClock({ advanceMs: callbackAdvance });
		rowsSim.setClock({ advanceMs: 10 * MINUTE });
		usageSim.setClock({ advanceMs: 24 * 60 * MINUTE }); // the 21st: the counter reaches the threshold
	}, 10 * MINUTE);

	afterAll(async () => {
		await editor?.stop();
		await home?.cleanup();
		await rowsSim?.close();
		await usageSim?.close();
		await exampleSim?.close();
		await callbackSim?.close();
		pack?.cleanup();
	});

	it('New Report Rows: polls on its own, and the next poll emits only the rows that appeared', async () => {
		expect(activation).toHaveLength(1);
		expect(activation[0].items).toEqual(await directRows(rowsSim, 'cdr_1', realStart - 2 * 60 * MINUTE, rowsClock, zone));
		expect(activation[0].items.length).toBeGreaterThan(0);

		const both = await waitFor('the new rows', async () => atLeast(2, await executionsOf(editor, home, ids.rows)), NEXT_POLL_MS);
		const fresh = await directRows(rowsSim, 'cdr_1', rowsClock + 1000, rowsClock + 10 * MINUTE, zone);
		expect(fresh.length).toBeGreaterThan(0);
		expect(both[1].items).toEqual(fresh);
		const before = new Set(both[0].items.map((row) => JSON.stringify(row)));
		expect(both[1].items.filter((row) => before.has(JSON.stringify(row)))).toEqual([]);
		expect(rowsSim.stats.log.filter((entry) => entry.query.api === 'cdr_1').length).toBeGreaterThanOrEqual(2);
	}, 3 * MINUTE);

	it('Usage Threshold Crossed: nothing below the threshold, then fires once when the counter crosses', async () => {
		expect(activationUsage).toEqual([]);
		const [crossed] = await waitFor('the crossing', async () => atLeast(1, await executionsOf(editor, home, ids.usage)), NEXT_POLL_MS);
		expect(crossed.items).toEqual([
			{ product: 'ivr_calls', product_name: 'IVR Calls', description: 'Llamadas de IVR', usage: threshold, threshold, month: '2026-11', date: '2026-11-21T12:00:00-05:00' },
		]);
		// One more poll on the same day: no second execution. (Re-arming next month: test/engine/trigger.usage.test.ts.)
		const seen = usageCalls();
		await waitFor('one more usage poll', async () => (usageCalls() > seen ? true : undefined), NEXT_POLL_MS);
		await new Promise((resolve) => setTimeout(resolve, 3000)); // room for an execution to be saved, were there one
		expect(await executionsOf(editor, home, ids.usage)).toHaveLength(1);
	}, 3 * MINUTE);

	it('the threshold example: its activation poll sends the thresholds the month has crossed to Slack, in one execution', async () => {
		expect(example.swapped).toEqual({ 'Alert on Slack': 'n8n-nodes-base.slack -> n8n-nodes-base.noOp' });
		const trigger = (example.original.nodes as Array<{ name: string; parameters: JsonObject }>).find((n) => n.name === example.polling)!;
		const watched = ((trigger.parameters.thresholds as { values: Array<{ product: string; threshold: number }> }).values);
		const usage = billingItems('ivr_minutes', SEED, 20);
		const crossed = watched.filter((w) => usage >= w.threshold);
		// The 20th's counter is past one threshold and short of the other: only the crossed one fires.
		expect(crossed.length).toBeGreaterThan(0);
		expect(crossed.length).toBeLessThan(watched.length);

		const [fired] = await waitFor('the activation poll of the threshold example', async () => atLeast(1, await executionsOf(editor, home, exampleId, example.polling)));
		expect(fired.items).toEqual(
			crossed.map(({ product, threshold: t }) => expect.objectContaining({ product, product_name: 'IVR Minutes', usage, threshold: t, month: '2026-11' })),
		);
		expect(fired.outputs['Alert on Slack']).toEqual(fired.items);
		// Every Hour: besides the activation poll, n8n polls at each top of the hour the test spans (a
		// run near one meets it); such a poll reads the counter again and, the month's thresholds
		// having fired, sends nothing (also the usage test above and test/engine/trigger.usage.test.ts).
		await new Promise((resolve) => setTimeout(resolve, 3000));
		expect(await executionsOf(editor, home, exampleId, example.polling)).toHaveLength(1);
		const calls = exampleSim.stats.log.filter((entry) => entry.query.api === 'ivr_minutes');
		const hoursSpanned = Math.floor(Date.now() / HOUR) - Math.floor(calls[0].startedAt / HOUR);
		expect(calls).toHaveLength(1 + hoursSpanned);
	}, 2 * MINUTE);

	it('the WhatsApp callback example: each abandoned call emitted gets one callback template and one Sheets item, never twice across polls', async () => {
		expect(callback.swapped).toEqual({ 'Log to sheet': 'n8n-nodes-base.googleSheets -> n8n-nodes-base.noOp' });
		const send = (callback.original.nodes as WorkflowNode[]).find((n) => n.name === 'Send callback template')!;
		const skill = { skill_id: String((callback.original.nodes as WorkflowNode[]).find((n) => n.name === callbackTrigger)!.parameters.skill_id) };
		const callsOf = (rows: JsonObject[]) => rows.map((row) => String(row.conn_id)).sort();

		// The next poll (the clock having moved) reads the activation's calls again, in the overlap.
		const both = await waitFor('the next poll of the callback example', async () => atLeast(2, await executionsOf(editor, home, callbackId, callbackTrigger)), NEXT_POLL_MS);
		// The node's reads, before the test's own below.
		const reads = callbackSim.stats.log.filter((entry) => entry.query.api === 'skill_2');
		expect(reads.length).toBeGreaterThanOrEqual(2);
		const digits = (text: unknown) => String(text).replace(/\D/g, '');
		expect(digits(reads[reads.length - 1].query.date_ini) < wall14(rowsClock, zone)).toBe(true);

		// The activation poll emitted the abandoned calls from Start From up to the simulator's clock;
		// the next one only the calls that appeared after it.
		expect(callbackActivation).toHaveLength(1);
		expect(both[0].id).toBe(callbackActivation[0].id);
		const activated = both[0].items;
		expect(activated.length).toBeGreaterThan(0);
		expect(callsOf(activated)).toEqual(callsOf(await directRows(callbackSim, 'skill_2', callbackFrom, rowsClock, zone, skill)));
		const fresh = await directRows(callbackSim, 'skill_2', rowsClock + 1000, rowsClock + callbackAdvance, zone, skill);
		expect(fresh.length).toBeGreaterThan(0);
		expect(callsOf(both[1].items)).toEqual(callsOf(fresh));
		const emitted = both.flatMap((execution) => execution.items);
		expect(new Set(callsOf(emitted)).size).toBe(emitted.length);

		// One template per emitted call, as the example maps the row; nothing else was sent.
		const byCall = (a: { call: string }, b: { call: string }) => a.call.localeCompare(b.call);
		const sent = callbackSim.state.deliveries.map((d) => ({
			call: String(d.url_params[0]?.text), buttons: d.url_params.length, api: d.api, connector_id: d.connector_id, telephone: d.telephone,
			template_name: d.template_name, template_vars: d.template_vars, customer_id: d.customer_id,
		}));
		const expected = emitted.map((row) => ({
			call: String(row.conn_id), buttons: 1, api: 'send_template_official', connector_id: String(send.parameters.connector_id), telephone: String(row.ani),
			template_name: String(send.parameters.template_name), template_vars: ['cliente', String(row.skill_name)], customer_id: String(row.customer_id),
		}));
		expect(sent.sort(byCall)).toEqual(expected.sort(byCall));

		// The Sheets No-Op: one item per call of its execution, each a sent message.
		for (const execution of both) {
			expect(execution.outputs['Log to sheet']).toHaveLength(execution.items.length);
			expect(execution.outputs['Log to sheet'].map((item) => item.outcome)).toEqual(execution.items.map(() => 'sent'));
		}
	}, 3 * MINUTE);

	it("no n8n log or saved execution shows the credential's token", async () => {
		const executions = [
			...(await executionsOf(editor, home, ids.rows)),
			...(await executionsOf(editor, home, ids.usage)),
			...(await executionsOf(editor, home, exampleId, example.polling)),
			...(await executionsOf(editor, home, callbackId, callbackTrigger)),
		];
		expect(executions.length).toBeGreaterThan(0);
		assertNoSecrets(`${editor.logs()}\n${JSON.stringify(executions)}`, `n8n ${version}: the trigger's log and executions`);
	});
});
