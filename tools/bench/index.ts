/**
 * `npm run bench`: our node in real n8n against the simulator, measured against the physical limit
 * (N calls at latency L through c = 2 slots take at least N·L/c) and against the workflow a user
 * would build from n8n's own HTTP Request and Split Out nodes. Prints a table; `--write` puts it in
 * BENCHMARKS.md. Not part of CI: nothing here asserts a time.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { cdr1Count, startSimulator, type Simulator } from '../simulator/server';
import { createHome, loadN8nTooling, nodeItems, nodeRunWindow, REPO_ROOT, type BatchEntry, type ExecutionResult, type JsonObject, type N8nHome } from '../lib/n8n';
import { packPackage } from '../lib/package';
import type { CredentialRef } from '../lib/workflows';
import { parseBenchArgs, runs, type BenchOptions } from './options';
import { profileNode, type NodeProfile } from './nodeProfile';
import { describeMachine, loadTimeMs, MemoryProbe, packSize } from './probes';
import { startReplay, type Replay } from './replay';
import { renderBenchmarks, renderProfile } from './report';
import { factLines, median, metricsTable, ratio, storedCopies, type Metric, type Said } from './stats';
import { httpAddRecords, httpBilling, httpReport, HTTP_NODE, idle, leadCustomerId, OUR_NODE, ourAddRecords, ourBilling, ourReport, SPLIT_NODE, WRITE_CAMPAIGN, type ReportRange } from './workflows';

const TOKEN = 'sim-token-bench-7c1e';
const TIME_ZONE = 'America/Bogota';
/** The simulator's clock, pinned: 2026-11-23 10:30 in Bogota. */
const NOW = new Date('2026-11-23T15:30:00Z');
const NOW14 = '20261123103000';
/** Wolkvox's documented limit of simultaneous requests per token. */
const CAP = 2;
/** The HTTP Request scenario's item count (issue 6). */
const HTTP_ITEMS = 30;
/** One year of diagram_1_2: twelve 31-day-or-less windows. */
const IVR_YEAR: ReportRange = { startDate: '2025-11-01T00:00:00', endDate: '2026-10-31T23:59:59', date_ini: '20251101000000', date_end: '20261031235959' };
const IVR_WINDOWS = 12;
/** Wolkvox's upload cap per call (docs/wolkvox-api.md): 25,000 records are 3 calls. */
const UPLOAD_CAP = 10_000;
/** Items of HTTP Request batched to stay under the limit: each batch of 2 waits 1.25·L, so 50 items take ~6 s a try. */
const HTTP_BATCHED_RECORDS = 50;
/**
 * HTTP Request's write workflows: key, label, whether batched (fewer items) and retried, and whether
 * run in n8n 1.x, whose Retry On Fail also repeats a node whose first item has `error: null`.
 */
const HTTP_WRITES = [
	{ key: 'httpWrites', label: 'default settings', batched: false, retryOnFail: false, v1: false },
	{ key: 'httpWritesRetry', label: 'Retry On Fail', batched: false, retryOnFail: true, v1: false },
	{ key: 'httpWritesBatched', label: 'batched', batched: true, retryOnFail: false, v1: false },
	{ key: 'httpWritesBatchedRetry', label: 'batched, Retry On Fail', batched: true, retryOnFail: true, v1: false },
	{ key: 'httpWritesBatchedRetryV1', label: 'batched, Retry On Fail, n8n 1.x', batched: true, retryOnFail: true, v1: true },
] as const;

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** The largest cdr_1 range from Oct 1 whose answer stays under `rows` (it must come in one request). */
function reportRange(rows: number): ReportRange & { rows: number } {
	const start = Date.UTC(2026, 9, 1);
	const fourteen = (ms: number) => new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
	let best: (ReportRange & { rows: number }) | undefined;
	for (let hours = 1; hours <= 31 * 24; hours++) {
		const end = start + hours * 3_600_000 - 1000;
		const count = cdr1Count(fourteen(start), fourteen(end), 1, NOW14);
		if (count > rows) break;
		const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);
		best = { startDate: iso(start), endDate: iso(end), date_ini: fourteen(start), date_end: fourteen(end), rows: count };
	}
	if (!best) throw new Error(`no cdr_1 range has at most ${rows} rows`);
	return best;
}

function nodeMs(result: ExecutionResult | undefined, first: string, last = first): number {
	return nodeRunWindow(result, last)[1] - nodeRunWindow(result, first)[0];
}

/** Whole execution: start to stop as n8n records it. */
function executionMs(result: ExecutionResult | undefined): number {
	const r = result as { startedAt?: string; stoppedAt?: string } | undefined;
	return r?.startedAt && r.stoppedAt ? Date.parse(r.stoppedAt) - Date.parse(r.startedAt) : NaN;
}

const refusals = (sim: Simulator) => sim.stats.log.filter((e) => e.status === 403).length;

class Results {
	readonly metrics = new Map<string, Metric>();
	private readonly said: Said[] = [];
	/** The round being measured (0 before the first). */
	round = 0;
	rounds = 1;

	add(section: string, label: string, unit: Metric['unit'], value: number, goal?: number): void {
		const key = `${section}\u0000${label}`;
		const metric = this.metrics.get(key) ?? { section, label, unit, values: [], goal };
		metric.values.push(value);
		this.metrics.set(key, metric);
	}

	fact(text: string): void {
		this.said.push({ text, round: this.round });
	}

	get facts(): string[] {
		return factLines(this.said, this.rounds);
	}
}

interface Setup {
	options: BenchOptions;
	home: N8nHome;
	/** n8n 1.x, for the write scenario's Retry On Fail there (absent when the scenario does not run). */
	homeV1?: N8nHome;
	sims: Record<string, Simulator>;
	replay?: Replay;
	credentials: Record<string, CredentialRef>;
	range: ReportRange & { rows: number };
	ids: Record<string, string>;
}

async function timingRound(setup: Setup, results: Results): Promise<void> {
	const { options, sims, ids } = setup;
	const tooling = await loadN8nTooling();
	for (const sim of Object.values(sims)) sim.reset();
	const keys = [
		...(runs(options, 1) ? ['billing1', 'billing2'] : []),
		...(runs(options, 2) ? ['ivr1', 'ivr2'] : []),
		...(runs(options, 4) ? ['ours30', 'http30', 'http30batched'] : []),
	];
	if (keys.length === 0) return;
	const batch = await tooling.executeWorkflows(setup.home, keys.map((k) => ids[k]));
	const entry = (key: string): BatchEntry => batch[ids[key]];
	const ok = (key: string): ExecutionResult => {
		const e = entry(key);
		if (e.status !== 'success' || !e.result) throw new Error(`bench workflow ${key} did not succeed: ${e.error ?? e.status}`);
		if (refusals(sims[key]) > 0) throw new Error(`bench workflow ${key}: the simulator refused ${refusals(sims[key])} requests`);
		return e.result;
	};
	const L = options.latencyMs;
	const N = options.billingItems;

	if (runs(options, 1)) billingMetrics(results, sims, ok, N, L);
	if (runs(options, 2)) ivrMetrics(results, ok, L);
	if (runs(options, 4)) httpMetrics(results, sims, entry, ok, L);
}

function billingMetrics(results: Results, sims: Record<string, Simulator>, ok: (key: string) => ExecutionResult, N: number, L: number): void {
	const billing = `1. ${N} billing calls`;
	for (const setting of [1, 2]) {
		const result = ok(`billing${setting}`);
		results.add(billing, `setting ${setting}: node wall ÷ (N·L/c)`, 'ratio', ratio(nodeMs(result, OUR_NODE), (N * L) / CAP), setting === 2 ? 1.1 : undefined);
		results.add(billing, `setting ${setting}: node wall`, 'ms', nodeMs(result, OUR_NODE));
		results.add(billing, `setting ${setting}: whole execution`, 'ms', executionMs(result));
	}
	const serial = [...sims.billing1.stats.log].sort((a, b) => a.startedAt - b.startedAt);
	const gaps = serial.slice(1).map((e, i) => e.startedAt - serial[i].endedAt);
	results.add(billing, 'setting 1: client time from an answer to the next request (median)', 'ms', median(gaps));
	results.add(billing, 'simulator time per request, L included (median)', 'ms', median(serial.map((e) => e.endedAt - e.startedAt)));

}

function ivrMetrics(results: Results, ok: (key: string) => ExecutionResult, L: number): void {
	const ivr = `2. one-year IVR report (${IVR_WINDOWS} windows)`;
	for (const setting of [1, 2]) {
		const result = ok(`ivr${setting}`);
		results.add(ivr, `setting ${setting}: node wall ÷ (12·L/c)`, 'ratio', ratio(nodeMs(result, OUR_NODE), (IVR_WINDOWS * L) / CAP), setting === 2 ? 1.1 : undefined);
		results.add(ivr, `setting ${setting}: node wall`, 'ms', nodeMs(result, OUR_NODE));
	}

}

function httpMetrics(results: Results, sims: Record<string, Simulator>, entry: (key: string) => BatchEntry, ok: (key: string) => ExecutionResult, L: number): void {
	const http = `4. ${HTTP_ITEMS} billing calls, HTTP Request`;
	const defaults = entry('http30');
	results.add(http, 'default settings: requests refused (403)', 'count', refusals(sims.http30));
	results.add(http, 'default settings: requests sent', 'count', sims.http30.stats.requests);
	results.add(http, 'default settings: most requests open at once', 'count', sims.http30.stats.peakConcurrent);
	results.fact(`HTTP Request with default settings ended in status "${defaults.status}"${defaults.error ? `: ${defaults.error}` : ''}`);
	const batched = entry('http30batched');
	results.add(http, `batch size 2, interval ${batchIntervalMs(L)} ms: requests refused`, 'count', refusals(sims.http30batched));
	if (batched.status === 'success' && batched.result) {
		const theirs = nodeMs(batched.result, HTTP_NODE);
		const ours = nodeMs(ok('ours30'), OUR_NODE);
		results.add(http, 'HTTP Request batched: node wall', 'ms', theirs);
		results.add(http, 'our node (setting 2): node wall', 'ms', ours);
		results.add(http, 'our node ÷ HTTP Request batched', 'ratio', ours / theirs);
	} else {
		results.fact(`HTTP Request batched ended in status "${batched.status}"${batched.error ? `: ${batched.error}` : ''}`);
	}
}

/** The records of the write campaign's customer IDs in a simulator's state, one entry per copy stored. */
function storedIds(sim: Simulator): string[] {
	const campaign = sim.state.campaigns.find((c) => c.campaign_id === WRITE_CAMPAIGN.campaign_id);
	if (!campaign) throw new Error(`the simulator has no campaign ${WRITE_CAMPAIGN.campaign_id}`);
	return campaign.records.map((r) => String(r.customer_id));
}

const leads = (count: number) => Array.from({ length: count }, (_, n) => leadCustomerId(n));

/** A node's wall time, or (when n8n recorded no run, e.g. after a failure) the span of the simulator's log. */
function wallOrSpan(result: ExecutionResult | undefined, node: string, sim: Simulator): number {
	try {
		return nodeMs(result, node);
	} catch {
		const log = sim.stats.log;
		return log.length ? Math.max(...log.map((e) => e.endedAt)) - Math.min(...log.map((e) => e.startedAt)) : NaN;
	}
}

/** Scenario 6: records from items into a campaign, our node's bulk calls against HTTP Request's one call per item. */
async function writesRound(setup: Setup, results: Results): Promise<void> {
	const { options, sims, ids } = setup;
	const tooling = await loadN8nTooling();
	const keys = ['oursWrites', ...HTTP_WRITES.filter((w) => !w.v1).map((w) => w.key)];
	const keysV1 = HTTP_WRITES.filter((w) => w.v1).map((w) => w.key);
	for (const key of [...keys, ...keysV1]) sims[key].reset();
	const batch = {
		...(await tooling.executeWorkflows(setup.home, keys.map((k) => ids[k]), { timeoutMs: 900_000 })),
		...(await tooling.executeWorkflows(setup.homeV1!, keysV1.map((k) => ids[k]))),
	};
	const L = options.latencyMs;
	const N = options.writeRecords;

	const ours = `6. ${N.toLocaleString('en-US')} records, Add Records`;
	const entry = batch[ids.oursWrites];
	if (entry.status !== 'success' || !entry.result) throw new Error(`bench workflow oursWrites did not succeed: ${entry.error ?? entry.status}`);
	const calls = sims.oursWrites.stats.log.filter((e) => e.query.api === 'add_record');
	const wall = nodeMs(entry.result, OUR_NODE);
	results.add(ours, 'calls made', 'count', calls.length);
	results.add(ours, 'calls refused (403)', 'count', refusals(sims.oursWrites));
	results.add(ours, 'node wall ÷ (calls·L/c)', 'ratio', ratio(wall, (calls.length * L) / CAP), 1.1);
	results.add(ours, 'node wall ÷ (⌈calls/c⌉·L), the rounds 2 slots allow', 'ratio', ratio(wall, Math.ceil(calls.length / CAP) * L));
	results.add(ours, 'node wall', 'ms', wall);
	// Where the wall goes: the node reads and checks every item before the first call, and answers every item after the last.
	const [nodeStart, nodeEnd] = nodeRunWindow(entry.result, OUR_NODE);
	const firstSent = Math.min(...calls.map((e) => e.startedAt));
	const lastAnswered = Math.max(...calls.map((e) => e.endedAt));
	const timeline = [...calls].sort((a, b) => a.startedAt - b.startedAt).map((e) => `+${e.startedAt - firstSent}–${e.endedAt - firstSent} ms`);
	results.fact(`Add Records: calls open ${timeline.join(', ')} after the first was received`);
	results.add(ours, 'node start to first call (reading and checking the items)', 'ms', firstSent - nodeStart);
	results.add(ours, 'first call sent to last answered', 'ms', lastAnswered - firstSent);
	results.add(ours, 'last answer to node end (one item out per record)', 'ms', nodeEnd - lastAnswered);
	results.add(ours, 'simulator time per call, L included (median)', 'ms', median(calls.map((e) => e.endedAt - e.startedAt)));
	const copies = storedCopies(leads(N), storedIds(sims.oursWrites));
	results.add(ours, 'records stored exactly once', 'count', copies.once);
	results.add(ours, 'records missing', 'count', copies.missing);
	results.add(ours, 'copies past the first', 'count', copies.extra);
	const items = nodeItems(entry.result, OUR_NODE);
	const added = items.filter((i) => i.json.outcome === 'added' && !('error' in i.json)).length;
	results.fact(`Add Records: ${items.length.toLocaleString('en-US')} output items for ${N.toLocaleString('en-US')} input items, ${added.toLocaleString('en-US')} with outcome "added" and no error key; ${calls.length} calls (⌈N / ${UPLOAD_CAP.toLocaleString('en-US')}⌉ = ${Math.ceil(N / UPLOAD_CAP)}) of ${calls.map((e) => (Array.isArray(e.body) ? e.body.length : 0).toLocaleString('en-US')).join(', ')} records`);

	for (const w of HTTP_WRITES) {
		const count = w.batched ? HTTP_BATCHED_RECORDS : options.httpWriteRecords;
		const section = `6. ${count} records, HTTP Request per item`;
		const sim = sims[w.key];
		const e = batch[ids[w.key]];
		const theirCopies = storedCopies(leads(count), storedIds(sim));
		results.add(section, `${w.label}: calls sent`, 'count', sim.stats.requests);
		results.add(section, `${w.label}: calls refused (403)`, 'count', refusals(sim));
		results.add(section, `${w.label}: leads stored (once or more)`, 'count', count - theirCopies.missing);
		results.add(section, `${w.label}: leads lost (never stored)`, 'count', theirCopies.missing);
		results.add(section, `${w.label}: copies past the first`, 'count', theirCopies.extra);
		const theirs = wallOrSpan(e.result, HTTP_NODE, sim);
		results.add(section, `${w.label}: node wall`, 'ms', theirs);
		if (w.batched && !w.retryOnFail) results.add(section, `${w.label}: node wall scaled to ${N.toLocaleString('en-US')} items`, 'ms', (theirs / count) * N);
		results.fact(`HTTP Request (${w.label}, ${count} items) ended in status "${e.status}"${e.error ? `: ${e.error}` : ''}`);
	}
}

/** The smallest interval that keeps 2 requests of latency L apart, with a margin for n8n's own work. */
export function batchIntervalMs(latencyMs: number): number {
	return Math.ceil(latencyMs * 1.25);
}

/** One fresh n8n process per workflow: its peak memory and the time of the nodes that matter. */
async function memoryRound(setup: Setup, results: Results): Promise<void> {
	const tooling = await loadN8nTooling();
	const replay = setup.replay!;
	const run = async (key: string) => {
		replay.reset();
		const probe = new MemoryProbe();
		try {
			// execute-batch, not execute: `n8n execute` exits before a large result is fully printed.
			const batch = await tooling.executeWorkflows(setup.home, [setup.ids[key]], {
				timeoutMs: 600_000,
				onSpawn: (child) => {
					if (child.pid) probe.start(child.pid);
				},
			});
			const entry = batch[setup.ids[key]];
			if (entry.status !== 'success' || !entry.result) throw new Error(`bench workflow ${key} did not succeed: ${entry.error ?? entry.status}`);
			const asked = replay.queries.map((q) => ['api', 'date_ini', 'date_end'].map((k) => new URLSearchParams(q).get(k)).join(' '));
			const expected = `cdr_1 ${setup.range.date_ini} ${setup.range.date_end}`;
			if (key !== 'idle' && (asked.length !== 1 || asked[0] !== expected)) throw new Error(`bench workflow ${key} asked for ${asked.join(', ')}, not once for ${expected}`);
			return { result: entry.result, peakMb: probe.peakKb / 1024, groupPeakMb: probe.groupPeakKb / 1024, serverMs: replay.serverMs.reduce((a, b) => a + b, 0) };
		} finally {
			probe.stop();
		}
	};
	const section = `3. ${setup.range.rows.toLocaleString('en-US')}-row report into items`;
	const base = await run('idle');
	const ours = await run('oursReport');
	const peer = await run('httpReport');
	const oursMs = nodeMs(ours.result, OUR_NODE);
	const peerMs = nodeMs(peer.result, HTTP_NODE, SPLIT_NODE);
	results.add(section, 'time: ours ÷ HTTP Request + Split Out', 'ratio', oursMs / peerMs, 0.5);
	results.add(section, 'time without the server’s part: ours ÷ peer', 'ratio', (oursMs - ours.serverMs) / (peerMs - peer.serverMs), 1.25);
	results.add(section, 'our node wall', 'ms', oursMs);
	results.add(section, 'HTTP Request + Split Out wall', 'ms', peerMs);
	results.add(section, 'server’s time for the answer (L + sending)', 'ms', ours.serverMs);
	results.add(section, 'memory above idle n8n: ours ÷ peer', 'ratio', (ours.peakMb - base.peakMb) / (peer.peakMb - base.peakMb), 0.5);
	results.add(section, 'memory, whole process: ours ÷ peer', 'ratio', ours.peakMb / peer.peakMb, 0.7);
	results.add(section, 'peak RSS, idle n8n', 'MB', base.peakMb);
	results.add(section, 'peak RSS, ours', 'MB', ours.peakMb);
	results.add(section, 'peak RSS, HTTP Request + Split Out', 'MB', peer.peakMb);
	results.add(section, 'peak RSS of the process group, ours', 'MB', ours.groupPeakMb);
	results.add(section, 'peak RSS of the process group, peer', 'MB', peer.groupPeakMb);
}

function packageRound(setup: Setup, results: Results, install: Parameters<typeof loadTimeMs>[0]): void {
	const samples = Array.from({ length: 5 }, () => loadTimeMs(install, setup.home.package!.dir)).sort((a, b) => a - b);
	results.add('5. package', 'load: require both nodes + credential, build descriptions', 'ms', samples[2]);
}

async function main(): Promise<void> {
	const options = parseBenchArgs(process.argv.slice(2));
	const quote = (arg: string) => (/^[\w.,/=:-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
	const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2).map(quote)] : [])].join(' ');
	const machine = describeMachine();
	const started = new Date();
	if (options.build) {
		log('npm run build');
		const b = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
		if (b.status !== 0) throw new Error('npm run build failed');
	}
	const pack = packPackage();
	const sims: Record<string, Simulator> = {};
	const closers: Array<() => Promise<void> | undefined> = [];
	let home: N8nHome | undefined;
	let homeV1: N8nHome | undefined;
	try {
		const tooling = await loadN8nTooling();
		home = await createHome({ version: tooling.DEFAULT_N8N_VERSION, packageDir: pack.tgz });
		const L = options.latencyMs;
		for (const key of ['billing1', 'billing2', 'ivr1', 'ivr2', 'ours30', 'http30', 'http30batched', 'report', 'oursWrites', ...HTTP_WRITES.map((w) => w.key)]) {
			sims[key] = await startSimulator({ token: TOKEN, now: () => NOW, timezone: TIME_ZONE, latencyMs: L, maxConcurrent: CAP, dailyQuota: 10_000_000 });
		}
		const range = reportRange(options.reportRows);
		log(`cdr_1 ${range.startDate} … ${range.endDate}: ${range.rows} rows`);
		const reportPath = '/api/v2/reports_manager.php';
		const reportQuery = `${reportPath}?api=cdr_1&date_ini=${range.date_ini}&date_end=${range.date_end}`;
		const replay = runs(options, 3) ? await startReplay(`${sims.report.url}${reportQuery}`, reportPath, TOKEN, L) : undefined;
		closers.push(() => replay?.close());
		const reportServer = replay?.url ?? sims.report.url;
		const setting: Record<string, number> = { billing1: 1, billing2: 2, ivr1: 1, ivr2: 2, ours30: 2, report: 2, oursWrites: 2 };
		const credentials: Record<string, CredentialRef> = {};
		const credentialImports = Object.entries(setting).map(([key, maxConcurrentRequests], index) => {
			credentials[key] = { id: `benchCred${String(index).padStart(3, '0')}`, name: `Wolkvox bench ${key}` };
			return { ...credentials[key], type: 'wolkvoxApi', data: { server: key === 'report' ? reportServer : sims[key].url, token: TOKEN, timezone: TIME_ZONE, maxConcurrentRequests } };
		});
		const workflows: Record<string, JsonObject> = {
			billing1: ourBilling('benchFlow001', credentials.billing1, options.billingItems),
			billing2: ourBilling('benchFlow002', credentials.billing2, options.billingItems),
			ivr1: ourReport('benchFlow003', credentials.ivr1, { family: 'diagram', api: 'diagram_1_2' }, IVR_YEAR),
			ivr2: ourReport('benchFlow004', credentials.ivr2, { family: 'diagram', api: 'diagram_1_2' }, IVR_YEAR),
			ours30: ourBilling('benchFlow005', credentials.ours30, HTTP_ITEMS),
			http30: httpBilling('benchFlow006', sims.http30.url, TOKEN, HTTP_ITEMS),
			http30batched: httpBilling('benchFlow007', sims.http30batched.url, TOKEN, HTTP_ITEMS, { size: CAP, intervalMs: batchIntervalMs(L) }),
			idle: idle('benchFlow008'),
			oursReport: ourReport('benchFlow009', credentials.report, { family: 'cdr', api: 'cdr_1' }, range),
			httpReport: httpReport('benchFlow010', reportServer, TOKEN, 'cdr_1', range),
			oursWrites: ourAddRecords('benchFlow011', credentials.oursWrites, options.writeRecords),
			...Object.fromEntries(
				HTTP_WRITES.map((w, n) => [
					w.key,
					httpAddRecords(`benchFlow${String(12 + n).padStart(3, '0')}`, sims[w.key].url, TOKEN, w.batched ? HTTP_BATCHED_RECORDS : options.httpWriteRecords, {
						retryOnFail: w.retryOnFail,
						batching: w.batched ? { size: CAP, intervalMs: batchIntervalMs(L) } : undefined,
					}),
				]),
			),
		};
		const ids = Object.fromEntries(Object.entries(workflows).map(([key, wf]) => [key, String(wf.id)]));
		log('importing credentials and workflows');
		await tooling.importCredentials(home, credentialImports);
		await tooling.importWorkflows(home, Object.values(workflows));
		if (runs(options, 6)) {
			homeV1 = await createHome({ version: tooling.PINNED_N8N_VERSIONS.v1, packageDir: pack.tgz });
			log(`importing the write scenario's n8n 1.x workflow into n8n ${homeV1.version}`);
			await tooling.importWorkflows(homeV1, HTTP_WRITES.filter((w) => w.v1).map((w) => workflows[w.key]));
		}
		const setup: Setup = { options, home, homeV1, sims, replay, credentials, range, ids };
		const results = new Results();
		results.rounds = options.rounds;
		if (runs(options, 5)) {
			const size = packSize(REPO_ROOT);
			results.add('5. package', 'packed (npm pack)', 'kB', size.packedKb);
			results.add('5. package', 'unpacked', 'kB', size.unpackedKb);
			results.fact(`npm pack: ${size.files} files`);
		}
		for (let round = 1; round <= options.rounds; round++) {
			results.round = round;
			if (runs(options, 1) || runs(options, 2) || runs(options, 4)) log(`round ${round}/${options.rounds}: scenarios 1, 2, 4 (one execute-batch)`);
			await timingRound(setup, results);
			if (runs(options, 3)) {
				log(`round ${round}/${options.rounds}: large report, one n8n process per workflow`);
				await memoryRound(setup, results);
			}
			if (runs(options, 5)) packageRound(setup, results, home.install);
			if (runs(options, 6)) {
				log(`round ${round}/${options.rounds}: ${options.writeRecords} records through Add Records, and HTTP Request per item (one execute-batch in each n8n)`);
				await writesRound(setup, results);
			}
		}
		if (runs(options, 7)) {
			// Its own n8n home and simulator (tools/bench/messaging.ts), once: sends are measured against (N+1)·L/c.
			const items = options.quick ? 100 : 1000;
			log(`scenario 7: ${items} WhatsApp template sends (tools/bench/messaging.ts)`);
			const run = spawnSync('npx', ['tsx', 'tools/bench/messaging.ts', '--items', String(items), '--latency', String(L)], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
			const rows = (run.stdout ?? '').split('\n').filter((line) => /^\| [^-|]/.test(line) && !/^\| \d+ WhatsApp/.test(line));
			for (const row of rows) {
				const [what, value] = row.split('|').slice(1, 3).map((cell) => cell.trim());
				results.fact(`7. ${items} WhatsApp template sends: ${what}: ${value}`);
			}
			if (run.status !== 0) results.fact(`7. the messaging scenario ended with status ${run.status} (a refusal, a doubled message, or wall ÷ floor over 1.10)`);
		}
		let profile: NodeProfile | undefined;
		if (replay) {
			log('profile: our node on the recorded answer, in n8n\'s Node (tools/bench/nodeProfile.ts)');
			const answer = await fetch(`${replay.url}${reportQuery}`, { headers: { 'wolkvox-token': TOKEN } });
			profile = profileNode(home.install.nodeBin, Buffer.from(await answer.arrayBuffer()), range);
		}
		machine.loadEnd = os.loadavg()[0];
		// By scenario: a line first measured in a later round (its workflow failed in the first) stays with its scenario.
		const scenarioOf = (m: Metric) => Number.parseInt(m.section, 10);
		const metrics = [...results.metrics.values()].sort((a, b) => scenarioOf(a) - scenarioOf(b));
		process.stdout.write(`\n${metricsTable(metrics)}\n\n${results.facts.map((f) => `- ${f}`).join('\n')}\n`);
		if (profile) process.stdout.write(`\n${renderProfile(profile, metrics)}\n`);
		if (options.write) {
			const file = path.join(REPO_ROOT, 'BENCHMARKS.md');
			fs.writeFileSync(
				file,
				renderBenchmarks({ started, machine, n8n: home.install, benchNode: process.version, command, options, metrics, facts: results.facts, range, batchIntervalMs: batchIntervalMs(L), cap: CAP, httpBatchedRecords: HTTP_BATCHED_RECORDS, n8nV1: tooling.PINNED_N8N_VERSIONS.v1, profile }),
			);
			log(`wrote ${path.relative(process.cwd(), file) || file}`);
		}
	} finally {
		await Promise.all([...Object.values(sims).map((s) => s.close()), ...closers.map((close) => close())]);
		await home?.cleanup();
		await homeV1?.cleanup();
		pack.cleanup();
	}
}

if (require.main === module) {
	main().catch((error: unknown) => {
		process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(1);
	});
}
