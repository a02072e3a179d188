/**
 * What the write suites share: a stateful simulator per test, the node run by n8n-core's real
 * WorkflowExecute against it, and readers of what the simulator saw (its request log) and holds.
 */
import type { IDataObject, INode, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { Wolkvox } from '../../nodes/Wolkvox/Wolkvox.node';
import { startSimulator } from '../../tools/simulator/server';
import type { Faults, LogEntry, Simulator, SimulatorOptions, StateSnapshot } from '../../tools/simulator/server';
import { runNode } from './harness';

export const TOKEN = 'sim-token-writes-5c81a7';
export const SEED = 11;
// 2026-11-23 10:30 in Bogota.
export const NOW = new Date('2026-11-23T15:30:00Z');

/** The seeded account's campaigns (tools/simulator/account.ts). */
export const PREDICTIVE = '20451';
export const PREVIEW = '20453';

export interface WriteSetup {
	sim?: SimulatorOptions;
	faults?: Partial<Faults>;
	credentials?: IDataObject;
	continueOnFail?: boolean;
	retry?: Pick<INode, 'retryOnFail' | 'maxTries' | 'waitBetweenTries'>;
	/** Prepares the fresh simulator before the node runs (its requests are not counted in the run's). */
	before?: (sim: Simulator) => Promise<void> | void;
}

let current: Simulator | undefined;
afterEach(async () => {
	await current?.close();
	current = undefined;
});

/** The simulator of the running test (started by runWrite). */
export const simulator = (): Simulator => current!;

export async function runWrite(parameters: INodeParameters, inputItems: INodeExecutionData[] = [{ json: {} }], setup: WriteSetup = {}) {
	const sim = await startSimulator({ token: TOKEN, seed: SEED, now: () => NOW, latencyMs: 0, ...setup.sim });
	current = sim;
	await setup.before?.(sim);
	const before = sim.state;
	const offset = sim.stats.requests;
	if (setup.faults) sim.setFaults(setup.faults);
	const result = await runNode({
		node: new Wolkvox(),
		credentialType: new WolkvoxApi(),
		credentials: {
			wolkvoxApi: { server: sim.url, token: TOKEN, timezone: 'America/Bogota', maxConcurrentRequests: 1, ...setup.credentials },
		},
		parameters,
		inputItems,
		continueOnFail: setup.continueOnFail,
		retry: setup.retry,
	});
	const log = sim.stats.log.slice(offset);
	return { ...result, sim, before, state: sim.state, log, requests: sim.stats.requests - offset, json: result.items.map((item) => item.json) };
}

/** Sends a request to the simulator directly, as a test's preparation. */
export async function call(sim: Simulator, method: string, script: string, query: Record<string, string>, body?: unknown): Promise<void> {
	const response = await fetch(`${sim.url}/api/v2/${script}.php?${new URLSearchParams(query)}`, {
		method,
		headers: { 'wolkvox-token': TOKEN, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	if (!response.ok) throw new Error(`Preparation ${script} ${query.api} answered ${response.status}: ${await response.text()}`);
}

/** Items from plain objects. */
export const itemsOf = (objects: IDataObject[]): INodeExecutionData[] => objects.map((json) => ({ json }));

/** A lead as a sheet row would give it. */
export const lead = (n: number, extra: IDataObject = {}): IDataObject => ({
	customer_name: `Lead ${n}`,
	customer_id: String(900_000_000 + n),
	tel1: `57300${String(n).padStart(7, '0')}`,
	...extra,
});

/** One request as the simulator received it, in the form the tests compare. */
export const requestOf = (entry: LogEntry) => ({ method: entry.method, path: entry.path, query: entry.query, body: entry.body });

export const campaignOf = (state: StateSnapshot, id: string) => state.campaigns.find((c) => c.campaign_id === id)!;

/** How many records of a campaign carry the customer ID. */
export const copiesOf = (state: StateSnapshot, campaignId: string, customerId: string) =>
	campaignOf(state, campaignId).records.filter((r) => r.customer_id === customerId).length;

/** Each item's pairedItem index, in output order. */
export const pairsOf = (items: INodeExecutionData[]) => items.map((item) => (item.pairedItem as { item: number }).item);

/** Add Records to a campaign with the records mapped automatically. */
export const addRecords = (extra: INodeParameters = {}): INodeParameters => ({
	resource: 'campaign',
	operation: 'add_record',
	type_campaign: 'predictive',
	campaign_id: PREDICTIVE,
	...extra,
});
