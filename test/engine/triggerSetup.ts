/**
 * Shared set-up of the Wolkvox Trigger's poll-after-poll tests: a simulator, the node in n8n's real
 * poll context, a clock both follow (only Date is faked: timers and I/O run for real), and the
 * rows of a whole period read in one go, to compare the union of what the polls emitted with.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { WolkvoxApi } from '../../credentials/WolkvoxApi.credentials';
import { findEndpoint } from '../../nodes/Wolkvox/shared/catalog';
import { formatWolkvox, wallAt } from '../../nodes/Wolkvox/shared/dates';
import { simplifyRow } from '../../nodes/Wolkvox/shared/typing';
import { WolkvoxTrigger } from '../../nodes/Wolkvox/WolkvoxTrigger.node';
import { startSimulator } from '../../tools/simulator/server';
import type { Simulator, SimulatorOptions } from '../../tools/simulator/server';
import { PollHarness } from './pollHarness';
import type { PollResult } from './pollHarness';

export const TOKEN = 'sim-token-trigger-51c2';
export const SEED = 11;
export const ZONE = 'America/Bogota';
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Fakes Date only, so the node's Date.now() and the simulator's clock are the test's clock. */
export function useTestClock(): void {
	jest.useFakeTimers({
		doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'queueMicrotask', 'hrtime', 'performance'],
	});
}

export function setNow(at: number | string): number {
	const ms = typeof at === 'number' ? at : Date.parse(at);
	jest.setSystemTime(ms);
	return ms;
}

export async function startSim(options: SimulatorOptions = {}): Promise<Simulator> {
	return await startSimulator({ token: TOKEN, seed: SEED, timezone: ZONE, dailyQuota: 1_000_000, ...options });
}

export const EVERY_5_MINUTES = { item: [{ mode: 'everyX', value: 5, unit: 'minutes' }] };

export function triggerHarness(sim: Simulator, parameters: INodeParameters, staticData?: IDataObject, timezone = ZONE): PollHarness {
	return new PollHarness({
		node: new WolkvoxTrigger(),
		credentialType: new WolkvoxApi(),
		credentials: { wolkvoxApi: { server: sim.url, token: TOKEN, timezone, maxConcurrentRequests: 1 } },
		parameters: { pollTimes: EVERY_5_MINUTES, ...parameters },
		staticData,
	});
}

/** A restart: a new workflow object loaded with the static data n8n saved (a JSON copy). */
export function restarted(sim: Simulator, parameters: INodeParameters, before: PollHarness): PollHarness {
	return triggerHarness(sim, parameters, JSON.parse(JSON.stringify(before.staticData)) as IDataObject);
}

export function expectOk(result: PollResult): IDataObject[] {
	expect(result.error).toBeUndefined();
	return (result.items ?? []).map((item) => item.json);
}

/** A row's identity for comparisons: its simplified content as text. */
export const rowKey = (row: IDataObject): string => JSON.stringify(row);

/** The simplified rows of [from, to] as one read (≤ 31 days) sees them at the current clock. */
export async function rowsOfPeriod(sim: Simulator, api: string, from: number, to: number, params: Record<string, string> = {}): Promise<IDataObject[]> {
	const endpoint = findEndpoint('report', api);
	if (!endpoint) throw new Error(`no report ${api}`);
	const query = new URLSearchParams({ api, date_ini: formatWolkvox(wallAt(from, ZONE)), date_end: formatWolkvox(wallAt(to, ZONE)), ...params });
	const response = await fetch(`${sim.url}/api/v2/reports_manager.php?${query}`, { headers: { 'wolkvox-token': TOKEN } });
	const body = (await response.json()) as { data?: IDataObject[] };
	return (response.status === 404 ? [] : (body.data ?? [])).map((row) => simplifyRow(row, endpoint.fields, ZONE));
}

/** The rows of a period longer than 31 days, read day by day. */
export async function rowsOfLongPeriod(sim: Simulator, api: string, from: number, to: number): Promise<IDataObject[]> {
	const rows: IDataObject[] = [];
	for (let start = from; start <= to; start += DAY) rows.push(...(await rowsOfPeriod(sim, api, start, Math.min(to, start + DAY - 1000))));
	return rows;
}

/** Polls at each instant in turn; returns every emitted row with the instant of the poll that emitted it. */
export async function pollAt(harness: PollHarness, instants: number[]): Promise<Array<{ row: IDataObject; at: number }>> {
	const emitted: Array<{ row: IDataObject; at: number }> = [];
	for (const at of instants) {
		setNow(at);
		for (const row of expectOk(await harness.poll())) emitted.push({ row, at });
	}
	return emitted;
}

export function every(from: number, to: number, step: number): number[] {
	const out: number[] = [];
	for (let t = from; t <= to; t += step) out.push(t);
	return out;
}
