/** BENCHMARKS.md as `npm run bench -- --write` writes it: the run, the results, the method. */
import type { N8nInstall } from '../lib/n8n';
import type { BenchOptions } from './options';
import type { Machine } from './probes';
import { markdownTable, metricsTable, type Metric } from './stats';

export interface BenchRun {
	started: Date;
	machine: Machine;
	n8n: Pick<N8nInstall, 'version' | 'nodeVersion'>;
	benchNode: string;
	command: string;
	options: BenchOptions;
	metrics: Metric[];
	facts: string[];
	range: { startDate: string; endDate: string; rows: number };
	batchIntervalMs: number;
	cap: number;
}

/** What the numbers mean, true of any run (the figures are in the table above it). */
export const READING = `## Reading the numbers

- **n8n's own work per call sits inside the slot.** A request holds one of the credential's slots
  from the moment the node calls n8n's \`httpRequestWithAuthentication\` (which reads and decrypts
  the credential and applies its header) until the answer is parsed. That client time between an
  answer and the next request (scenario 1, setting 1) is what keeps the ratio above 1.00: at
  L = 200 ms, every 10 ms of it costs 0.05 at setting 2. The node prepares one item more than it
  has slots, so reading parameters and planning the next item happen while requests are out.
- **A report's windows are fetched side by side** within the slots (they used to go one after the
  other: ratio about 2 at setting 2). Over only 6 round trips, the node's start and the typing of
  the rows after the last window weigh more than over 200 calls.
- **The large report:** both workflows receive the same answer through n8n's HTTP client and parse
  it; our node then types every field (timestamps to ISO 8601 with the zone's offset, numbers,
  durations) while HTTP Request + Split Out copy the rows as sent, so our node does more work per
  row, not less, and the time goal is not met. Memory is lower because the peer's execution holds
  the whole answer as one item *and* one copy of it per row.
- **HTTP Request's batching** waits the interval between batches but never waits for answers, so it
  keeps under Wolkvox's limit only when the interval exceeds the server's answer time, which a user
  has to guess; with default settings it sends every item at once.
`;

export function renderBenchmarks(run: BenchRun): string {
	const { machine, options } = run;
	const L = options.latencyMs;
	const load = `${machine.loadStart.toFixed(2)} at the start, ${machine.loadEnd?.toFixed(2) ?? '?'} at the end (${machine.cores} cores)`;
	const about = markdownTable(
		['', ''],
		[
			['date', `${run.started.toISOString().slice(0, 16).replace('T', ' ')} UTC`],
			['command', `\`${run.command}\``],
			['machine', `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GiB, ${machine.os}`],
			['n8n', `${run.n8n.version} on Node ${run.n8n.nodeVersion.replace(/^v/, '')} (the pinned version of tools/n8n)`],
			['bench and simulator', `Node ${run.benchNode.replace(/^v/, '')}, one process, simulator on 127.0.0.1`],
			['simulator', `latency L = ${L} ms per answer, cap c = ${run.cap} simultaneous requests per token (Wolkvox's documented limit)`],
			['rounds', `${options.rounds}${options.quick ? ' (quick mode: small sizes, not the issue\'s)' : ''}; the table gives the median and the range`],
			['load average (1 min)', load],
		],
	);
	return `# Benchmarks

Written by \`npm run bench -- --write\` (\`tools/bench/\`) from the run below: re-run that command
rather than editing this file. Nothing here is asserted by a test.

${about}
${options.note ? `\n> ${options.note}\n` : ''}
## Results

${metricsTable(run.metrics)}

${run.facts.map((f) => `- ${f}`).join('\n')}

${READING}
## What each scenario does

Every workflow runs in real n8n (\`n8n execute-batch\`: scenarios 1, 2 and 4 one workflow after the
other in one n8n process, scenario 3 a fresh n8n process per workflow) with the
packed package (\`npm pack\`) installed as a community package, against the simulator
(\`tools/simulator/\`) with its clock pinned. Each scenario has its own simulator, so its request log
and refusals are its own. Billing calls cycle over four products.

1. **${options.billingItems} billing calls**, one per item (a Code node makes the items), with the
   credential's *Max Simultaneous Requests* at 1 and at 2. The physical limit is N·L/c: no client can
   finish N calls of latency L through c = ${run.cap} slots sooner. Goal at setting 2: ≤ 1.10.
2. **One year of diagram_1_2** (IVR by hour, ${'2025-11-01 … 2026-10-31'}): the node splits it into 12
   windows of at most 31 days and fetches them as the slots allow. Limit 12·L/c; goal ≤ 1.10 at setting 2.
3. **A ${run.range.rows.toLocaleString('en-US')}-row cdr_1 answer** (${run.range.startDate} … ${run.range.endDate}, just
   under the 60,000 cap, so one request) turned into one item per row: our node (Simplify on, the
   default: typed fields) versus HTTP Request (GET, \`wolkvox-token\` header, the same URL) followed by
   Split Out on \`data\`. The simulator's answer is recorded once and served again after L to each
   workflow (\`tools/bench/replay.ts\`), so both get the same bytes and the seconds the simulator
   needs to build ${run.range.rows.toLocaleString('en-US')} rows are timed with neither. Time is the
   nodes' wall time (HTTP Request start to Split Out end for the peer); "without the server's part"
   subtracts the server's time for the answer (L and sending) from both. Memory is the peak resident
   set (\`VmHWM\` of /proc/PID/status, the kernel's high-water mark) of an n8n process
   (\`n8n execute-batch\`) that ran only that workflow; "above idle n8n" subtracts the peak of the
   same command running Manual Trigger → No Operation, since n8n's own start-up (~400 MB) is the same
   whichever nodes a user picks. Both peaks include n8n saving the execution and writing its result
   as JSON, as n8n does for any saved execution. The process group's peak (n8n and its task runner,
   VmRSS polled every 25 ms) is given for reference. Goals: ≤ 0.5× time, ≤ 0.7× memory.
4. **30 billing calls through HTTP Request** with default settings: it sends every item's request at
   once, so Wolkvox's limit refuses all but ${run.cap} (403 "simultaneous requests"). With batching
   (batch size ${run.cap}, interval ${run.batchIntervalMs} ms = 1.25·L; HTTP Request only waits the interval between batches,
   it does not wait for answers, so the interval must exceed the latency) no request is refused; its
   time is compared with our node's at setting 2 for the same items.
5. **Package**: \`npm pack\` sizes, and the time a fresh Node process of n8n's runtime takes to
   \`require\` both nodes (Wolkvox, Wolkvox Trigger) and the credential and build their descriptions, with n8n-workflow already loaded
   (as it is in n8n before community packages); median of 5 processes per round.
`;
}
