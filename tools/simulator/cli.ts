// Runs the simulator from a shell:
//   npx tsx tools/simulator/cli.ts --port 8787 [--https] [--token T] [--seed N] [--latency MS]
//     [--max-concurrent N] [--daily-quota N] [--row-cap N] [--hour-field date|day|alternate] [--timezone Z]
//     [--no-quirks] [--ca-out FILE] [--now ISO] [--late-minutes N]   (https: writes the self-signed certificate's PEM there for clients to trust)

import { writeFileSync } from 'node:fs';
import { startSimulator, type HourField, type Simulator, type SimulatorOptions } from './server';

function parseArgs(argv: string[]): SimulatorOptions & { caOut?: string } {
	const o: SimulatorOptions & { caOut?: string } = {};
	const int = (name: string, v: string | undefined): number => {
		if (v === undefined || !/^\d+$/.test(v)) throw new Error(`${name} needs a non-negative integer`);
		return Number(v);
	};
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		const value = () => argv[++i];
		switch (flag) {
			case '--port': o.port = int(flag, value()); break;
			case '--https': o.https = true; break;
			case '--token': o.token = value(); break;
			case '--seed': o.seed = int(flag, value()); break;
			case '--latency': o.latencyMs = int(flag, value()); break;
			case '--max-concurrent': o.maxConcurrent = int(flag, value()); break;
			case '--daily-quota': o.dailyQuota = int(flag, value()); break;
			case '--row-cap': o.rowCap = int(flag, value()); break;
			case '--hour-field': o.hourField = value() as HourField; break;
			case '--timezone': o.timezone = value(); break;
			case '--no-quirks': o.envelopeQuirks = false; break;
			case '--ca-out': o.caOut = value(); break;
			case '--late-minutes': o.lateMinutes = int(flag, value()); break;
			case '--now': {
				// Starts the clock at this instant; it then runs on (and POST /__sim/clock moves it).
				const start = new Date(value() ?? '').getTime();
				if (Number.isNaN(start)) throw new Error('--now needs an ISO date');
				const origin = Date.now();
				o.now = () => new Date(start + Date.now() - origin);
				break;
			}
			default: throw new Error(`Unknown option ${flag}`);
		}
	}
	return o;
}

async function main(): Promise<void> {
	const options = parseArgs(process.argv.slice(2));
	// Handlers first, so a signal that arrives while the server is starting still ends the process.
	const started: { sim?: Simulator } = {};
	const stop = () => void (started.sim ? started.sim.close() : Promise.resolve()).finally(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	const sim = await startSimulator(options);
	started.sim = sim;
	if (sim.ca && options.caOut) writeFileSync(options.caOut, sim.ca);
	console.log(`Wolkvox simulator listening on ${sim.url} (token: ${options.token ?? 'sim-token'})`);
}

main().catch((e: unknown) => {
	console.error((e as Error).message);
	process.exit(1);
});
