/**
 * One e2e session per n8n version: every scenario gets its own in-process simulator (so its log
 * and peak concurrency are its alone) and its own credential; then all workflows are imported and
 * executed with as few n8n starts as possible (import:credentials, import:workflow --separate,
 * execute-batch: three starts for every workflow together).
 */
import { loadExamples, EXAMPLE_CREDENTIAL, type Example } from '../../tools/lib/examples';
import { createHome, loadN8nTooling, type BatchEntry, type JsonObject, type N8nHome, type N8nTooling, type RunItem } from '../../tools/lib/n8n';
import { packPackage } from '../../tools/lib/package';
import type { CredentialRef } from '../../tools/lib/workflows';
import { startSimulator, type LogEntry, type Simulator, type SimulatorOptions } from '../../tools/simulator/server';
import { assertNoSecrets } from '../secrets';

/** The n8n versions of this run (jest.e2e.config.js sets them); without them a file fails rather than pass empty. */
export function e2eVersions(): string[] {
	const versions = (globalThis as { __N8N_E2E_VERSIONS__?: string[] }).__N8N_E2E_VERSIONS__ ?? [];
	if (versions.length === 0) throw new Error('no n8n versions: run through `npm run test:e2e` (jest.e2e.config.js lists them)');
	return versions;
}

/** A session installs n8n on first use: minutes. */
export const SESSION_TIMEOUT = 45 * 60_000;

/** The built package, packed once for the test file that calls this at its top level, and removed after it. */
export function packOnce(): { tgz: () => string } {
	let pack: ReturnType<typeof packPackage> | undefined;
	beforeAll(() => {
		pack = packPackage();
	});
	afterAll(() => pack?.cleanup());
	return {
		tgz: () => {
			if (!pack) throw new Error('the package is packed in beforeAll');
			return pack.tgz;
		},
	};
}

/** The input item an output item is paired to. */
export function pairedIndex(item: RunItem): number | undefined {
	const p = Array.isArray(item.pairedItem) ? item.pairedItem[0] : item.pairedItem;
	return typeof p === 'number' ? p : p?.item;
}

export const TOKEN = 'sim-token-e2e-5b81d2';
export const SEED = 11;
export const TIME_ZONE = 'America/Bogota';
/** The simulator's pinned clock: 2026-11-23 10:30 in Bogota (day 23 of the month for billing). */
export const NOW = new Date('2026-11-23T15:30:00Z');

export interface Scenario {
	key: string;
	/** Simulator options beyond token, seed, clock. */
	sim?: SimulatorOptions;
	/** Credential fields beyond server and token. */
	credential?: { token?: string; maxConcurrentRequests?: number; timezone?: string };
	/** Omitted: the scenario only needs the simulator and credential (the editor dropdown). `server`: its simulator's URL. */
	workflow?: (id: string, credential: CredentialRef, server: string) => JsonObject;
}

export interface ScenarioRun {
	scenario: Scenario;
	sim: Simulator;
	credential: CredentialRef;
	workflowId?: string;
	entry?: BatchEntry;
	/** The simulator's API requests (control endpoints excluded). */
	apiLog(): LogEntry[];
}

export interface Session {
	version: string;
	tooling: N8nTooling;
	home: N8nHome;
	runs: Map<string, ScenarioRun>;
	examples: { list: Example[]; sim: Simulator; now: Date; entries: Map<string, BatchEntry> };
	timings: Record<string, number>;
	run(key: string): ScenarioRun;
	close(): Promise<void>;
}

const apiOnly = (sim: Simulator) => () => sim.stats.log.filter((e) => e.path.startsWith('/api/'));

/** n8n ids: up to 21 characters; execute-batch only accepts ids with a digit in them. */
const id = (prefix: string, index: number) => `${prefix}${String(index).padStart(3, '0')}`;

/**
 * `examples` picks the examples this session runs (each suite runs those it asserts on: the reads'
 * or the writes' ones); a polling one never runs here.
 */
export async function startSession(
	version: string,
	packageTgz: string,
	scenarios: Scenario[],
	{ examples: pickExamples = () => true }: { examples?: (example: Example) => boolean } = {},
): Promise<Session> {
	const t0 = Date.now();
	const timings: Record<string, number> = {};
	const lap = (label: string, since: number) => (timings[label] = Math.round((Date.now() - since) / 100) / 10);
	const tooling = await loadN8nTooling();
	const sims: Simulator[] = [];
	let home: N8nHome | undefined;
	try {
		const install = Date.now();
		home = await createHome({ version, packageDir: packageTgz });
		lap('install/cache + home (s)', install);

		const runs = new Map<string, ScenarioRun>();
		for (const [index, scenario] of scenarios.entries()) {
			const sim = await startSimulator({ token: TOKEN, seed: SEED, now: () => NOW, timezone: TIME_ZONE, ...scenario.sim });
			sims.push(sim);
			const credential = { id: id('wolkvoxCred', index), name: `Wolkvox e2e ${scenario.key}` };
			runs.set(scenario.key, { scenario, sim, credential, apiLog: apiOnly(sim) });
		}

		// The examples run against real time (period "yesterday", "this month"), so their simulator's
		// clock is frozen at the real start of the session: late enough for yesterday's data to exist,
		// fixed so expectations can be computed from the dates the node sends.
		const examplesNow = new Date();
		const examplesSim = await startSimulator({ token: TOKEN, seed: SEED, now: () => examplesNow, timezone: TIME_ZONE });
		sims.push(examplesSim);
		// A polling example (Wolkvox Trigger) runs when activated: test/e2e/trigger.e2e.test.ts.
		const examples = loadExamples().filter((e) => !e.polling && pickExamples(e));

		const credentials = [...runs.values()].map((r) => ({
			id: r.credential.id,
			name: r.credential.name,
			type: 'wolkvoxApi',
			data: {
				server: r.sim.url,
				token: TOKEN,
				timezone: TIME_ZONE,
				maxConcurrentRequests: 1,
				...r.scenario.credential,
			},
		}));
		credentials.push({
			...EXAMPLE_CREDENTIAL,
			type: 'wolkvoxApi',
			data: { server: examplesSim.url, token: TOKEN, timezone: TIME_ZONE, maxConcurrentRequests: 1 },
		});
		let step = Date.now();
		await tooling.importCredentials(home, credentials);
		lap('import:credentials (s)', step);

		const workflows: JsonObject[] = [];
		[...runs.values()].forEach((r, index) => {
			if (!r.scenario.workflow) return;
			r.workflowId = id('wolkvoxE2eFlow', index);
			workflows.push(r.scenario.workflow(r.workflowId, r.credential, r.sim.url));
		});
		workflows.push(...examples.map((e) => e.runnable));
		step = Date.now();
		const ids = await tooling.importWorkflows(home, workflows);
		lap('import:workflow (s)', step);

		step = Date.now();
		const batch = await tooling.executeWorkflows(home, ids);
		lap('execute-batch (s)', step);
		// The secrets guarantee: no token in any execution (items, errors) nor in what n8n printed.
		assertNoSecrets(`${JSON.stringify(batch)}\n${(batch as { output?: string }).output ?? ''}`, `n8n ${version}: execute-batch executions and output`);
		for (const r of runs.values()) if (r.workflowId) r.entry = batch[r.workflowId];
		const exampleEntries = new Map(examples.map((e) => [e.key, batch[e.original.id as string]]));
		lap('session total (s)', t0);

		const session: Session = {
			version,
			tooling,
			home,
			runs,
			examples: { list: examples, sim: examplesSim, now: examplesNow, entries: exampleEntries },
			timings,
			run(key) {
				const r = runs.get(key);
				if (!r) throw new Error(`no scenario ${key}`);
				return r;
			},
			async close() {
				await Promise.all(sims.map((s) => s.close()));
				await home?.cleanup();
			},
		};
		return session;
	} catch (error) {
		await Promise.all(sims.map((s) => s.close()));
		await home?.cleanup();
		throw error;
	}
}
