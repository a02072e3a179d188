/**
 * The package in n8n's queue mode: a main instance and its workers (one, then two, then three), on
 * their own Redis and PostgreSQL, share one Wolkvox token whose simulator refuses more than 2
 * simultaneous requests. Each worker's slots only know its own requests, so two workers with Max
 * Simultaneous Requests 2 (or three with 1) exceed the token's cap: the refusals must be absorbed by
 * the node's retry with jittered backoff, every item answered exactly once. Workers run one execution
 * at a time (--concurrency=1), so executions sent together land on different workers. Last, three
 * workers write leads at once through Add Records, the first calls refused: every lead is stored once.
 * Throughput (items per second) is printed for the README, never asserted.
 */
import { randomUUID } from 'node:crypto';

import { createHome, loadN8nTooling, REPO_ROOT, type Editor, type N8nHome } from '../../tools/lib/n8n';
import { loadQueueTooling, type Postgres, type QueueTooling, type Service, type ServiceProcess } from '../../tools/lib/queue';
import { expectedBilling } from '../e2e/expected';
import { assertNoSecrets } from '../secrets';
import { startSimulator, type LogEntry, type Simulator } from '../../tools/simulator/server';
import { queueWorkflow, queueWriteWorkflow, type QueueItem, type QueueLead } from './workflow';

const VERSION = '2.41.1';
const TOKEN = 'sim-token-queue-7c1e0a';
const SEED = 7;
const TIME_ZONE = 'America/Bogota';
const NOW = new Date('2026-11-23T15:30:00Z');
/** Wolkvox's documented cap (docs/wolkvox-api.md#limits): 2 simultaneous requests per token. */
const TOKEN_CAP = 2;
const LATENCY_MS = 200;
const ITEMS = 50;
const EXECUTIONS = 2;
const PRODUCTS = ['ivr_calls', 'interactions', 'amd_ai', 'stereo_rec'];

/** One workflow per "Max Simultaneous Requests" setting, each with a credential of its own on the same token. */
const FLOWS = {
	cap2: { maxConcurrentRequests: 2, credential: { id: 'wolkvoxQueueCred2', name: 'Wolkvox queue, 2 per worker' }, workflowId: 'wolkvoxQueueFlow2', path: 'wolkvox-queue-cap-2' },
	cap1: { maxConcurrentRequests: 1, credential: { id: 'wolkvoxQueueCred1', name: 'Wolkvox queue, 1 per worker' }, workflowId: 'wolkvoxQueueFlow1', path: 'wolkvox-queue-cap-1' },
};
type Flow = (typeof FLOWS)[keyof typeof FLOWS];

/** The write workflow: Add Records into the seeded preview campaign, one call per execution. */
const WRITES = {
	maxConcurrentRequests: 1,
	credential: { id: 'wolkvoxQueueCredWrites', name: 'Wolkvox queue, writes' },
	workflowId: 'wolkvoxQueueFlowWrites',
	path: 'wolkvox-queue-writes',
	campaignId: '20453',
};
const LEADS_PER_EXECUTION = 40;

interface Phase {
	label: string;
	workers: number;
	inputs: QueueItem[][];
	answers: Array<{ status: number; body: string }>;
	seconds: number;
	log: LogEntry[];
	peak: number;
	/** Per worker: how many executions it started during the phase (from its log). */
	jobs: number[];
}

let queue: QueueTooling;
let sim: Simulator;
let redis: Service | undefined;
let postgres: Postgres | undefined;
let home: N8nHome | undefined;
let main: Editor | undefined;
const workers: ServiceProcess[] = [];
const phases: Phase[] = [];

beforeAll(async () => {
	const t0 = Date.now();
	queue = await loadQueueTooling();
	sim = await startSimulator({ token: TOKEN, seed: SEED, now: () => NOW, timezone: TIME_ZONE, maxConcurrent: TOKEN_CAP, latencyMs: LATENCY_MS, dailyQuota: 1_000_000 });
	[redis, postgres] = await Promise.all([queue.startRedis(), queue.startPostgres()]);
	home = await createHome({ version: VERSION, packageDir: REPO_ROOT, env: queue.queueEnv({ redis, postgres }) });

	const tooling = await loadN8nTooling();
	const flows = [...Object.values(FLOWS), WRITES];
	await tooling.importCredentials(
		home,
		flows.map((f) => ({
			...f.credential,
			type: 'wolkvoxApi',
			data: { server: sim.url, token: TOKEN, timezone: TIME_ZONE, maxConcurrentRequests: f.maxConcurrentRequests },
		})),
	);
	await publish(
		await tooling.importWorkflows(home, [
			...Object.values(FLOWS).map((f) => queueWorkflow(f.workflowId, f.path, randomUUID(), f.credential)),
			queueWriteWorkflow(WRITES.workflowId, WRITES.path, randomUUID(), WRITES.credential, WRITES.campaignId),
		]),
	);

	// The main instance registers the active workflows' webhooks and enqueues their executions; the
	// first worker starts beside it. allSettled: whichever started is stopped by afterAll.
	const started = await Promise.allSettled([
		tooling.startEditor({ home }).then((m) => (main = m)),
		queue.startWorker(home, { name: 'a' }).then((w) => workers.push(w)),
	]);
	for (const s of started) if (s.status === 'rejected') throw s.reason;
	// The REST API answers before the published workflows' webhooks are registered.
	for (const f of flows) await queue.waitForWebhook(main!.url, f.path);
	process.stdout.write(`[queue] Redis, PostgreSQL, n8n main and worker a up in ${Math.round((Date.now() - t0) / 1000)} s\n`);
}, 40 * 60_000); // a cold cache installs n8n first (10–15 min)

afterAll(async () => {
	// Workers and main before the services they use; each step even when another failed.
	const steps: Array<() => Promise<unknown> | undefined> = [
		...workers.map((w) => () => w.stop()),
		() => main?.stop(),
		() => home?.cleanup(),
		() => postgres?.stop(),
		() => redis?.stop(),
		() => sim?.close(),
	];
	for (const step of steps) {
		try {
			await step();
		} catch (e) {
			process.stderr.write(`[queue] cleanup: ${(e as Error).message}\n`);
		}
	}
	if (phases.length) process.stdout.write(throughputTable());
}, 2 * 60_000);

/**
 * Make the workflows active before the main instance starts, which then registers their webhooks.
 * Not `import:workflow --activeState=fromJson`: on 2.41.1 it fails to activate ("User attempted to
 * activate a workflow without permissions": the instance has no owner yet). `publish:workflow` writes
 * the active version directly.
 */
async function publish(ids: string[]): Promise<void> {
	const results = await Promise.all(ids.map((id) => queue.runN8n(home!, ['publish:workflow', `--id=${id}`])));
	results.forEach((r, i) => {
		if (r.code !== 0 || !/Publishing workflow/.test(r.stdout + r.stderr)) {
			throw new Error(`publish:workflow --id=${ids[i]} failed (exit ${r.code}):\n${(r.stdout + r.stderr).slice(-4000)}`);
		}
	});
}

/** One execution: the items posted to a published workflow's webhook, its answer once it ended. */
async function postItems(path: string, items: unknown[]): Promise<{ status: number; body: string }> {
	const res = await fetch(`${main!.url}/webhook/${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ items }),
		signal: AbortSignal.timeout(4 * 60_000),
	});
	return { status: res.status, body: await res.text() };
}

/** `executions` webhook calls at once, ITEMS items each, tagged `<label>-<execution>-<item>`. */
async function runPhase(label: string, flow: Flow, executions = EXECUTIONS): Promise<Phase> {
	sim.reset();
	const marks = workers.map((w) => w.logs().length);
	const inputs = Array.from({ length: executions }, (_, e) =>
		Array.from({ length: ITEMS }, (_, i): QueueItem => ({ tag: `${label}-${e}-${i}`, product: PRODUCTS[i % PRODUCTS.length] })),
	);
	const t0 = Date.now();
	const answers = await Promise.all(inputs.map((items) => postItems(flow.path, items)));
	const seconds = (Date.now() - t0) / 1000;
	const phase: Phase = {
		label,
		workers: workers.length,
		inputs,
		answers,
		seconds,
		log: sim.stats.log.filter((e) => e.path.startsWith('/api/')),
		peak: sim.stats.peakConcurrent,
		jobs: workers.map((w, i) => (w.logs().slice(marks[i]).match(/Worker started execution/g) ?? []).length),
	};
	phases.push(phase);
	return phase;
}

/** Every item of every execution came back from its own call, paired to its input, nothing lost or doubled. */
function expectEveryItemAnswered(phase: Phase): void {
	for (const [e, answer] of phase.answers.entries()) {
		expect({ execution: e, status: answer.status, ...(answer.status !== 200 && { body: answer.body.slice(0, 1000) }) }).toEqual({ execution: e, status: 200 });
		const items = JSON.parse(answer.body) as Array<Record<string, unknown>>;
		// Output item i comes from input item i (the tag travels by n8n's paired-item resolution), and
		// carries that item's product's usage.
		expect(items).toEqual(phase.inputs[e].map((input) => ({ ...expectedBilling(input.product, SEED, NOW, TIME_ZONE), tag: input.tag })));
	}
	// Wolkvox answered each item exactly once: as many 200s per product as items asked for it.
	const answered = countBy(phase.log.filter((e) => e.status === 200).map((e) => e.query.api));
	const asked = countBy(phase.inputs.flat().map((i) => i.product));
	expect(answered).toEqual(asked);
	// Every other call was refused for the shared limit (then retried): with the one valid token, a
	// quota far from used up and no faults, the simulator's only 403 is the simultaneous-requests one.
	expect(phase.log.filter((e) => e.status !== 200 && e.status !== 403)).toEqual([]);
	expect(phase.log.length).toBe(itemCount(phase) + refusals(phase));
}

function countBy(values: string[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const v of values) out[v] = (out[v] ?? 0) + 1;
	return out;
}

const refusals = (phase: Phase) => phase.log.filter((e) => e.status === 403).length;
const itemCount = (phase: Phase) => phase.inputs.flat().length;
const itemsPerSecond = (phase: Phase) => itemCount(phase) / phase.seconds;

function throughputTable(): string {
	const rows = phases.map(
		(p) =>
			`| ${p.label} | ${p.workers} | ${p.inputs.length} | ${p.seconds.toFixed(1)} | ${itemsPerSecond(p).toFixed(2)} | ${refusals(p)} | ${p.peak} | ${p.jobs.join(' + ')} |`,
	);
	return [
		'',
		`[queue] executions of ${ITEMS} items sent at once, simulator latency ${LATENCY_MS} ms, cap ${TOKEN_CAP} per token:`,
		'| run | workers | executions | seconds | items/s | 403 refusals | peak requests | executions per worker |',
		'| --- | --- | --- | --- | --- | --- | --- | --- |',
		...rows,
		'',
	].join('\n');
}

describe(`n8n ${VERSION} in queue mode, one Wolkvox token (cap ${TOKEN_CAP})`, () => {
	it('one worker, Max Simultaneous Requests 2: every item answered, the token never over its cap', async () => {
		const phase = await runPhase('one-worker-cap-2', FLOWS.cap2);
		expectEveryItemAnswered(phase);
		expect(phase.jobs).toEqual([EXECUTIONS]);
		// One process, one set of slots: they hold the requests to the cap, so Wolkvox never refuses.
		expect(phase.peak).toBe(TOKEN_CAP);
		expect(refusals(phase)).toBe(0);
	});

	it('two workers, Max Simultaneous Requests 2 each: refusals from the shared cap are retried until every item is answered', async () => {
		workers.push(await queue.startWorker(home!, { name: 'b' }));
		const phase = await runPhase('two-workers-cap-2', FLOWS.cap2);
		// Worker concurrency 1: the two executions ran on different workers, at the same time.
		expect(phase.jobs).toEqual([1, 1]);
		expect(phase.peak).toBeGreaterThan(TOKEN_CAP);
		expect(refusals(phase)).toBeGreaterThan(0);
		expectEveryItemAnswered(phase);
	});

	it('two workers, Max Simultaneous Requests 1 each: the workers together stay within the cap', async () => {
		const phase = await runPhase('two-workers-cap-1', FLOWS.cap1);
		expect(phase.jobs).toEqual([1, 1]);
		expectEveryItemAnswered(phase);
		expect(phase.peak).toBe(TOKEN_CAP);
		expect(refusals(phase)).toBe(0);
	});

	it('three workers, Max Simultaneous Requests 1 each: one more worker than the cap, its refusals retried', async () => {
		workers.push(await queue.startWorker(home!, { name: 'c' }));
		const phase = await runPhase('three-workers-cap-1', FLOWS.cap1, 3);
		expect(phase.jobs).toEqual([1, 1, 1]);
		expect(phase.peak).toBeGreaterThan(TOKEN_CAP);
		expect(refusals(phase)).toBeGreaterThan(0);
		expectEveryItemAnswered(phase);
	});

	it('three workers writing through one token: the refused calls are sent again, every lead stored exactly once', async () => {
		sim.reset();
		// Wolkvox refuses the first calls before doing anything: the only failure a write is sent again after.
		sim.setFaults({ concurrencyRejections: 2 });
		const executions = workers.length;
		const leads = Array.from({ length: executions }, (_, e) =>
			Array.from({ length: LEADS_PER_EXECUTION }, (_, i): QueueLead => ({ customer_name: `Queue Lead ${e}-${i}`, customer_id: `9${e}${String(i).padStart(4, '0')}`, tel1: `30090${e}${String(i).padStart(4, '0')}` })),
		);
		const answers = await Promise.all(leads.map((items) => postItems(WRITES.path, items)));
		for (const [e, answer] of answers.entries()) {
			expect({ execution: e, status: answer.status }).toEqual({ execution: e, status: 200 });
			const items = JSON.parse(answer.body) as Array<Record<string, unknown>>;
			expect(items.map((item) => [item.outcome, 'error' in item])).toEqual(leads[e].map(() => ['added', false]));
		}
		const calls = sim.stats.log.filter((entry) => entry.query.api === 'add_record');
		expect(calls.filter((entry) => entry.status === 403)).toHaveLength(2);
		expect(calls.filter((entry) => entry.status >= 200 && entry.status < 300)).toHaveLength(executions);
		const stored = sim.state.campaigns.find((c) => c.campaign_id === WRITES.campaignId)!.records.map((r) => String(r.customer_id));
		for (const lead of leads.flat()) expect([lead.customer_id, stored.filter((id) => id === lead.customer_id).length]).toEqual([lead.customer_id, 1]);
	});

	it('no n8n process logged the token (the secrets guarantee)', () => {
		const logs = [main!.logs(), ...workers.map((w) => w.logs())].join('\n');
		expect(logs.trim()).not.toBe('');
		assertNoSecrets(logs, 'the queue-mode n8n logs (main and workers)');
	});
});
