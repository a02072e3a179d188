/** BENCHMARKS.md as `npm run bench -- --write` writes it: the run, the results, the method. */
import type { N8nInstall } from '../lib/n8n';
import type { NodeProfile } from './nodeProfile';
import type { BenchOptions } from './options';
import type { Machine } from './probes';
import { formatValue, markdownTable, median, metricsTable, type Metric } from './stats';

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
	/** Items of the write scenario's batched HTTP Request workflows. */
	httpBatchedRecords: number;
	/** The n8n 1.x version the write scenario's Retry On Fail ran in too. */
	n8nV1: string;
	/** Where our node's time goes on the large report (scenario 3 only). */
	profile?: NodeProfile;
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
  row, not less: the profile after the results says where its time goes. A typed row starts as a
  copy of one template object per key order, because V8 turns an object given 20 keys or more one
  by one into a dictionary (cdr_1 has 20 fields), larger and slower in everything n8n does with
  the items afterwards. Memory is lower because the peer's execution holds the whole answer as one
  item *and* one copy of it per row.
- **Records from items (scenario 6):** Add Records checks every item before its first call (so one
  bad item sends nothing) and answers every item after the last; that work grows with the items,
  not with the calls, and is given apart from the calls' own time. With 3 calls and 2 slots no
  client does better than 2 rounds of L, so wall ÷ (calls·L/c) cannot go below 1.33 at 3 calls;
  the ratio to ⌈calls/c⌉·L is printed beside it. Records stored are counted in the simulator's
  state, by customer ID: each record once, none missing, no copy.
- **HTTP Request's Retry On Fail and Wolkvox's success answer:** n8n 1.x retries a node whose first
  output item has an \`error\` key of any value, and Wolkvox answers \`"error": null\` on success, so
  every lead that was stored is sent again until the tries run out. n8n 2.41's engine ignores a null
  or false \`error\`; the repeat stays in 1.x and in n8n-core 2.8 (read in its
  workflow-execute.js). In every version, one refused call (403) fails the node, and Retry On Fail
  runs it again for all its items: the leads already stored are stored again.
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
${run.profile ? `\n${renderProfile(run.profile, run.metrics)}\n` : ''}
${READING}
## What each scenario does

Every workflow runs in real n8n (\`n8n execute-batch\`: scenarios 1, 2 and 4 one workflow after the
other in one n8n process, scenario 3 a fresh n8n process per workflow, scenario 6 in one process of
its own, and one of its workflows in n8n ${run.n8nV1}) with the
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
   VmRSS polled every 25 ms) is given for reference. Goals: ≤ 0.5× time and ≤ 0.7× memory of the
   whole process; since issue 11 (the cost of typing), ≤ 1.25× time without the server's part and
   ≤ 0.5× memory above idle n8n. The profile of our node on the same answer is described with its table.
4. **30 billing calls through HTTP Request** with default settings: it sends every item's request at
   once, so Wolkvox's limit refuses all but ${run.cap} (403 "simultaneous requests"). With batching
   (batch size ${run.cap}, interval ${run.batchIntervalMs} ms = 1.25·L; HTTP Request only waits the interval between batches,
   it does not wait for answers, so the interval must exceed the latency) no request is refused; its
   time is compared with our node's at setting 2 for the same items.
5. **Package**: \`npm pack\` sizes, and the time a fresh Node process of n8n's runtime takes to
   \`require\` both nodes (Wolkvox, Wolkvox Trigger) and the credential and build their descriptions, with n8n-workflow already loaded
   (as it is in n8n before community packages); median of 5 processes per round.
6. **${options.writeRecords.toLocaleString('en-US')} records from items into a campaign**: a Code node makes the leads (\`customer_name\`,
   \`customer_id\`, \`tel1\`, \`email\`), and Campaign → Add Records (node version 2, *Map Automatically*,
   preview campaign 20453, *Max Simultaneous Requests* 2) loads them: ⌈N / 10,000⌉ calls, Wolkvox's upload
   cap. Its wall is held to the issue's calls·L/c (goal ≤ 1.10). Against it, the HTTP Request a user
   builds: one POST per item to the same \`add_record\` URL with the lead as a one-record list and the
   \`wolkvox-token\` header, on ${options.httpWriteRecords.toLocaleString('en-US')} items (one call and one token per item: 25,000 would be 25,000
   calls), with default settings and with *Retry On Fail* (n8n's defaults: 3 tries, 1 s apart); then
   batched under the limit (${run.cap} per ${run.batchIntervalMs} ms) on ${run.httpBatchedRecords} items, with its time scaled to
   ${options.writeRecords.toLocaleString('en-US')} items, without and with *Retry On Fail*, the latter also in n8n ${run.n8nV1}. Calls, refusals
   and records stored, lost or stored twice are read from each workflow's own simulator.
`;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

/** How issue 11's goals for the large report stand in this run, from the run's own metrics. */
function goalsVerdict(metrics: Metric[]): string {
	const lines = [
		['time without the server', "our node's time without the server's part"],
		['memory above idle', "our node's memory above idle n8n"],
	].flatMap(([label, what]) => {
		const metric = metrics.find((m) => m.label.startsWith(label));
		if (!metric || metric.goal === undefined || !Number.isFinite(median(metric.values))) return [];
		const value = median(metric.values);
		const goal = `≤ ${formatValue(metric.goal, metric.unit)}`;
		const stands = value <= metric.goal ? `the goal of ${goal} is met` : `the goal of ${goal} is missed by ${formatValue(value - metric.goal, metric.unit)}`;
		return [`${what} was ${formatValue(value, metric.unit)} the peer's (median of ${metric.values.length}): ${stands}`];
	});
	return lines.length ? `In this run, ${lines.join('; ')}.` : '';
}

/** The profile of our node on the large answer: a short table of where its CPU time goes. */
export function renderProfile(profile: NodeProfile, metrics: Metric[]): string {
	const firstTotal = profile.parts.reduce((sum, p) => sum + p.firstMs, 0);
	const laterTotal = profile.parts.reduce((sum, p) => sum + p.laterMs, 0);
	const share = (value: number) => `${Math.round((100 * value) / firstTotal)} %`;
	const parts = markdownTable(
		['part of execute()', 'first execution', 'share', `later executions (mean of ${profile.laterRuns})`],
		[
			...profile.parts.map((p) => [p.part, ms(p.firstMs), share(p.firstMs), ms(p.laterMs)]),
			['**CPU time, all parts**', ms(firstTotal), '100 %', ms(laterTotal)],
			['wall time of execute()', ms(profile.firstWallMs), '', ms(profile.laterWallMs)],
		],
	);
	const top = markdownTable(
		['function (self time)', 'file', 'all executions'],
		profile.top.map((t) => [t.fn, t.file, ms(t.ms)]),
	);
	return `## Where our node's time goes (scenario 3)

\`tools/bench/nodeProfile.ts\` runs the built node's \`execute()\` on the recorded answer
(${profile.rows.toLocaleString('en-US')} rows, ${profile.answerMb.toFixed(1)} MB) with n8n's helpers replaced by a stub that hands the answer over at
once, so the network and n8n's engine are left out, under V8's CPU profiler (the one
\`node --cpu-prof\` uses, sampling every ${profile.samplingUs} µs) in Node ${profile.nodeVersion.replace(/^v/, '')}, n8n's Node. Each sample counts for the
function it was in (self time), grouped by what that function does. The first execution is what
the bench's n8n process does (one execution per process: V8 compiles the code as it runs, and each
wall hour's zone offset is looked up for the first time); the later ones run in the same process.
The profiler slows what it measures, so the parts matter more than the totals.

${parts}

${top}
${goalsVerdict(metrics) ? `\n${goalsVerdict(metrics)}\n` : ''}`;
}
