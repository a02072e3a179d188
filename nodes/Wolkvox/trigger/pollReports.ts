import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { fetchPlan } from '../shared/pipeline/fetchRows';
import { paramsOf } from '../shared/pipeline/plan';
import type { ParamSource } from '../shared/pipeline/plan';
import { findEndpoint } from '../shared/catalog';
import type { Endpoint } from '../shared/catalog';
import { instantOf, isEarlier, splitRange, toWall, wallAt } from '../shared/dates';
import type { DateWindow } from '../shared/dates';
import { toNodeError } from '../shared/nodeError';
import { simplifyRow } from '../shared/typing';
import { connect } from '../shared/transport/request';
import type { Connection } from '../shared/transport/request';
import { DEFAULT_MAX_CALLS, DEFAULT_OVERLAP_MINUTES, DEFAULT_TIME_BUDGET_SECONDS } from './description';
import { isReportState, readFrom, selectNew, startState } from './newRows';
import type { ReportState, Settings } from './newRows';
import { assertQuota } from './quota';
import { fingerprints } from './rowIdentity';
import { bucketLength, rowClockOf, rowSpan, TIMED_REPORTS } from './rowTime';
import type { RowClock } from './rowTime';

const SECOND_MS = 1000;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const SAMPLE_DAYS = 7;

/** The poll context read the way the Wolkvox node's planner reads an item. */
function paramSource(ctx: IPollFunctions): ParamSource {
	return {
		getNode: () => ctx.getNode(),
		getNodeParameter: (name, _itemIndex, fallback) => ctx.getNodeParameter(name, fallback),
	};
}

function selectedReport(ctx: IPollFunctions): { endpoint: Endpoint; clock: RowClock } {
	const api = String(ctx.getNodeParameter('report', ''));
	const endpoint = findEndpoint('report', api);
	const clock = endpoint && rowClockOf(endpoint);
	if (!endpoint || !clock) {
		throw new NodeOperationError(ctx.getNode(), `Report "${api}" has no time on its rows`, {
			description: `Use one of: ${TIMED_REPORTS.endpoints.map((e) => e.api).join(', ')}`,
		});
	}
	return { endpoint, clock };
}

interface Watch {
	ctx: IPollFunctions;
	connection: Connection;
	endpoint: Endpoint;
	clock: RowClock;
	params: Record<string, string>;
}

async function readWindows(watch: Watch, windows: DateWindow[]): Promise<IDataObject[]> {
	const { ctx, connection, endpoint, params } = watch;
	return await fetchPlan(ctx, connection, { endpoint, params, windows }, { itemIndex: 0 });
}

function output(watch: Watch, rows: IDataObject[]): INodeExecutionData[] {
	const simplify = watch.ctx.getNodeParameter('simplify', true) as boolean;
	return rows.map((row) => ({
		json: simplify ? simplifyRow(row, watch.endpoint.fields, watch.connection.timeZone) : row,
		pairedItem: { item: 0 },
	}));
}

/** Fetch Test Event: the latest row of the last day (else of the last week), without touching the poll state. */
async function sample(watch: Watch, now: number): Promise<INodeExecutionData[][]> {
	const { timeZone } = watch.connection;
	const daysAgo = (days: number) => wallAt(now - days * DAY_MS, timeZone);
	let rows = await readWindows(watch, splitRange(daysAgo(1), daysAgo(0)));
	if (rows.length === 0) rows = await readWindows(watch, splitRange(daysAgo(SAMPLE_DAYS), daysAgo(1)));
	let latest: IDataObject | undefined;
	let latestStart = -Infinity;
	for (const row of rows) {
		const start = rowSpan(row, watch.clock, timeZone)?.start ?? -Infinity;
		if (latest === undefined || start >= latestStart) [latest, latestStart] = [row, start];
	}
	if (!latest) {
		throw new NodeOperationError(watch.ctx.getNode(), `No ${watch.endpoint.api} rows in the last ${SAMPLE_DAYS} days`, {
			description:
				'There is no sample row to show. Check the report and its filters, or choose a report with recent activity; the trigger itself will emit rows as they appear.',
		});
	}
	return [output(watch, [latest])];
}

/** The state to poll from: kept, or started over when the watched report or filters changed. */
function stateOf(watch: Watch, staticData: IDataObject, now: number): { state: ReportState; fresh: boolean } {
	// The zone is in the key: fingerprints hash typed times, which carry its offset.
	const key = JSON.stringify({ api: watch.endpoint.api, params: watch.params, timeZone: watch.connection.timeZone });
	if (isReportState(staticData.report) && staticData.report.key === key) return { state: staticData.report, fresh: false };
	const startFrom = watch.ctx.getNodeParameter('startFrom', '') as unknown;
	if (startFrom === '' || startFrom === undefined || startFrom === null) return { state: startState(key, now), fresh: true };
	const { timeZone } = watch.connection;
	return { state: startState(key, instantOf(toWall(startFrom, timeZone, 'Start From'), timeZone)), fresh: false };
}

/** One poll of "New Report Rows": read past the cursor within the budget, emit what is new. */
export async function pollReports(ctx: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const startedAt = Date.now();
	const now = startedAt;
	const connection = await connect(ctx, 0);
	const { endpoint, clock } = selectedReport(ctx);
	let watch: Watch;
	try {
		watch = { ctx, connection, endpoint, clock, params: paramsOf(paramSource(ctx), 0, endpoint) };
	} catch (error) {
		throw toNodeError(ctx.getNode(), error, 0);
	}
	if (ctx.getMode() === 'manual') return await sample(watch, now);

	const staticData = ctx.getWorkflowStaticData('node');
	await assertQuota(ctx, connection, 1, staticData, now);
	let begun: { state: ReportState; fresh: boolean };
	try {
		begun = stateOf(watch, staticData, now);
	} catch (error) {
		throw toNodeError(ctx.getNode(), error, 0);
	}
	if (begun.fresh) {
		staticData.report = begun.state;
		return null;
	}
	const settings: Settings = {
		overlapMs: Math.max(0, Number(ctx.getNodeParameter('overlapMinutes', DEFAULT_OVERLAP_MINUTES))) * MINUTE_MS,
		bucketMs: bucketLength(clock),
	};
	const maxCalls = Math.max(1, Number(ctx.getNodeParameter('options.maxCalls', DEFAULT_MAX_CALLS)));
	const budgetMs = Math.max(1, Number(ctx.getNodeParameter('options.timeBudget', DEFAULT_TIME_BUDGET_SECONDS))) * 1000;

	const { timeZone } = connection;
	const from = readFrom(begun.state, settings);
	const [fromWall, nowWall] = [wallAt(from, timeZone), wallAt(now, timeZone)];
	// Also when a DST fold puts the wall clock behind `from`: the next poll reads on.
	if (from > now || !isEarlier(fromWall, nowWall)) return null;
	const windows = splitRange(fromWall, nowWall);
	const rows: IDataObject[] = [];
	let readThrough = begun.state.cursor;
	for (const [index, window] of windows.entries()) {
		if (index >= maxCalls || (index > 0 && Date.now() - startedAt >= budgetMs)) break;
		rows.push(...(await readWindows(watch, [window])));
		// The window's end is its last second, read whole.
		readThrough = instantOf(window.end, timeZone) + SECOND_MS;
	}

	const ids = fingerprints(rows.map((row) => simplifyRow(row, endpoint.fields, timeZone)));
	const read = rows.map((row, i) => ({ id: ids[i], span: rowSpan(row, clock, timeZone) }));
	const { emit, state } = selectNew(begun.state, read, readThrough, now, settings);
	staticData.report = state;
	return emit.length > 0 ? [output(watch, emit.map((i) => rows[i]))] : null;
}
