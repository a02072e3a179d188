/**
 * "New Report Rows" poll after poll in n8n's real poll context against the simulator's deterministic
 * data: the union of what the polls emitted is exactly the rows of the whole period, each once.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { formatWolkvox, wallAt } from '../../nodes/Wolkvox/shared/dates';
import * as typing from '../../nodes/Wolkvox/shared/typing';
import type { Simulator } from '../../tools/simulator/server';
import {
	HOUR, MINUTE, ZONE, every, expectOk, pollAt, restarted, rowKey, rowsOfLongPeriod, rowsOfPeriod, setNow, startSim,
	triggerHarness, useTestClock,
} from './triggerSetup';

const LATE_MINUTES = 20;
const OVERLAP_MINUTES = 30;
let sim: Simulator;

// Hundreds of polls, each a real HTTP exchange with the simulator: more than jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

beforeAll(async () => {
	useTestClock();
	sim = await startSim({ lateMinutes: LATE_MINUTES });
});
afterAll(async () => {
	await sim.close();
	jest.useRealTimers();
});

const timeOf = (row: IDataObject, field = 'date') => Date.parse(String(row[field]));

function rowsParams(report: string, reportFamily: string, extra: INodeParameters = {}): INodeParameters {
	return { event: 'newReportRows', reportFamily, report, overlapMinutes: OVERLAP_MINUTES, ...extra };
}

/** Each row once: no key twice. */
function expectNoRepeat(rows: IDataObject[]): void {
	const keys = rows.map(rowKey);
	expect(new Set(keys).size).toBe(keys.length);
}

function expectSameRows(actual: IDataObject[], expected: IDataObject[]): void {
	expect(actual.map(rowKey).sort()).toEqual(expected.map(rowKey).sort());
}

describe('event rows (cdr_1)', () => {
	const params = rowsParams('cdr_1', 'cdr');

	it('across late-arriving rows, a day boundary and a restart: none missed, none twice', async () => {
		const activation = setNow('2026-03-18T22:00:00Z'); // 17:00 in Bogota
		const first = triggerHarness(sim, params);
		expect(expectOk(await first.poll())).toEqual([]); // the first poll starts from now
		const restartAt = Date.parse('2026-03-19T06:00:00Z');
		const end = Date.parse('2026-03-19T13:00:00Z'); // 08:00 the next day in Bogota (nights have no calls)
		const before = await pollAt(first, every(activation + 5 * MINUTE, restartAt, 5 * MINUTE));
		const second = restarted(sim, params, first);
		const after = await pollAt(second, every(restartAt + 5 * MINUTE, end, 5 * MINUTE));
		const emitted = [...before, ...after];

		expectNoRepeat(emitted.map((e) => e.row));
		// Everything that had arrived by the last poll was emitted; nothing outside the period was.
		const settled = await rowsOfPeriod(sim, 'cdr_1', activation, end - LATE_MINUTES * MINUTE);
		const visible = await rowsOfPeriod(sim, 'cdr_1', activation, end);
		const keys = new Set(emitted.map((e) => rowKey(e.row)));
		expect(settled.filter((row) => !keys.has(rowKey(row)))).toEqual([]);
		const visibleKeys = new Set(visible.map(rowKey));
		expect(emitted.filter((e) => !visibleKeys.has(rowKey(e.row)))).toEqual([]);
		// The period really holds late rows, rows on both days and rows on both sides of the restart.
		expect(emitted.some((e) => e.at - timeOf(e.row) > 10 * MINUTE)).toBe(true);
		const localDays = new Set(emitted.map((e) => String(e.row.date).slice(0, 10)));
		expect([...localDays].sort()).toEqual(['2026-03-18', '2026-03-19']);
		expect(before.length).toBeGreaterThan(0);
		expect(after.length).toBeGreaterThan(0);
	});

	it('across a month boundary, polled every 30 minutes', async () => {
		const activation = setNow('2026-03-31T20:00:00Z');
		const harness = triggerHarness(sim, params);
		await harness.poll();
		const end = Date.parse('2026-04-01T14:00:00Z');
		const emitted = (await pollAt(harness, every(activation + 30 * MINUTE, end, 30 * MINUTE))).map((e) => e.row);
		expectNoRepeat(emitted);
		const settled = await rowsOfPeriod(sim, 'cdr_1', activation, end - LATE_MINUTES * MINUTE);
		const keys = new Set(emitted.map(rowKey));
		expect(settled.filter((row) => !keys.has(rowKey(row)))).toEqual([]);
		expect(new Set(emitted.map((row) => String(row.date).slice(0, 7)))).toEqual(new Set(['2026-03', '2026-04']));
	});
});

describe('bucket rows', () => {
	it('hourly rows (diagram_1_2) are emitted once, with their final values, after their hour is over', async () => {
		const params = rowsParams('diagram_1_2', 'diagram');
		const activation = setNow('2026-03-18T11:00:00Z'); // 06:00 in Bogota
		const harness = triggerHarness(sim, params);
		await harness.poll();
		const end = Date.parse('2026-03-18T20:00:00Z');
		const emitted = await pollAt(harness, every(activation + 10 * MINUTE, end, 10 * MINUTE));

		// While an hour is current (and a while after), the simulator's value is still filling.
		const hour = Date.parse('2026-03-18T15:00:00Z');
		setNow(hour + 30 * MINUTE);
		const [filling] = await rowsOfPeriod(sim, 'diagram_1_2', hour, hour);
		setNow(end + 3 * HOUR);
		const [final] = await rowsOfPeriod(sim, 'diagram_1_2', hour, hour);
		expect(Number(filling.calls)).toBeLessThan(Number(final.calls));

		const finalRows = await rowsOfPeriod(sim, 'diagram_1_2', activation, end);
		const closed = finalRows.filter((row) => timeOf(row) + HOUR + OVERLAP_MINUTES * MINUTE <= end);
		expectSameRows(emitted.map((e) => e.row), closed);
		for (const e of emitted) expect(e.at).toBeGreaterThanOrEqual(timeOf(e.row) + HOUR + OVERLAP_MINUTES * MINUTE);
	});

	it('daily rows (diagram_1_1) across a month boundary: each closed day once, final', async () => {
		const params = rowsParams('diagram_1_1', 'diagram');
		const activation = setNow('2026-03-30T17:00:00Z'); // 12:00 in Bogota
		const harness = triggerHarness(sim, params);
		await harness.poll();
		const end = Date.parse('2026-04-02T17:00:00Z');
		const emitted = (await pollAt(harness, every(activation + HOUR, end, HOUR))).map((e) => e.row);
		expect(emitted.map((row) => row.day)).toEqual(['2026-03-31', '2026-04-01']);
		const finalRows = await rowsOfPeriod(sim, 'diagram_1_1', activation, end);
		expectSameRows(emitted, finalRows.filter((row) => ['2026-03-31', '2026-04-01'].includes(String(row.day))));
	});
});

describe('catching up', () => {
	it('Start From and a multi-day gap: caught up over several polls within the call budget, nothing lost', async () => {
		const params = rowsParams('diagram_1', 'diagram', { startFrom: '2026-01-08T10:00:00', options: { maxCalls: 1 } });
		const start = Date.parse('2026-01-08T15:00:00Z'); // Start From, in Bogota
		setNow('2026-01-10T15:00:00Z');
		const harness = triggerHarness(sim, params);
		const backlog = expectOk(await harness.poll());
		expect(backlog.length).toBeGreaterThan(0);
		expect(Math.min(...backlog.map((row) => timeOf(row)))).toBeGreaterThanOrEqual(start);

		// n8n was down for 45 days: one 31-day window per poll, the rest left for the next polls.
		const back = Date.parse('2026-02-24T15:00:00Z');
		const polls: IDataObject[][] = [];
		const calls: number[] = [];
		for (let at = back; polls.length < 6; at += 5 * MINUTE) {
			setNow(at);
			const before = sim.stats.log.length;
			polls.push(expectOk(await harness.poll()));
			calls.push(sim.stats.log.slice(before).filter((entry) => entry.query.api === 'diagram_1').length);
		}
		expect(calls.every((n) => n <= 1)).toBe(true); // token_info aside, once a day
		expect(polls[0].length).toBeGreaterThan(0);
		expect(polls[1].length).toBeGreaterThan(0); // the gap took more than one poll
		const emitted = [...backlog, ...polls.flat()];
		expectNoRepeat(emitted);
		const end = back + 25 * MINUTE;
		const settled = await rowsOfLongPeriod(sim, 'diagram_1', start, end - LATE_MINUTES * MINUTE);
		const keys = new Set(emitted.map(rowKey));
		expect(settled.filter((row) => !keys.has(rowKey(row)))).toEqual([]);
		expect(settled.length).toBeGreaterThan(5000);
	});
});

describe('Fetch Test Event (manual mode)', () => {
	it('returns the latest row of the last days and leaves the poll state alone', async () => {
		setNow('2026-03-18T20:00:00Z');
		const harness = triggerHarness(sim, { event: 'newReportRows', reportFamily: 'cdr', report: 'cdr_1' });
		const [sample, ...rest] = expectOk(await harness.poll('manual'));
		expect(rest).toEqual([]);
		const lastHour = await rowsOfPeriod(sim, 'cdr_1', Date.now() - HOUR, Date.now());
		expect(sample).toEqual(lastHour[lastHour.length - 1]);
		expect(harness.staticData).toEqual({});
	});

	it('says plainly when there is no row to show', async () => {
		setNow('2026-03-18T20:00:00Z');
		const harness = triggerHarness(sim, { event: 'newReportRows', reportFamily: 'diagram', report: 'diagram_1', customer_id: 'no-such-customer' });
		const { error } = await harness.poll('manual');
		expect(error?.message).toBe('No diagram_1 rows in the last 7 days');
		expect(error?.description).toMatch(/no sample row/);
	});
});

describe('typing', () => {
	it('types each row read once per poll, and emits that typed row', async () => {
		const activation = setNow('2026-03-18T20:00:00Z');
		const harness = triggerHarness(sim, rowsParams('cdr_1', 'cdr'));
		expectOk(await harness.poll());
		setNow(activation + 2 * HOUR);
		const simplify = jest.spyOn(typing, 'simplifyRow');
		try {
			const emitted = expectOk(await harness.poll());
			const typedRaw = simplify.mock.calls.map(([raw]) => raw);
			expect(emitted.length).toBeGreaterThan(0);
			expect(typedRaw.length).toBeGreaterThanOrEqual(emitted.length);
			expect(new Set(typedRaw).size).toBe(typedRaw.length);
			const typed = simplify.mock.results.map((result) => rowKey(result.value as IDataObject));
			expect(emitted.every((row) => typed.includes(rowKey(row)))).toBe(true);
		} finally {
			simplify.mockRestore();
		}
	});
});

describe('parameters from expressions', () => {
	// The Wolkvox node's checked readers, with its messages: nothing is sent before they pass.
	it.each([
		['Simplify "maybe"', { simplify: '={{ "maybe" }}' }, /^Simplify must be true or false, not "maybe"$/, /Set Simplify with the switch/],
		['Overlap "an hour"', { overlapMinutes: '={{ "an hour" }}' }, /^Overlap \(Minutes\) must be a number of at least 0, not "an hour"$/, /leave it out for the default \(60\)/],
		['Overlap -5', { overlapMinutes: '={{ -5 }}' }, /^Overlap \(Minutes\) must be a number of at least 0, not -5$/, /Set Overlap \(Minutes\) to 0 or more/],
		['Max Calls 2.5', { options: { maxCalls: '={{ 2.5 }}' } }, /^Max Calls per Poll must be a whole number of at least 1, not 2.5$/, /default \(10\)/],
		['Time Budget [60]', { options: { timeBudget: '={{ [60] }}' } }, /^Time Budget \(Seconds\) must be a number of at least 1, not \[60\]$/, /default \(60\)/],
		['a Report object', { report: '={{ { api: "cdr_1" } }}' }, /^Report must be text or a number, not an object$/, /Check the expression of Report/],
	])('refuses %s in a poll and in Fetch Test Event, sending nothing', async (_what, extra, message, fix) => {
		const quiet = await startSim();
		try {
			setNow('2026-03-18T20:00:00Z');
			const harness = triggerHarness(quiet, { ...rowsParams('cdr_1', 'cdr'), ...extra });
			for (const mode of ['trigger', 'manual'] as const) {
				const { error } = await harness.poll(mode);
				expect(error?.message).toMatch(message);
				expect(error?.description).toMatch(fix);
			}
			expect(quiet.stats.requests).toBe(0);
		} finally {
			await quiet.close();
		}
	});

	it('reads a fractional overlap and time budget as given', async () => {
		sim.reset();
		const activation = setNow('2026-03-18T20:00:00Z');
		const params = rowsParams('cdr_1', 'cdr', { startFrom: '2026-03-18T14:00:00', overlapMinutes: '={{ 7.5 }}', options: { timeBudget: '={{ 30.5 }}' } });
		const harness = triggerHarness(sim, params);
		expectOk(await harness.poll());
		setNow(activation + 5 * MINUTE);
		expectOk(await harness.poll());
		const reads = sim.stats.log.filter((entry) => entry.query.api === 'cdr_1').map((entry) => entry.query.date_ini);
		// The first poll reads from Start From up to its now; the second from 7.5 minutes before that.
		expect(reads).toEqual(['20260318140000', formatWolkvox(wallAt(activation + 1000 - 7.5 * MINUTE, ZONE))]);
	});
});

describe('token budget', () => {
	it('refuses poll times that would spend the daily quota, with the numbers', async () => {
		const small = await startSim({ dailyQuota: 1000 });
		try {
			setNow('2026-03-18T20:00:00Z');
			const harness = triggerHarness(small, { event: 'newReportRows', reportFamily: 'cdr', report: 'cdr_1', pollTimes: { item: [{ mode: 'everyMinute' }] } });
			const { error } = await harness.poll();
			expect(error?.message).toBe("These poll times would cost 1440 Wolkvox tokens a day (1440 polls × 1 call), and the operation's daily limit is 1000");
			expect(error?.description).toMatch(/every 5 minutes/);
		} finally {
			await small.close();
		}
	});

	it('asks token_info once a day, not every poll', async () => {
		sim.reset();
		const activation = setNow('2026-03-18T20:00:00Z');
		const harness = triggerHarness(sim, { event: 'newReportRows', reportFamily: 'cdr', report: 'cdr_1' });
		await pollAt(harness, every(activation, activation + 30 * MINUTE, 5 * MINUTE));
		const apis = sim.stats.log.map((entry) => entry.query.api);
		expect(apis.filter((api) => api === 'token_info')).toEqual(['token_info']);
		expect(apis.filter((api) => api === 'cdr_1')).toHaveLength(6); // the first poll only starts the cursor
	});
});

describe('a zone with DST (Madrid)', () => {
	it('polls through the night the clocks go back (02:00–03:00 twice) without failing or repeating a row', async () => {
		const madrid = await startSim({ lateMinutes: LATE_MINUTES, timezone: 'Europe/Madrid' });
		try {
			const params = rowsParams('cdr_1', 'cdr');
			setNow('2026-10-24T21:00:00Z'); // 23:00 summer time
			const harness = triggerHarness(madrid, params, undefined, 'Europe/Madrid');
			expect(expectOk(await harness.poll())).toEqual([]);
			// 5-minute polls to 11:00 winter time: at 01:05Z the wall clock reads 02:05, behind the read
			// start (02:30 summer time, the Overlap before the cursor); each poll must still succeed.
			const emitted = await pollAt(harness, every(Date.parse('2026-10-24T21:05:00Z'), Date.parse('2026-10-25T10:00:00Z'), 5 * MINUTE));
			expect(emitted.length).toBeGreaterThan(0);
			expectNoRepeat(emitted.map((e) => e.row));
		} finally {
			await madrid.close();
		}
	});
});
