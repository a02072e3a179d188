/** `npm run bench -- [--rounds N] [--quick] [--write] [--no-build] [--latency MS] [--rows N] [--only 1,3] [--note TEXT]` */

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
	/** Scenario numbers to run (1–5); all when empty. */
	only: number[];
}

export const DEFAULT_LATENCY_MS = 200;

export function parseBenchArgs(argv: string[]): BenchOptions {
	const options: BenchOptions = { rounds: 5, quick: false, write: false, build: true, latencyMs: DEFAULT_LATENCY_MS, billingItems: 200, reportRows: 59_000, only: [] };
	let rowsGiven = false;
	let roundsGiven = false;
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
			case '--only':
				options.only = value(i++, arg)
					.split(',')
					.map((n) => positive(n.trim(), arg));
				if (options.only.some((n) => n > 5)) throw new Error('--only takes scenario numbers 1 to 5');
				break;
			case '--note':
				options.note = value(i++, arg);
				break;
			default:
				throw new Error(`unknown option ${arg} (known: --rounds N, --quick, --write, --no-build, --latency MS, --rows N, --only 1,3, --note TEXT)`);
		}
	}
	if (options.quick) {
		// Small sizes for development: the same scenarios, minutes less.
		options.billingItems = 20;
		if (!rowsGiven) options.reportRows = 5_000;
		if (!roundsGiven) options.rounds = 1;
	}
	return options;
}

export function runs(options: BenchOptions, scenario: number): boolean {
	return options.only.length === 0 || options.only.includes(scenario);
}
