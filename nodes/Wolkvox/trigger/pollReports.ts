import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { fetchRows } from '../shared/pipeline/fetchRows';
import { paramsOf } from '../shared/pipeline/plan';
import { typedRows } from '../shared/pipeline/typedRows';
import { findEndpoint } from '../shared/catalog';
import type { Endpoint } from '../shared/catalog';
import { instantOf, isEarlier, splitRange, toWall, wallAt } from '../shared/dates';
import type { DateWindow } from '../shared/dates';
import { toNodeError } from '../shared/nodeError';
import { flagParameter, numberParameter, pollSource, textParameter } from '../shared/parameters';
import type { ParamSource } from '../shared/parameters';
import { connect } from '../shared/transport/request';
import type { Connection } from '../shared/transport/request';
import { DEFAULT_MAX_CALLS, DEFAULT_OVERLAP_MINUTES, DEFAULT_TIME_BUDGET_SECONDS } from './description';
import { isReportState, readFrom, selectNew, startState } from './newRows';
import type { ReportState, Settings } from './newRows';
import { assertQuota } from './quota';
import { fingerprints } from './rowIdentity';
import { bucketLength, rowClockOf, rowSpan, TIMED_REPORTS } from './rowTime';
import type { RowClock, RowSpan } from './rowTime';

const SECOND_MS = 1000;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const SAMPLE_DAYS = 7;

function selectedReport(source: ParamSource): { endpoint: Endpoint; clock: RowClock } {
	const api = textParameter(source, 'report', 0, 'Report');
	const endpoint = findEndpoint('report', api);
	const clock = endpoint && rowClockOf(endpoint);
	if (!endpoint || !clock) {
		throw new NodeOperationError(source.getNode(), `Report "${api}" has no time on its rows`, {
			description: `Use one of: ${TIMED_REPORTS.endpoints.map((e) => e.api).join(', ')}`,
		});
	}
	return { endpoint, clock };
}

/** What the trigger watches and how: its parameters, read and checked before anything is sent. */
interface Watch {
	ctx: IPollFunctions;
	connection: Connection;
	endpoint: Endpoint;
	clock: RowClock;
	params: Record<string, string>;
	simplify: boolean;
	settings: Settings;
	maxCalls: number;
	budgetMs: number;
}

function watchOf(ctx: IPollFunctions, connection: Connection): Watch {
	const source = pollSource(ctx);
	const { endpoint, clock } = selectedReport(source);
	const overlapMinutes = numberParameter(source, 'overlapMinutes', 0, 'Overlap (Minutes)', DEFAULT_OVERLAP_MINUTES, 0, { fractions: true });
	const budgetSeconds = numberParameter(source, 'options.timeBudget', 0, 'Time Budget (Seconds)', DEFAULT_TIME_BUDGET_SECONDS, 1, {
		fractions: true,
	});
	return {
		ctx,
		connection,
		endpoint,
		clock,
		params: paramsOf(source, 0, endpoint),
		simplify: flagParameter(source, 'simplify', 0, 'Simplify', true),
		settings: { overlapMs: overlapMinutes * MINUTE_MS, bucketMs: bucketLength(clock) },
		maxCalls: numberParameter(source, 'options.maxCalls', 0, 'Max Calls per Poll', DEFAULT_MAX_CALLS, 1),
		budgetMs: budgetSeconds * SECOND_MS,
	};
}

/** The rows of a read: as sent, typed once (typedRows), and each typed row's span. */
interface Read {
	raw: IDataObject[];
	typed: IDataObject[];
	spans: Array<RowSpan | undefined>;
}

/** Reads windows in order, typing every row once; raw and typed rows match one to one (a timed report is never keyed). */
async function readWindows(watch: Watch, windows: DateWindow[]): Promise<Read> {
	const { ctx, connection, endpoint, params, clock } = watch;
	const raw = await fetchRows(ctx, connection, { endpoint, params, windows }, { itemIndex: 0 });
	const typed = typedRows(raw, endpoint, connection.timeZone);
	return { raw, typed, spans: typed.map((row) => rowSpan(row, clock, connection.timeZone)) };
}

/** The emitted items: the typed rows with Simplify on, the rows as sent with it off. */
function output(watch: Watch, read: Read, indexes: number[]): INodeExecutionData[] {
	const rows = watch.simplify ? read.typed : read.raw;
	return indexes.map((index) => ({ json: rows[index], pairedItem: { item: 0 } }));
}

/** Fetch Test Event: the latest row of the last day (else of the last week), without touching the poll state. */
async function sample(watch: Watch, now: number): Promise<INodeExecutionData[][]> {
	const { timeZone } = watch.connection;
	const daysAgo = (days: number) => wallAt(now - days * DAY_MS, timeZone);
	let read = await readWindows(watch, splitRange(daysAgo(1), daysAgo(0)));
	if (read.raw.length === 0) read = await readWindows(watch, splitRange(daysAgo(SAMPLE_DAYS), daysAgo(1)));
	let latest: number | undefined;
	let latestStart = -Infinity;
	for (const [index, span] of read.spans.entries()) {
		const start = span?.start ?? -Infinity;
		if (latest === undefined || start >= latestStart) [latest, latestStart] = [index, start];
	}
	if (latest === undefined) {
		throw new NodeOperationError(watch.ctx.getNode(), `No ${watch.endpoint.api} rows in the last ${SAMPLE_DAYS} days`, {
			description:
				'There is no sample row to show. Check the report and its filters, or choose a report with recent activity; the trigger itself will emit rows as they appear.',
		});
	}
	return [output(watch, read, [latest])];
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
	let watch: Watch;
	try {
		watch = watchOf(ctx, connection);
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

	const { timeZone } = connection;
	const { settings } = watch;
	const from = readFrom(begun.state, settings);
	const [fromWall, nowWall] = [wallAt(from, timeZone), wallAt(now, timeZone)];
	// Also when a DST fold puts the wall clock behind `from`: the next poll reads on.
	if (from > now || !isEarlier(fromWall, nowWall)) return null;
	const windows = splitRange(fromWall, nowWall);
	const parts: Read[] = [];
	let readThrough = begun.state.cursor;
	for (const [index, window] of windows.entries()) {
		if (index >= watch.maxCalls || (index > 0 && Date.now() - startedAt >= watch.budgetMs)) break;
		parts.push(await readWindows(watch, [window]));
		// The window's end is its last second, read whole.
		readThrough = instantOf(window.end, timeZone) + SECOND_MS;
	}
	const read: Read = { raw: parts.flatMap((p) => p.raw), typed: parts.flatMap((p) => p.typed), spans: parts.flatMap((p) => p.spans) };

	const ids = fingerprints(read.typed);
	const rows = ids.map((id, index) => ({ id, span: read.spans[index] }));
	const { emit, state } = selectNew(begun.state, rows, readThrough, now, settings);
	staticData.report = state;
	return emit.length > 0 ? [output(watch, read, emit)] : null;
}
