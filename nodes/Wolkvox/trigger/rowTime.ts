import type { IDataObject } from 'n8n-workflow';

import { findResource } from '../shared/catalog';
import type { Endpoint, Field, FieldType, Resource } from '../shared/catalog';
import { instantOf, instantOfIso, parseWolkvoxTimestamp } from '../shared/dates';

const HOUR_MS = 3_600_000;

/**
 * How a report's rows sit in time, read from the catalog's field types: the first field typed as a
 * time. A `timestamp` marks an event (a call, a chat) that is final once seen; an `hour` or `date`
 * marks a bucket (an hour, a day) whose values keep filling while it is current.
 */
export interface RowClock {
	field: Field;
	kind: 'event' | 'bucket';
}

const KIND_OF: Partial<Record<FieldType, RowClock['kind']>> = { timestamp: 'event', hour: 'bucket', date: 'bucket' };

/** Undefined for a report without row times; also for a keyed answer, whose rows are keys of one object. */
export function rowClockOf(endpoint: Endpoint): RowClock | undefined {
	const field = endpoint.fields.find((f) => KIND_OF[f.type] !== undefined);
	const timed = field && endpoint.dateRange && !endpoint.totals && !endpoint.keyedBy;
	return timed ? { field, kind: KIND_OF[field.type] as RowClock['kind'] } : undefined;
}

const reports = findResource('report') as Resource;

/** The reports the trigger offers: those whose rows carry a time, in the Wolkvox node's catalog. */
export const TIMED_REPORTS: Resource = {
	...reports,
	endpoints: reports.endpoints.filter((endpoint) => rowClockOf(endpoint) !== undefined),
};

/** Where a row sits: its first instant and, for a bucket, the instant its bucket closes. */
export interface RowSpan {
	start: number;
	end: number;
}

/**
 * The span of a typed row (typedRows) in the operation's zone; undefined when its time is missing or
 * was unreadable (typing then kept it as sent). Hours and timestamps come typed with their offset.
 */
export function rowSpan(row: IDataObject, clock: RowClock, timeZone: string): RowSpan | undefined {
	const value = row[clock.field.name];
	if (typeof value !== 'string') return undefined;
	if (clock.field.type !== 'date') {
		const start = instantOfIso(value);
		if (start === undefined) return undefined;
		return { start, end: clock.kind === 'event' ? start : start + HOUR_MS };
	}
	const day = parseWolkvoxTimestamp(value);
	if (!day) return undefined;
	// To the next midnight of the zone (Date.UTC inside instantOf rolls day 32 into the next month).
	return { start: instantOf(day, timeZone), end: instantOf({ ...day, day: day.day + 1 }, timeZone) };
}

/** The longest span a row of this clock can have: what a re-read must reach back beyond the overlap. */
export function bucketLength(clock: RowClock): number {
	if (clock.kind === 'event') return 0;
	return clock.field.type === 'hour' ? HOUR_MS : 25 * HOUR_MS;
}
