/**
 * Where our node's time goes on the large report (scenario 3): the built node's execute() on the
 * recorded answer, with n8n's helpers replaced by a stub that hands the answer over at once, under
 * V8's CPU profiler (the one `node --cpu-prof` uses, started around the executions only). index.ts
 * runs it in n8n's own Node, in a child process:
 *
 *   node --import tsx tools/bench/nodeProfile.ts ANSWER_FILE START_DATE END_DATE
 *
 * and reads the JSON summary it prints. A measurement, not a test: nothing here asserts a time.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

/** One line of the profile: a part of the work and its CPU time. */
export interface ProfilePart {
	part: string;
	/** First execution of the process (as in the bench: one execution per n8n process). */
	firstMs: number;
	/** Mean of the later executions, once V8 has compiled the hot code. */
	laterMs: number;
}

export interface NodeProfile {
	nodeVersion: string;
	rows: number;
	answerMb: number;
	samplingUs: number;
	laterRuns: number;
	/** Wall time of execute(), first and later executions. */
	firstWallMs: number;
	laterWallMs: number;
	parts: ProfilePart[];
	/** The functions with the most self time over all executions. */
	top: Array<{ fn: string; file: string; ms: number }>;
}

const SAMPLING_US = 100;
const LATER_RUNS = 4;

/** The parts a sample is counted in, by the file of the function it was in (its self time). */
const PARTS: Array<[RegExp, string]> = [
	[/shared\/transport\/envelope\.js$/, 'parsing the answer: JSON.parse of the body (transport/envelope.ts)'],
	[/shared\/typing\.js$/, 'typing the rows, Simplify on (shared/typing.ts)'],
	[/shared\/dates\.js$/, 'zone offsets through Intl, once per wall hour (shared/dates.ts)'],
	[/actions\/router\.js$/, 'items for n8n: one {json, pairedItem} per row, then flat() (actions/router.ts)'],
	[/dist\/nodes\//, 'the rest of the node (parameters, plan, request, slots)'],
];
const GC = 'garbage collection (V8)';
const OTHER = 'V8 and Node internals, the stub';

interface CpuProfile {
	nodes: Array<{ id: number; callFrame: { functionName: string; url: string } }>;
	samples: number[];
	timeDeltas: number[];
}

function partOf(frame: { functionName: string; url: string }): string | undefined {
	if (frame.functionName === '(idle)' || frame.functionName === '(root)') return undefined;
	if (frame.functionName === '(garbage collector)') return GC;
	return PARTS.find(([file]) => file.test(frame.url))?.[1] ?? OTHER;
}

/** Self time (ms) per callFrame id of a profile. */
function selfTimes(profile: CpuProfile): Map<number, number> {
	const self = new Map<number, number>();
	profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
	return self;
}

function byPart(profile: CpuProfile): Map<string, number> {
	const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
	const parts = new Map<string, number>();
	for (const [id, ms] of selfTimes(profile)) {
		const part = partOf(frames.get(id)!);
		if (part) parts.set(part, (parts.get(part) ?? 0) + ms);
	}
	return parts;
}

function topFunctions(profiles: CpuProfile[], count: number): NodeProfile['top'] {
	const totals = new Map<string, { fn: string; file: string; ms: number }>();
	for (const profile of profiles) {
		const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
		for (const [id, ms] of selfTimes(profile)) {
			const frame = frames.get(id)!;
			if (!partOf(frame)) continue;
			const file = frame.url.includes('/dist/') ? frame.url.slice(frame.url.indexOf('/dist/') + 1) : frame.url ? path.basename(frame.url) : '';
			const key = `${frame.functionName}\u0000${file}`;
			const entry = totals.get(key) ?? { fn: frame.functionName || '(anonymous)', file, ms: 0 };
			entry.ms += ms;
			totals.set(key, entry);
		}
	}
	return [...totals.values()].sort((a, b) => b.ms - a.ms).slice(0, count);
}

/** Just what the node calls on n8n; anything else fails loudly, so a new call is added here. */
function stubContext(answer: string, parameters: Record<string, unknown>): object {
	const node = {
		id: 'profile',
		name: 'Wolkvox',
		type: 'n8n-nodes-wolkvox.wolkvox',
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { wolkvoxApi: { id: 'profileCredential', name: 'Wolkvox profile' } },
	};
	const lookUp = (name: string) => name.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], parameters);
	const context: Record<string, unknown> = {
		getInputData: () => [{ json: {} }],
		getNode: () => node,
		getNodeParameter: (name: string, _itemIndex: number, fallback?: unknown) => lookUp(name) ?? fallback,
		getCredentials: async () => ({ server: 'http://127.0.0.1:9', token: 'profile-token', timezone: 'America/Bogota', maxConcurrentRequests: 2 }),
		continueOnFail: () => false,
		helpers: {
			httpRequestWithAuthentication: async () => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: answer }),
		},
	};
	return new Proxy(context, {
		get(target, property) {
			if (typeof property === 'string' && !(property in target)) {
				throw new Error(`the profile's stub of n8n has no ${property}: add it in tools/bench/nodeProfile.ts`);
			}
			return Reflect.get(target, property);
		},
	});
}

async function main(): Promise<void> {
	const [answerFile, startDate, endDate] = process.argv.slice(2);
	if (!answerFile || !startDate || !endDate) throw new Error('usage: nodeProfile.ts ANSWER_FILE START_DATE END_DATE');
	const answer = fs.readFileSync(answerFile, 'utf8');
	// The built node, loaded as n8n loads it.
	const { Wolkvox } = createRequire(__filename)(path.join(REPO_ROOT, 'dist', 'nodes', 'Wolkvox', 'Wolkvox.node.js')) as {
		Wolkvox: new () => { execute(this: object): Promise<Array<Array<{ json: object }>>> };
	};
	const parameters = { resource: 'report', operation: 'get', reportFamily: 'cdr', report: 'cdr_1', period: 'custom', startDate, endDate, options: {} };
	const node = new Wolkvox();

	const session = new Session();
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_US });
	const profiles: CpuProfile[] = [];
	const walls: number[] = [];
	let rows = 0;
	for (let run = 0; run <= LATER_RUNS; run++) {
		const context = stubContext(answer, parameters);
		await session.post('Profiler.start');
		const started = performance.now();
		const output = await node.execute.call(context);
		walls.push(performance.now() - started);
		const { profile } = await session.post('Profiler.stop');
		profiles.push(profile as CpuProfile);
		rows = output[0].length;
	}
	session.disconnect();

	const first = byPart(profiles[0]);
	const later = profiles.slice(1).map(byPart);
	const names = [...new Set([...first.keys(), ...later.flatMap((p) => [...p.keys()])])];
	const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
	const parts = names
		.map((part) => ({ part, firstMs: first.get(part) ?? 0, laterMs: mean(later.map((p) => p.get(part) ?? 0)) }))
		.sort((a, b) => b.firstMs - a.firstMs);
	const summary: NodeProfile = {
		nodeVersion: process.version,
		rows,
		answerMb: Buffer.byteLength(answer) / 1e6,
		samplingUs: SAMPLING_US,
		laterRuns: LATER_RUNS,
		firstWallMs: walls[0],
		laterWallMs: mean(walls.slice(1)),
		parts,
		top: topFunctions(profiles, 8),
	};
	process.stdout.write(`${JSON.stringify(summary)}\n`);
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** Runs this file in a child process of `nodeBin` (n8n's Node) on `answer`; the built node must be in dist/. */
export function profileNode(nodeBin: string, answer: Buffer, range: { startDate: string; endDate: string }): NodeProfile {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wolkvox-profile-'));
	try {
		const file = path.join(dir, 'answer.json');
		fs.writeFileSync(file, answer);
		const child = spawnSync(nodeBin, ['--import', 'tsx', __filename, file, range.startDate, range.endDate], {
			cwd: REPO_ROOT,
			encoding: 'utf8',
			maxBuffer: 16 * 1024 * 1024,
		});
		if (child.status !== 0) throw new Error(`the node's profile failed (status ${child.status}): ${child.stderr || child.error?.message}`);
		return JSON.parse(child.stdout) as NodeProfile;
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

if (require.main === module) {
	main().catch((error: unknown) => {
		process.stderr.write(`[nodeProfile] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(1);
	});
}
