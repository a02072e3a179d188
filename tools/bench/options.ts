/**
 * `npm run bench -- [--rounds N] [--quick] [--write] [--no-build] [--latency MS] [--rows N]
 * [--records N] [--http-records N] [--only 1,3|writes|messaging] [--note TEXT]`
 */

export interface BenchOptions {
	rounds: number;
	quick: boolean;
	/** Write BENCHMARKS.md from this run. */
	write: boolean;
	/** Run `npm run build` first (off: use the dist/ there is). */
	build: boolean;
	/** The simulator's fixed latency L per answer. */
	latencyMs: number;
	/** A sentence for BENCHMARKS.md, e.g. that the machine was shared. */
	note?: string;
	/** Billing items of the throughput scenario. */
	billingItems: number;
	/** Rows wanted in the large report (just under Wolkvox's 60,000 cap in a full run). */
	reportRows: number;
	/** Records of the write scenario (Add Records from items). */
	writeRecords: number;
	/** Items of HTTP Request's write workflows, one call each (fewer than writeRecords: each is a call). */
	httpWriteRecords: number;
	/** Scenario numbers to run (1–7); all when empty. */
	only: number[];
}

/** Names `--only` takes besides the numbers. */
export const SCENARIOS: Readonly<Record<string, number>> = { billing: 1, ivr: 2, report: 3, http: 4, package: 5, writes: 6, messaging: 7 };
const LAST_SCENARIO = 7;

export const DEFAULT_LATENCY_MS = 200;

export function parseBenchArgs(argv: string[]): BenchOptions {
	const options: BenchOptions = { rounds: 5, quick: false, write: false, build: true, latencyMs: DEFAULT_LATENCY_MS, billingItems: 200, reportRows: 59_000, writeRecords: 25_000, httpWriteRecords: 500, only: [] };
	let rowsGiven = false;
	let roundsGiven = false;
	let recordsGiven = false;
	let httpRecordsGiven = false;
	const value = (index: number, flag: string): string => {
		const v = argv[index + 1];
		if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
		return v;
	};
	const positive = (text: string, flag: string): number => {
		const n = Number(text);
		if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a whole number of at least 1, got "${text}"`);
		return n;
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		switch (arg) {
			case '--quick':
				options.quick = true;
				break;
			case '--write':
				options.write = true;
				break;
			case '--no-build':
				options.build = false;
				break;
			case '--rounds':
				options.rounds = positive(value(i++, arg), arg);
				roundsGiven = true;
				break;
			case '--latency':
				options.latencyMs = positive(value(i++, arg), arg);
				break;
			case '--rows':
				options.reportRows = positive(value(i++, arg), arg);
				rowsGiven = true;
				break;
			case '--records':
				options.writeRecords = positive(value(i++, arg), arg);
				recordsGiven = true;
				break;
			case '--http-records':
				options.httpWriteRecords = positive(value(i++, arg), arg);
				httpRecordsGiven = true;
				break;
			case '--only':
				options.only = value(i++, arg)
					.split(',')
					.map((n) => SCENARIOS[n.trim()] ?? positive(n.trim(), arg));
				if (options.only.some((n) => n > LAST_SCENARIO)) throw new Error(`--only takes scenario numbers 1 to ${LAST_SCENARIO} or names (${Object.keys(SCENARIOS).join(', ')})`);
				break;
			case '--note':
				options.note = value(i++, arg);
				break;
			default:
				throw new Error(`unknown option ${arg} (known: --rounds N, --quick, --write, --no-build, --latency MS, --rows N, --records N, --http-records N, --only 1,3|writes, --note TEXT)`);
		}
	}
	if (options.quick) {
		// Small sizes for development: the same scenarios, minutes less.
		options.billingItems = 20;
		if (!rowsGiven) options.reportRows = 5_000;
		if (!roundsGiven) options.rounds = 1;
		if (!recordsGiven) options.writeRecords = 2_500;
		if (!httpRecordsGiven) options.httpWriteRecords = 50;
	}
	return options;
}

export function runs(options: BenchOptions, scenario: number): boolean {
	return options.only.length === 0 || options.only.includes(scenario);
}
