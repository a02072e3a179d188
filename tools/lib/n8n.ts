/**
 * Typed access to tools/n8n/run.mjs (plain ESM, no types) from TypeScript run by tsx or by jest.
 *
 * Why a loader and not `import`: this repository compiles to CommonJS, where TypeScript turns
 * `import()` into `require()`, and run.mjs cannot be required (install.mjs has a top-level await).
 * Jest cannot `import()` either without --experimental-vm-modules (its sandbox has no ESM loader),
 * so the import is compiled in Node's main context with Node's own loader
 * (vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, Node >= 20.12).
 */
import * as path from 'node:path';
import * as vm from 'node:vm';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface N8nInstall {
	version: string;
	dir: string;
	n8nBin: string;
	nodeBin: string;
	nodeVersion: string;
	expressionVm?: string;
}

export interface N8nHome {
	version: string;
	dir: string;
	n8nFolder: string;
	port: number;
	install: N8nInstall;
	package: { name: string; version: string; dir: string } | null;
	env(): Record<string, string>;
	refreshPackage(): void;
	cleanup(): Promise<void>;
}

export interface CreateHomeOptions {
	version?: string;
	/** A folder with package.json + dist/, or an `npm pack` tarball. */
	packageDir?: string;
	/** Keep the home in this folder (not removed by cleanup). */
	dir?: string;
	env?: Record<string, string>;
}

export interface CredentialImport {
	id: string;
	name: string;
	type: string;
	data: JsonObject;
}

/** One output item as n8n stores it in runData. */
export interface RunItem {
	json: JsonObject;
	pairedItem?: { item: number; input?: number } | Array<{ item: number; input?: number }> | number;
}

export interface TaskData {
	/** Epoch ms when the node started, and how long it ran. */
	startTime?: number;
	executionTime?: number;
	error?: { message?: string; description?: string | null; name?: string };
	data?: { main?: Array<RunItem[] | null> };
}

export interface ExecutionResult {
	data: {
		resultData: {
			runData: Record<string, TaskData[]>;
			lastNodeExecuted?: string;
			error?: { message?: string; description?: string | null };
		};
	};
}

export interface BatchEntry {
	status: 'success' | 'error' | 'warning' | 'missing' | 'running';
	error?: string;
	result?: ExecutionResult;
}

export interface Editor {
	url: string;
	port: number;
	startMs: number;
	owner: { email: string; password: string; cookie: string } | null;
	logs(): string;
	stop(): Promise<unknown>;
	process: { pid?: number; on(event: 'exit', listener: () => void): unknown };
}

export interface StartEditorOptions {
	home: N8nHome;
	port?: number;
	inherit?: boolean;
	env?: Record<string, string>;
	owner?: boolean | { email?: string; password?: string; firstName?: string; lastName?: string };
	timeoutMs?: number;
}

export interface N8nTooling {
	PINNED_N8N_VERSIONS: Readonly<Record<string, string>>;
	DEFAULT_N8N_VERSION: string;
	DEFAULT_OWNER: Readonly<{ email: string; password: string }>;
	ensureN8n(version?: string): Promise<N8nInstall>;
	createN8nHome(options: CreateHomeOptions): Promise<N8nHome>;
	importCredentials(home: N8nHome, creds: CredentialImport[]): Promise<string[]>;
	importWorkflows(home: N8nHome, workflows: JsonObject[]): Promise<string[]>;
	/** onSpawn: called with the n8n process once started (the benchmark reads its memory). */
	executeWorkflows(
		home: N8nHome,
		ids: string[],
		options?: { concurrency?: number; timeoutMs?: number; onSpawn?: (child: { pid?: number }) => void },
	): Promise<Record<string, BatchEntry>>;
	startEditor(options: StartEditorOptions): Promise<Editor>;
	runN8n(home: N8nHome, args: string[], options?: { timeoutMs?: number }): Promise<{ code: number | null; stdout: string; stderr: string }>;
}

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const RUN_MJS = path.join(REPO_ROOT, 'tools', 'n8n', 'run.mjs');

let loaded: Promise<N8nTooling> | undefined;

/** tools/n8n/run.mjs, loaded once. */
export function loadN8nTooling(): Promise<N8nTooling> {
	loaded ??= importInMainContext(RUN_MJS) as Promise<N8nTooling>;
	return loaded;
}

/**
 * createN8nHome with our environment fixes. NODE_ENV is blanked (= unset for n8n): jest sets it to
 * "test", the tooling passes it on, and n8n then runs its CLI commands in test mode, printing
 * nothing (import:credentials "fails" with exit 0 and no output).
 */
export async function createHome(options: CreateHomeOptions): Promise<N8nHome> {
	const tooling = await loadN8nTooling();
	return tooling.createN8nHome({ ...options, env: { NODE_ENV: '', ...options.env } });
}

/** The n8n versions every e2e run covers: the tooling's pinned list (one place for them). */
export async function pinnedVersions(): Promise<string[]> {
	return Object.values((await loadN8nTooling()).PINNED_N8N_VERSIONS);
}

export async function importInMainContext(file: string): Promise<unknown> {
	// `process` of the main context: jest hands tests a copy, whose emitWarning Node never calls.
	const realProcess = vm.runInThisContext('process') as NodeJS.Process;
	const emitWarning = realProcess.emitWarning;
	// The loader flag is itself "experimental" and says so once per process; that line is noise.
	realProcess.emitWarning = function (this: NodeJS.Process, warning: string | Error, ...rest: unknown[]) {
		if (String(warning).includes('USE_MAIN_CONTEXT_DEFAULT_LOADER')) return;
		return (emitWarning as (...a: unknown[]) => void).call(this, warning, ...rest);
	} as NodeJS.Process['emitWarning'];
	try {
		const dynamicImport = vm.runInThisContext('(specifier) => import(specifier)', {
			importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
		}) as (specifier: string) => Promise<unknown>;
		return await dynamicImport(file);
	} finally {
		realProcess.emitWarning = emitWarning;
	}
}

/** The items of one node's output (first run, output 0 unless told); throws when the node failed or did not run. */
export function nodeItems(result: ExecutionResult | undefined, nodeName: string, output = 0): RunItem[] {
	const runs = result?.data?.resultData?.runData?.[nodeName];
	if (!runs) {
		const ran = Object.keys(result?.data?.resultData?.runData ?? {}).join(', ');
		throw new Error(`node "${nodeName}" did not run; ran: ${ran || 'nothing'}`);
	}
	const run = runs[0];
	if (run.error) throw new Error(`node "${nodeName}" failed: ${run.error.message}`);
	return run.data?.main?.[output] ?? [];
}

/** When a node ran (its first run): [start, end] in epoch ms, to pick out the requests it made. */
export function nodeRunWindow(result: ExecutionResult | undefined, nodeName: string): [number, number] {
	const run = result?.data?.resultData?.runData?.[nodeName]?.[0];
	if (run?.startTime === undefined) throw new Error(`node "${nodeName}" did not run`);
	return [run.startTime, run.startTime + (run.executionTime ?? 0)];
}

/** Whether a node ran at all (an IF branch that got no items leaves its successor out). */
export function nodeRan(result: ExecutionResult | undefined, nodeName: string): boolean {
	return Boolean(result?.data?.resultData?.runData?.[nodeName]);
}
