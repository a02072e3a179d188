import type { RowSpan } from './rowTime';

/**
 * The "New Report Rows" state kept in the workflow's static data, and its pure update.
 *
 * - `cursor`: everything before this instant has been read at least once.
 * - `floor`: no row that starts before it is ever emitted (activation time, or Start From). It moves
 *   up with the fingerprints' pruning, so a row whose fingerprint is gone cannot come back (a re-read
 *   reaching further back after a larger Overlap, or an hour row that spans its whole day).
 * - `seen`: fingerprint → row start, for the rows emitted that a later re-read can still meet.
 * - `key`: what is being watched; a different report or filter starts the state over.
 */
export interface ReportState {
	key: string;
	cursor: number;
	floor: number;
	seen: Record<string, number>;
}

export interface Settings {
	/** How far behind the cursor each poll re-reads, for rows Wolkvox shows late. */
	overlapMs: number;
	/** The longest bucket of the report (0 for event rows): a bucket is read again from its start. */
	bucketMs: number;
}

export function isReportState(value: unknown): value is ReportState {
	const state = value as ReportState | undefined;
	return (
		typeof state === 'object' &&
		state !== null &&
		typeof state.key === 'string' &&
		typeof state.cursor === 'number' &&
		typeof state.floor === 'number' &&
		typeof state.seen === 'object'
	);
}

export function startState(key: string, from: number): ReportState {
	return { key, cursor: from, floor: from, seen: {} };
}

/** The first instant a poll reads: the overlap (and a bucket's length) behind the cursor, never before the floor. */
export function readFrom(state: ReportState, settings: Settings): number {
	return Math.max(state.floor, state.cursor - settings.overlapMs - settings.bucketMs);
}

export interface ReadRow {
	id: string;
	/** Undefined when the row's time cannot be read: then it counts as an event seen now. */
	span?: RowSpan;
}

/**
 * Which rows of a read are new, and the state after it. `readThrough` is the instant up to which
 * the read is complete (the end of its last fully read window); `now` is the poll's time.
 *
 * - An event row is emitted the first time it is seen.
 * - A bucket row is emitted once its bucket closed at least the overlap ago: its values are then
 *   final, so the row is emitted once, with its final values; earlier reads of it are ignored.
 * - Rows starting before the floor are never emitted.
 * - Fingerprints are kept only while a later read can still return their row.
 */
export function selectNew(
	state: ReportState,
	rows: ReadRow[],
	readThrough: number,
	now: number,
	settings: Settings,
): { emit: number[]; state: ReportState } {
	const seen = { ...state.seen };
	const emit: number[] = [];
	rows.forEach((row, index) => {
		if (row.id in seen) return;
		const span = row.span ?? { start: now, end: now };
		if (span.start < state.floor) return;
		if (span.end > span.start && span.end + settings.overlapMs > now) return;
		seen[row.id] = span.start;
		emit.push(index);
	});
	const cursor = Math.max(state.cursor, readThrough);
	const next: ReportState = { ...state, cursor, seen };
	const keepFrom = readFrom(next, settings);
	for (const [id, start] of Object.entries(seen)) if (start < keepFrom) delete seen[id];
	next.floor = keepFrom;
	return { emit, state: next };
}
