/** The benchmark's pure parts: summaries, ratios, verdicts, the table, the options. */
import { parseBenchArgs, runs } from '../../tools/bench/options';
import { renderBenchmarks } from '../../tools/bench/report';
import { factLines, formatValue, markdownTable, median, metricsTable, ratio, storedCopies, summarize, verdict } from '../../tools/bench/stats';

describe('median and summaries', () => {
	it('takes the middle value, or the mean of the two middle ones', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
		expect(summarize([3, 9, 1])).toEqual({ median: 3, min: 1, max: 9, rounds: 3 });
	});

	it('gives the ratio to the physical limit and refuses a limit of zero', () => {
		expect(ratio(22_000, (200 * 200) / 2)).toBeCloseTo(1.1);
		expect(() => ratio(1, 0)).toThrow(/positive/);
	});
});

describe('verdicts and formatting', () => {
	const metric = (values: number[], goal?: number) => ({ section: 's', label: 'l', unit: 'ratio' as const, values, goal });

	it('says met, or by how much the median misses', () => {
		expect(verdict(metric([1.05, 1.2, 1.08], 1.1))).toBe('met');
		expect(verdict(metric([1.3, 1.2, 1.25], 1.1))).toBe('missed by 0.15×');
		expect(verdict(metric([1.104], 1.1))).toBe('missed by < 0.01×');
		expect(verdict(metric([2]))).toBe('');
		expect(verdict(metric([NaN], 1))).toBe('not measured');
	});

	it('formats each unit', () => {
		expect(formatValue(1.234, 'ratio')).toBe('1.23×');
		expect(formatValue(1234.4, 'ms')).toBe('1234 ms');
		expect(formatValue(61.04, 'kB')).toBe('61.0 kB');
		expect(formatValue(28, 'count')).toBe('28');
		expect(formatValue(NaN, 'MB')).toBe('n/a');
	});

	it('writes a markdown table, escaping pipes', () => {
		expect(markdownTable(['a', 'b'], [['1', 'x|y']])).toBe('| a | b |\n| --- | --- |\n| 1 | x\\|y |');
		const table = metricsTable([metric([1.2, 1.0, 1.1], 1.1)]);
		expect(table.split('\n')[2]).toBe('| s | l | 1.10× | 1.00× – 1.20× | ≤ 1.10× | met |');
	});
});

describe('records stored', () => {
	it('counts the expected records held once, missing, and the copies past the first', () => {
		const stored = ['a', 'b', 'b', 'c', 'c', 'c', 'seeded'];
		expect(storedCopies(['a', 'b', 'c', 'd'], stored)).toEqual({ once: 1, missing: 1, extra: 3 });
		expect(storedCopies(['a'], [])).toEqual({ once: 0, missing: 1, extra: 0 });
	});
});

describe('facts', () => {
	it('says each line once, naming its rounds unless it held in all of them', () => {
		const said = [
			{ text: 'npm pack: 3 files', round: 0 },
			{ text: 'ended in "success"', round: 1 },
			{ text: 'ended in "error"', round: 2 },
			{ text: 'ended in "success"', round: 3 },
			{ text: 'always', round: 1 },
			{ text: 'always', round: 2 },
			{ text: 'always', round: 3 },
		];
		expect(factLines(said, 3)).toEqual(['npm pack: 3 files', 'ended in "success" (rounds 1, 3)', 'ended in "error" (round 2)', 'always']);
	});
});

describe('options', () => {
	it('has the issue sizes by default and small ones with --quick', () => {
		expect(parseBenchArgs([])).toMatchObject({ rounds: 5, billingItems: 200, reportRows: 59_000, write: false, build: true, latencyMs: 200, only: [] });
		expect(parseBenchArgs([])).toMatchObject({ writeRecords: 25_000, httpWriteRecords: 500 });
		expect(parseBenchArgs(['--quick'])).toMatchObject({ rounds: 1, billingItems: 20, reportRows: 5_000, writeRecords: 2_500, httpWriteRecords: 50 });
		expect(parseBenchArgs(['--quick', '--rounds', '3', '--rows', '9000'])).toMatchObject({ rounds: 3, reportRows: 9_000 });
		expect(parseBenchArgs(['--quick', '--records', '10001', '--http-records', '20'])).toMatchObject({ writeRecords: 10_001, httpWriteRecords: 20 });
	});

	it('reads every flag, and picks scenarios with --only', () => {
		const options = parseBenchArgs(['--write', '--no-build', '--latency', '150', '--only', '1,3', '--note', 'shared machine']);
		expect(options).toMatchObject({ write: true, build: false, latencyMs: 150, only: [1, 3], note: 'shared machine' });
		expect([1, 2, 3, 4, 5].filter((n) => runs(options, n))).toEqual([1, 3]);
		expect([1, 2, 3, 4, 5, 6].filter((n) => runs(parseBenchArgs([]), n))).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('takes scenario names in --only, so the write scenario runs alone', () => {
		const options = parseBenchArgs(['--only', 'writes']);
		expect(options.only).toEqual([6]);
		expect([1, 2, 3, 4, 5, 6].filter((n) => runs(options, n))).toEqual([6]);
		expect(parseBenchArgs(['--only', 'billing, 6']).only).toEqual([1, 6]);
		expect(parseBenchArgs(['--only', 'messaging']).only).toEqual([7]);
	});

	it('refuses what it does not know, with the fix in the message', () => {
		expect(() => parseBenchArgs(['--round', '3'])).toThrow(/unknown option --round \(known: --rounds N/);
		expect(() => parseBenchArgs(['--rounds'])).toThrow('--rounds needs a value');
		expect(() => parseBenchArgs(['--rounds', '0'])).toThrow(/at least 1/);
		expect(() => parseBenchArgs(['--only', '8'])).toThrow(/1 to 7 or names \(billing, ivr, report, http, package, writes, messaging\)/);
		expect(() => parseBenchArgs(['--only', 'write'])).toThrow(/whole number/);
	});
});

describe('BENCHMARKS.md', () => {
	it('holds the date, machine, n8n version, command, rounds, note and results', () => {
		const text = renderBenchmarks({
			started: new Date('2026-11-24T03:00:00Z'),
			machine: { cpu: 'Test CPU', cores: 2, memoryGb: 24, os: 'Debian', loadStart: 3.5, loadEnd: 4 },
			n8n: { version: '2.41.1', nodeVersion: '24.21.0' },
			benchNode: 'v20.19.0',
			command: 'npm run bench -- --write',
			options: { ...parseBenchArgs(['--write']), note: 'Shared machine.' },
			metrics: [{ section: '1. calls', label: 'ratio', unit: 'ratio', values: [1.05], goal: 1.1 }],
			facts: ['a fact'],
			range: { startDate: '2026-10-01T00:00:00', endDate: '2026-10-23T23:59:59', rows: 58_889 },
			batchIntervalMs: 250,
			cap: 2,
			httpBatchedRecords: 50,
			n8nV1: '1.123.81',
		});
		for (const part of ['2026-11-24 03:00 UTC', 'Test CPU, 2 cores, 24 GiB, Debian', '2.41.1 on Node 24.21.0', '`npm run bench -- --write`', '> Shared machine.', '| 1. calls | ratio | 1.05× |', '- a fact', '58,889', 'L = 200 ms', '25,000 records from items into a campaign', 'on 500 items', 'in n8n 1.123.81']) {
			expect(text).toContain(part);
		}
	});
});
