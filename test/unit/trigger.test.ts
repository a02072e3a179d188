/** The Wolkvox Trigger's pure parts: poll cost, thresholds, row identity, the cursor update. */
import type { IDataObject } from 'n8n-workflow';

import { cronPerDay, pollsPerDay, quotaProblem } from '../../nodes/Wolkvox/trigger/budget';
import { readFrom, selectNew, startState } from '../../nodes/Wolkvox/trigger/newRows';
import { fingerprint, fingerprints } from '../../nodes/Wolkvox/trigger/rowIdentity';
import { bucketLength, rowClockOf, rowSpan, TIMED_REPORTS } from '../../nodes/Wolkvox/trigger/rowTime';
import { checkThreshold } from '../../nodes/Wolkvox/trigger/threshold';
import { findEndpoint } from '../../nodes/Wolkvox/shared/catalog';
import { typedRows } from '../../nodes/Wolkvox/shared/pipeline/typedRows';
import { WolkvoxTrigger } from '../../nodes/Wolkvox/WolkvoxTrigger.node';

describe('poll cost', () => {
	it.each([
		[{ item: [{ mode: 'everyMinute' }] }, 1440],
		[{ item: [{ mode: 'everyHour' }] }, 24],
		[{ item: [{ mode: 'everyX', value: 5, unit: 'minutes' }] }, 288],
		[{ item: [{ mode: 'everyX', value: 7, unit: 'minutes' }] }, 216],
		[{ item: [{ mode: 'everyX', value: 2, unit: 'hours' }] }, 12],
		[{ item: [{ mode: 'everyDay' }, { mode: 'everyWeek' }] }, 2],
		[{ item: [{ mode: 'custom', cronExpression: '*/5 * * * * *' }] }, 17280],
		[{ item: [{ mode: 'custom', cronExpression: '0 */10 8-17 * * 1-5' }] }, 60],
		[{ item: [{ mode: 'custom', cronExpression: '*/15 * * * *' }] }, 96],
		[{ item: [{ mode: 'custom', cronExpression: '@hourly' }] }, undefined],
		[{ item: [] }, undefined],
	])('%j polls at most %p times a day', (pollTimes, expected) => {
		expect(pollsPerDay(pollTimes)).toBe(expected);
	});

	it('reads cron lists and ranges', () => {
		expect(cronPerDay('0,30 9,12,15 * * *')).toBe(6);
	});

	it('refuses only what would reach the limit', () => {
		expect(quotaProblem(288, 3, 1000)).toBeUndefined();
		expect(quotaProblem(288, 4, 1000)).toMatch(/1152 Wolkvox tokens a day \(288 polls × 4 calls\).*limit is 1000/);
	});
});

describe('threshold', () => {
	it('fires once a month at or above the threshold, and re-arms on a new month', () => {
		let state = checkThreshold(undefined, '2026-03', 99, 100);
		expect(state.fire).toBe(false);
		state = checkThreshold(state.state, '2026-03', 100, 100);
		expect(state.fire).toBe(true);
		state = checkThreshold(state.state, '2026-03', 150, 100);
		expect(state).toEqual({ fire: false, state: { month: '2026-03', fired: true } });
		state = checkThreshold(state.state, '2026-04', 10, 100);
		expect(state).toEqual({ fire: false, state: { month: '2026-04', fired: false } });
		expect(checkThreshold(state.state, '2026-04', 100, 100).fire).toBe(true);
	});

	it('is not re-armed by a counter still dated an earlier month', () => {
		const fired = { month: '2026-04', fired: true };
		expect(checkThreshold(fired, '2026-03', 500, 100)).toEqual({ fire: false, state: fired });
	});
});

describe('row identity', () => {
	it('depends on content, not on key order or position', () => {
		expect(fingerprint({ a: '1', b: { c: 2, d: [1, 2] } })).toBe(fingerprint({ b: { d: [1, 2], c: 2 }, a: '1' }));
		expect(fingerprint({ a: '1' })).not.toBe(fingerprint({ a: '2' }));
		expect(fingerprint({ a: '1' })).toMatch(/^[0-9a-f]{16}$/);
	});

	it('tells identical rows of one read apart by rank', () => {
		const [a, b, c] = fingerprints([{ x: 1 }, { x: 1 }, { x: 2 }]);
		expect(b).toBe(`${a}.1`);
		expect(new Set([a, b, c]).size).toBe(3);
	});
});

describe('row time from the catalog', () => {
	it('offers only reports whose rows carry a time, and knows events from buckets', () => {
		const apis = TIMED_REPORTS.endpoints.map((e) => e.api);
		expect(apis).toEqual(expect.arrayContaining(['cdr_1', 'diagram_1', 'diagram_1_1', 'diagram_1_2', 'chat_1']));
		expect(apis).not.toContain('skill_1');
		// agent_1 totals the range per agent: its first-login timestamp is no row time.
		expect(apis).not.toContain('agent_1');
		expect(TIMED_REPORTS.endpoints.filter((e) => e.totals)).toEqual([]);
		// A keyed answer's rows are made from one object: the trigger needs raw and typed rows one to one.
		expect(TIMED_REPORTS.endpoints.filter((e) => e.keyedBy)).toEqual([]);
		const clockOf = (api: string) => rowClockOf(findEndpoint('report', api)!);
		expect(clockOf('cdr_1')).toMatchObject({ kind: 'event' });
		expect(clockOf('diagram_1_2')).toMatchObject({ kind: 'bucket' });
		expect(bucketLength(clockOf('diagram_1_2')!)).toBe(3_600_000);
	});

	it('reads the span of a typed row in the zone, its time sent under the field or its alias', () => {
		const spanOf = (api: string, raw: IDataObject) => {
			const endpoint = findEndpoint('report', api)!;
			const [typed] = typedRows([raw], endpoint, 'America/Bogota');
			return rowSpan(typed, rowClockOf(endpoint)!, 'America/Bogota');
		};
		expect(spanOf('diagram_1_2', { day: '2026031810' })).toEqual({
			start: Date.parse('2026-03-18T15:00:00Z'),
			end: Date.parse('2026-03-18T16:00:00Z'),
		});
		expect(spanOf('diagram_1_1', { day: '2026-03-31' })).toEqual({
			start: Date.parse('2026-03-31T05:00:00Z'),
			end: Date.parse('2026-04-01T05:00:00Z'),
		});
		expect(spanOf('cdr_1', { date: '2026-03-18 10:15:30' })).toEqual({
			start: Date.parse('2026-03-18T15:15:30Z'),
			end: Date.parse('2026-03-18T15:15:30Z'),
		});
		expect(spanOf('diagram_1_1', { day: 'soon' })).toBeUndefined();
		expect(spanOf('diagram_1_2', { day: '2026-03-18' })).toBeUndefined();
		expect(spanOf('cdr_1', {})).toBeUndefined();
	});
});

describe('cursor update', () => {
	const settings = { overlapMs: 60_000, bucketMs: 0 };

	it('emits unseen rows once, never before the floor, and prunes what no read can return', () => {
		const state = startState('k', 1_000_000);
		const first = selectNew(state, [{ id: 'a', span: { start: 1_010_000, end: 1_010_000 } }, { id: 'old', span: { start: 900_000, end: 900_000 } }], 1_100_000, 1_100_000, settings);
		expect(first.emit).toEqual([0]);
		expect(first.state.cursor).toBe(1_100_000);
		expect(readFrom(first.state, settings)).toBe(1_040_000);
		expect(first.state.seen).toEqual({}); // a (1_010_000) is before the next read's start
		const b = { id: 'b', span: { start: 1_150_000, end: 1_150_000 } };
		const second = selectNew(first.state, [b], 1_200_000, 1_200_000, settings);
		expect(second.emit).toEqual([0]);
		expect(second.state.seen).toEqual({ b: 1_150_000 });
		expect(selectNew(second.state, [b], 1_210_000, 1_210_000, settings).emit).toEqual([]);
	});

	it('holds a bucket row until its bucket closed the overlap ago', () => {
		const buckets = { overlapMs: 60_000, bucketMs: 3_600_000 };
		const state = startState('k', 0);
		const row = { id: 'h', span: { start: 0, end: 3_600_000 } };
		expect(selectNew(state, [row], 3_650_000, 3_650_000, buckets).emit).toEqual([]);
		expect(selectNew(state, [row], 3_660_000, 3_660_000, buckets).emit).toEqual([0]);
	});

	it('never emits again a row whose fingerprint was pruned, even when a re-read returns it', () => {
		// agent_8: an hour's row carries only its day, so its span is the whole day; the API still
		// returns it to any read that starts before its hour, long after the day's rows were emitted.
		const day = { overlapMs: 60 * 60_000, bucketMs: 25 * 3_600_000 };
		const hourRow = { id: 'h11', span: { start: 0, end: 86_400_000 } };
		let { state } = { state: startState('k', 0) };
		const emitted: number[] = [];
		for (let now = 0; now <= 4 * 86_400_000; now += 5 * 60_000) {
			const polled = selectNew(state, [hourRow], now, now, day);
			emitted.push(...polled.emit.map(() => now));
			state = polled.state;
		}
		expect(emitted).toEqual([86_400_000 + 60 * 60_000]);
		expect(state.seen).toEqual({});
	});

	it('never reads behind what it pruned when the Overlap is raised', () => {
		const small = { overlapMs: 60_000, bucketMs: 0 };
		const first = selectNew(startState('k', 0), [{ id: 'a', span: { start: 500_000, end: 500_000 } }], 1_000_000, 1_000_000, small);
		expect(first.state.seen).toEqual({});
		const large = { overlapMs: 900_000, bucketMs: 0 };
		expect(readFrom(first.state, large)).toBeGreaterThan(500_000);
		expect(selectNew(first.state, [{ id: 'a', span: { start: 500_000, end: 500_000 } }], 1_100_000, 1_100_000, large).emit).toEqual([]);
	});
});

describe('trigger description', () => {
	const { description } = new WolkvoxTrigger();
	const named = (name: string) => description.properties.filter((p) => p.name === name);

	it('offers, per report family, exactly the reports whose rows carry a time', () => {
		const offered = named('report').flatMap((p) => (p.options ?? []).map((o) => (o as { value: string }).value));
		expect(offered.sort()).toEqual(TIMED_REPORTS.endpoints.map((e) => e.api).sort());
		for (const p of named('report')) expect(p.displayOptions?.show?.event).toEqual(['newReportRows']);
	});

	it('shows a report parameter, as on the Wolkvox node, only for the reports that take it', () => {
		const [skill] = named('skill_id');
		expect(skill.displayOptions?.show).toMatchObject({ event: ['newReportRows'], report: expect.arrayContaining(['skill_2', 'skill_10']) });
		expect(skill.typeOptions?.loadOptionsMethod).toBe('getSkillsOrAll');
		expect(Object.keys(new WolkvoxTrigger().methods.loadOptions)).toContain('getSkillsOrAll');
	});

	it('is a polling trigger on the Wolkvox credential', () => {
		expect(description).toMatchObject({ name: 'wolkvoxTrigger', displayName: 'Wolkvox Trigger', polling: true, group: ['trigger'], inputs: [] });
		expect(description.credentials).toEqual([{ name: 'wolkvoxApi', required: true }]);
	});
});
