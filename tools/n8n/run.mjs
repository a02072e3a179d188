// Run workflows in a real, cached n8n with a community package loaded.
// Plain Node (no dependencies). See README.md beside this file.
//
//   import { createN8nHome, importCredentials, importWorkflow, executeWorkflow } from './run.mjs';
//   const home = await createN8nHome({ version: '2.41.1', packageDir: '/path/to/unpacked-or.tgz' });
//   await importCredentials(home, [{ id: 'cred1', name: 'X', type: 'wolkvoxApi', data: { ... } }]);
//   const id = await importWorkflow(home, workflowJson);
//   const result = await executeWorkflow(home, id);
//   nodeOutput(result, 'Wolkvox'); // -> [{...json}, ...]
//   await home.cleanup();
// Also: importWorkflows + executeWorkflows (many workflows, one n8n start each), runWorkflow,
// startEditor({ home, owner: true }) -> { url, owner.cookie, stop() }, and a CLI (end of file).

import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_N8N_VERSION, ensureN8n } from './install.mjs';

export { DEFAULT_N8N_VERSION, PINNED_N8N_VERSIONS, ensureN8n } from './install.mjs';

const DEFAULT_TIMEOUT_MS = 180_000;

// ---------------------------------------------------------------- ports
const handedOut = new Set();
/** A free TCP port on 127.0.0.1, never the same twice in this process. */
export async function freePort() {
	for (let i = 0; i < 50; i++) {
		const port = await new Promise((resolve, reject) => {
			const srv = net.createServer();
			srv.unref();
			srv.on('error', reject);
			srv.listen(0, '127.0.0.1', () => {
				const { port } = srv.address();
				srv.close(() => resolve(port));
			});
		});
		if (!handedOut.has(port)) {
			handedOut.add(port);
			return port;
		}
	}
	throw new Error('no free port found');
}

// ---------------------------------------------------------------- package placement
function readJson(p) {
	return JSON.parse(fs.readFileSync(p, 'utf8'));
}

/**
 * Put the community package into <n8nFolder>/nodes/node_modules/<name>, where n8n
 * (1.x and 2.x) scans for installed community packages (`n8n-nodes-*`, `@*\/n8n-nodes-*`).
 * packageDir: a folder with package.json (+ dist/), or an `npm pack` tarball (.tgz).
 * refresh: copy over the existing copy in place (the folder stays, so n8n's hot reload
 *   watcher, N8N_DEV_RELOAD=true, sees the change) instead of replacing it.
 */
function placePackage(n8nFolder, packageDir, { refresh = false } = {}) {
	const nodesDir = path.join(n8nFolder, 'nodes');
	const nm = path.join(nodesDir, 'node_modules');
	fs.mkdirSync(nm, { recursive: true });
	let srcDir = path.resolve(packageDir);
	let tmp = null;
	if (/\.(tgz|tar\.gz)$/.test(srcDir)) {
		tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-pkg-'));
		const r = spawnSync('tar', ['-xzf', srcDir, '-C', tmp], { encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`tar -xzf ${srcDir}: ${r.stderr}`);
		srcDir = path.join(tmp, 'package'); // npm pack puts everything under package/
	}
	const pkg = readJson(path.join(srcDir, 'package.json'));
	if (!pkg.n8n) throw new Error(`${srcDir}/package.json has no "n8n" block`);
	if (!/^(@[^/]+\/)?n8n-nodes-/.test(pkg.name)) {
		throw new Error(`package name "${pkg.name}" must start with n8n-nodes- (or @scope/n8n-nodes-) for n8n to load it`);
	}
	for (const f of [...(pkg.n8n.nodes || []), ...(pkg.n8n.credentials || [])]) {
		if (!fs.existsSync(path.join(srcDir, f))) throw new Error(`${pkg.name}: ${f} is missing (build first?)`);
	}
	if (Object.keys(pkg.dependencies ?? {}).length) {
		console.warn(`[n8n-run] ${pkg.name} has runtime dependencies (${Object.keys(pkg.dependencies).join(', ')}); they are not installed into n8n's nodes folder`);
	}
	const dest = path.join(nm, pkg.name);
	if (!refresh) fs.rmSync(dest, { recursive: true, force: true });
	fs.mkdirSync(dest, { recursive: true });
	// Never bring the package's own node_modules: a dev copy of n8n-workflow there would be
	// loaded instead of n8n's own (n8n puts its node_modules on NODE_PATH for community nodes).
	// Like `npm pack`: package.json, README/LICENSE, and the "files" entries when there are any.
	const wanted = Array.isArray(pkg.files) ? new Set(pkg.files.map((f) => f.replace(/^\.?\/+|\/+$/g, '').split('/')[0])) : null;
	for (const e of fs.readdirSync(srcDir)) {
		if (e === 'node_modules' || e === '.git') continue;
		if (wanted && e !== 'package.json' && !wanted.has(e) && !/^(readme|license|licence)/i.test(e)) continue;
		fs.cpSync(path.join(srcDir, e), path.join(dest, e), { recursive: true, force: true });
	}
	if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
	// What n8n's own community-package installer would leave behind.
	const nodesPkgPath = path.join(nodesDir, 'package.json');
	const nodesPkg = fs.existsSync(nodesPkgPath) ? readJson(nodesPkgPath) : { name: 'installed-nodes', private: true, dependencies: {} };
	nodesPkg.dependencies = { ...nodesPkg.dependencies, [pkg.name]: pkg.version };
	fs.writeFileSync(nodesPkgPath, JSON.stringify(nodesPkg, null, 2) + '\n');
	return { name: pkg.name, version: pkg.version, dir: dest };
}

// ---------------------------------------------------------------- env
// Variables that would leak from the developer's shell into n8n and change its behaviour.
// NODE_ENV too: jest sets it to `test`, and n8n then prints nothing, not even the result JSON.
const ENV_DROP = /^(N8N_|DB_|EXECUTIONS_|QUEUE_|GENERIC_|WEBHOOK_URL$|NODE_ENV$|NODE_OPTIONS$|NODE_PATH$|NODE_FUNCTION_ALLOW|CREDENTIALS_|EXTERNAL_|NODES_|npm_)/;

function baseEnv(home) {
	const env = {};
	for (const [k, v] of Object.entries(process.env)) if (!ENV_DROP.test(k)) env[k] = v;
	return {
		...env,
		HOME: home.dir, // n8n and npm may touch ~; keep it inside the temp home
		N8N_USER_FOLDER: home.dir, // n8n uses <N8N_USER_FOLDER>/.n8n
		N8N_ENCRYPTION_KEY: home.encryptionKey,
		N8N_LOG_LEVEL: 'info', // `n8n execute` prints its result only at info
		N8N_LOG_OUTPUT: 'console',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_RUNNERS_ENABLED: 'true',
		N8N_RUNNERS_MODE: 'internal',
		N8N_RUNNERS_BROKER_PORT: String(home.brokerPort),
		N8N_PORT: String(home.port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		DB_TYPE: 'sqlite',
		DB_SQLITE_POOL_SIZE: '2',
		EXECUTIONS_DATA_PRUNE: 'false',
		// n8n >= 1.123.76 defaults to the isolated-vm expression engine; where isolated-vm has no
		// native build for this Node (n8n 1.123.x on Node 20), fall back to the classic engine.
		...(home.install.expressionVm && home.install.expressionVm !== 'ok' ? { N8N_EXPRESSION_ENGINE: 'legacy' } : {}),
		...home.extraEnv,
	};
}

/** The home's encryption key: from <n8nFolder>/config (n8n's settings file), created when missing. */
function encryptionKeyOf(n8nFolder) {
	const f = path.join(n8nFolder, 'config');
	if (fs.existsSync(f)) return readJson(f).encryptionKey;
	const encryptionKey = crypto.randomBytes(24).toString('base64url');
	fs.writeFileSync(f, JSON.stringify({ encryptionKey }, null, '\t'), { mode: 0o600 });
	return encryptionKey;
}

/**
 * A fresh n8n home (N8N_USER_FOLDER) with the community package loaded.
 * @param {object} o
 * @param {string} [o.version]      n8n version (default DEFAULT_N8N_VERSION); installed on first use
 * @param {string} [o.packageDir]   folder with package.json + dist/, or an `npm pack` .tgz
 * @param {string} [o.dir]          use this folder instead of a new temp folder (kept on cleanup)
 * @param {object} [o.env]          extra environment for every n8n command of this home
 * @returns {Promise<N8nHome>} { version, dir, n8nFolder, port, brokerPort, encryptionKey, install, package, env(), refreshPackage(), cleanup() }
 */
export async function createN8nHome({ version = DEFAULT_N8N_VERSION, packageDir, dir, env = {} } = {}) {
	const install = await ensureN8n(version);
	const ownDir = !dir;
	const homeDir = dir ? path.resolve(dir) : fs.mkdtempSync(path.join(os.tmpdir(), `n8n-home-${version}-`));
	const n8nFolder = path.join(homeDir, '.n8n');
	fs.mkdirSync(n8nFolder, { recursive: true });
	const home = {
		version,
		dir: homeDir,
		n8nFolder,
		install,
		port: await freePort(),
		brokerPort: await freePort(),
		encryptionKey: encryptionKeyOf(n8nFolder),
		extraEnv: env,
		package: packageDir ? placePackage(n8nFolder, packageDir) : null,
	};
	/**
	 * Copy the package again after a rebuild: seen by the next n8n command, or at once by a
	 * running editor started with env { N8N_DEV_RELOAD: 'true' } (n8n's hot reload).
	 */
	home.refreshPackage = () => packageDir && (home.package = placePackage(n8nFolder, packageDir, { refresh: true }));
	home.env = () => baseEnv(home);
	home.cleanup = async () => {
		if (ownDir) fs.rmSync(homeDir, { recursive: true, force: true });
	};
	return home;
}

// ---------------------------------------------------------------- running the CLI
/**
 * Run `n8n <args>` in a home; resolves { code, stdout, stderr, ms }; never rejects on exit code.
 * onSpawn(child): called once n8n is started (the benchmark reads its memory by pid).
 */
export function runN8n(home, args, { timeoutMs = DEFAULT_TIMEOUT_MS, env = {}, onSpawn } = {}) {
	return new Promise((resolve, reject) => {
		const t0 = Date.now();
		const child = spawn(home.install.nodeBin, [home.install.n8nBin, ...args], {
			cwd: home.dir,
			env: { ...home.env(), ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true, // own process group: a timeout kills n8n and its task runner
		});
		onSpawn?.(child);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child, 'SIGKILL');
		}, timeoutMs);
		child.on('error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			const res = { code, signal, stdout, stderr, ms: Date.now() - t0 };
			if (timedOut) {
				const e = new Error(`n8n ${args.join(' ')} timed out after ${timeoutMs} ms\n${tail(stdout + stderr)}`);
				e.result = res;
				reject(e);
			} else resolve(res);
		});
	});
}

function killGroup(child, sig) {
	try {
		process.kill(-child.pid, sig);
	} catch {
		try {
			child.kill(sig);
		} catch {
			// Already gone.
		}
	}
}

function tail(s, n = 40) {
	return s.split('\n').slice(-n).join('\n');
}

function writeTemp(home, prefix, data) {
	const f = path.join(home.dir, `${prefix}-${crypto.randomBytes(4).toString('hex')}.json`);
	fs.writeFileSync(f, JSON.stringify(data, null, 2));
	return f;
}

function newId() {
	// n8n ids: 16 chars of [0-9a-zA-Z]. `execute-batch` skips ids without a digit, so one always leads.
	const abc = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
	const bytes = crypto.randomBytes(16);
	return String(bytes[0] % 10) + Array.from(bytes.subarray(1), (b) => abc[b % abc.length]).join('');
}

/**
 * Import decrypted credentials: [{ id?, name, type, data: { ...fields } }]. Returns the ids.
 */
export async function importCredentials(home, creds, opts = {}) {
	const list = (Array.isArray(creds) ? creds : [creds]).map((c) => ({ id: c.id ?? newId(), ...c }));
	const file = writeTemp(home, 'credentials', list);
	const r = await runN8n(home, ['import:credentials', `--input=${file}`], opts);
	fs.rmSync(file, { force: true });
	if (r.code !== 0 || !/Successfully imported/i.test(r.stdout + r.stderr)) {
		throw new Error(`import:credentials failed (exit ${r.code}):\n${tail(r.stdout + r.stderr)}`);
	}
	return list.map((c) => c.id);
}

/**
 * Import one workflow (object as exported by n8n: { name, nodes, connections, ... }).
 * An id is generated when missing. Returns the workflow id.
 */
export async function importWorkflow(home, workflow, opts = {}) {
	const wf = { name: 'e2e', active: false, settings: {}, connections: {}, ...workflow };
	wf.id ??= newId();
	const file = writeTemp(home, 'workflow', wf);
	const r = await runN8n(home, ['import:workflow', `--input=${file}`], opts);
	fs.rmSync(file, { force: true });
	if (r.code !== 0 || !/Successfully imported/i.test(r.stdout + r.stderr)) {
		throw new Error(`import:workflow failed (exit ${r.code}):\n${tail(r.stdout + r.stderr)}`);
	}
	return wf.id;
}

/** The JSON that `n8n execute` prints: from the first line starting with "{" to the matching end. */
export function parseExecuteOutput(stdout) {
	const lines = stdout.split('\n');
	const start = lines.findIndex((l) => l.startsWith('{'));
	if (start < 0) return null;
	for (let end = lines.length; end > start; end--) {
		if (!lines[end - 1].startsWith('}')) continue;
		try {
			return JSON.parse(lines.slice(start, end).join('\n'));
		} catch {
			// Not the result JSON yet: keep looking further down.
		}
	}
	return null;
}

/**
 * `n8n execute --id=<id>`. Resolves the parsed result JSON ({ data: { resultData: { runData, lastNodeExecuted, error? } }, ... }).
 * Rejects when n8n reports a failed execution or prints no result; the error has .result
 * ({ code, stdout, stderr, ms }) and .execution (parsed JSON, when there is one).
 */
export async function executeWorkflow(home, id, opts = {}) {
	const r = await runN8n(home, ['execute', `--id=${id}`], opts);
	const parsed = parseExecuteOutput(r.stdout);
	const failed = r.code !== 0 || !parsed || /Execution was NOT successful/i.test(r.stdout) || parsed?.data?.resultData?.error;
	if (failed) {
		const msg = parsed?.data?.resultData?.error?.message;
		const e = new Error(`n8n execute --id=${id} failed (exit ${r.code})${msg ? `: ${msg}` : ''}\n${tail(r.stdout + '\n' + r.stderr)}`);
		e.result = r;
		e.execution = parsed;
		throw e;
	}
	Object.defineProperty(parsed, '_ms', { value: r.ms, enumerable: false });
	return parsed;
}

/**
 * Import several workflows with one n8n start (`import:workflow --separate`). Returns their ids.
 */
export async function importWorkflows(home, workflows, opts = {}) {
	const dir = fs.mkdtempSync(path.join(home.dir, 'workflows-'));
	const ids = workflows.map((w, i) => {
		const wf = { name: `e2e-${i}`, active: false, settings: {}, connections: {}, ...w };
		wf.id ??= newId();
		fs.writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}.json`), JSON.stringify(wf, null, 2));
		return wf.id;
	});
	const r = await runN8n(home, ['import:workflow', '--separate', `--input=${dir}`], opts);
	fs.rmSync(dir, { recursive: true, force: true });
	if (r.code !== 0 || !/Successfully imported/i.test(r.stdout + r.stderr)) {
		throw new Error(`import:workflow --separate failed (exit ${r.code}):\n${tail(r.stdout + r.stderr)}`);
	}
	return ids;
}

/**
 * Execute several workflows in ONE n8n process (`n8n execute-batch`): saves ~8 s of n8n
 * start-up per workflow. Resolves { [id]: { status: 'success'|'error'|'warning', error?, result? } }
 * where result is the same JSON executeWorkflow returns (only for successful executions).
 * Never rejects for failed workflows; rejects when the batch itself fails or times out.
 * The result's non-enumerable `output` holds n8n's stdout and stderr.
 */
export async function executeWorkflows(home, ids, { concurrency = 1, ...opts } = {}) {
	const snapDir = fs.mkdtempSync(path.join(home.dir, 'batch-'));
	const outFile = path.join(snapDir, 'summary.json');
	const args = ['execute-batch', `--ids=${ids.join(',')}`, `--snapshot=${snapDir}`, `--output=${outFile}`, '--retries=0', `--concurrency=${concurrency}`];
	// A broker port of its own: the home's may be held by an editor of the same home still running.
	const env = { N8N_RUNNERS_BROKER_PORT: String(await freePort()), ...opts.env };
	const r = await runN8n(home, args, { timeoutMs: Math.max(DEFAULT_TIMEOUT_MS, ids.length * 60_000), ...opts, env });
	if (!fs.existsSync(outFile)) {
		fs.rmSync(snapDir, { recursive: true, force: true });
		throw new Error(`n8n execute-batch wrote no summary (exit ${r.code}):\n${tail(r.stdout + r.stderr)}`);
	}
	const summary = readJson(outFile);
	const out = {};
	for (const id of ids) out[id] = { status: 'missing', error: 'not executed' };
	for (const e of summary.executions ?? []) {
		const snap = path.join(snapDir, `${e.workflowId}-snapshot.json`);
		out[e.workflowId] = {
			status: e.executionStatus,
			...(e.error ? { error: e.error } : {}),
			...(fs.existsSync(snap) ? { result: readJson(snap) } : {}),
		};
	}
	fs.rmSync(snapDir, { recursive: true, force: true });
	// What n8n printed, for checks such as "no token in any output" (not one of the ids).
	Object.defineProperty(out, 'output', { value: r.stdout + r.stderr, enumerable: false });
	return out;
}

/** import + execute in one go. */
export async function runWorkflow(home, workflow, opts = {}) {
	return executeWorkflow(home, await importWorkflow(home, workflow, opts), opts);
}

/** Output items' json of a node in a result (first run, output 0 unless told). */
export function nodeOutput(result, nodeName, { run = 0, output = 0 } = {}) {
	const runs = result?.data?.resultData?.runData?.[nodeName];
	if (!runs) throw new Error(`node "${nodeName}" did not run; ran: ${Object.keys(result?.data?.resultData?.runData ?? {}).join(', ')}`);
	const r = runs[run];
	if (r.error) throw new Error(`node "${nodeName}" failed: ${r.error.message}`);
	return (r.data?.main?.[output] ?? []).map((i) => i.json);
}

// ---------------------------------------------------------------- editor
/** HTTP status of a GET (0 when nothing answers); with json: 200 only for a JSON body. */
async function httpOk(url, { json = false } = {}) {
	try {
		const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
		const body = await res.text();
		if (json && res.status === 200 && !body.trimStart().startsWith('{')) return -1; // "n8n is starting up"
		return res.status;
	} catch {
		return 0;
	}
}

/**
 * Start the editor (`n8n start`) on http://127.0.0.1:<port>. Resolves once /rest/settings
 * answers with JSON (the UI and REST API are then up). Returns { url, port, process, logs(), stop() }.
 * @param {object} o
 * @param {N8nHome} o.home
 * @param {number} [o.port]       default: the home's port
 * @param {boolean} [o.inherit]   pipe n8n's output to this process (for `npm run dev`)
 * @param {object} [o.env]        extra env (e.g. { N8N_DEV_RELOAD: 'true' })
 * @param {boolean|object} [o.owner] true or { email, password, firstName, lastName }: create the
 *   owner account (fresh home) or log in (existing owner); editor.owner = { email, password, cookie }
 * @returns {Promise<{ url, port, process, logs(): string, stop(): Promise, startMs, owner }>}
 */
export async function startEditor({ home, port = home.port, inherit = false, env = {}, owner = false, timeoutMs = DEFAULT_TIMEOUT_MS }) {
	const url = `http://127.0.0.1:${port}`;
	if (await httpOk(`${url}/healthz`)) throw new Error(`port ${port} is already in use`);
	const child = spawn(home.install.nodeBin, [home.install.n8nBin, 'start'], {
		cwd: home.dir,
		env: { ...home.env(), N8N_PORT: String(port), N8N_EDITOR_BASE_URL: `${url}/`, WEBHOOK_URL: `${url}/`, ...env },
		stdio: ['ignore', inherit ? 'inherit' : 'pipe', inherit ? 'inherit' : 'pipe'],
		detached: true,
	});
	let out = '';
	if (!inherit) {
		child.stdout.on('data', (d) => (out = (out + d).slice(-200_000)));
		child.stderr.on('data', (d) => (out = (out + d).slice(-200_000)));
	}
	let exited = null;
	const exitP = new Promise((r) => child.on('exit', (code, signal) => r((exited = { code, signal }))));
	const stop = async () => {
		if (exited) return exited;
		killGroup(child, 'SIGTERM');
		const t = setTimeout(() => killGroup(child, 'SIGKILL'), 15_000);
		const r = await exitP;
		clearTimeout(t);
		return r;
	};
	const t0 = Date.now();
	while (true) {
		if (exited) throw new Error(`n8n start exited (${JSON.stringify(exited)}) before answering:\n${tail(out)}`);
		if (Date.now() - t0 > timeoutMs) {
			await stop();
			throw new Error(`n8n editor did not answer on ${url} within ${timeoutMs} ms:\n${tail(out)}`);
		}
		// /healthz answers early, and /rest/settings says "n8n is starting up" (200, HTML) or 404
		// until migrations and the editor routes are ready: wait for real JSON settings.
		if ((await httpOk(`${url}/rest/settings`, { json: true })) === 200) break;
		await new Promise((r) => setTimeout(r, 500));
	}
	const editor = { url, port, process: child, logs: () => out, stop, startMs: Date.now() - t0, owner: null };
	if (owner) {
		try {
			const settings = await (await fetch(`${url}/rest/settings`)).json();
			const needsSetup = (settings.data ?? settings).userManagement?.showSetupOnFirstLoad;
			const creds = owner === true ? {} : owner;
			editor.owner = needsSetup ? await setupOwner(editor, creds) : { ...DEFAULT_OWNER, ...creds, cookie: await login(editor, creds) };
		} catch (e) {
			await stop();
			throw e;
		}
	}
	return editor;
}

/** Owner account that setupOwner/login use unless told otherwise. */
export const DEFAULT_OWNER = Object.freeze({ email: 'owner@example.com', password: 'Passw0rd-e2e', firstName: 'E2E', lastName: 'Owner' });

/**
 * Create the instance owner through the REST API of a running editor (only possible once,
 * on a fresh home). Returns { cookie } (the `n8n-auth` session cookie) for API calls or a browser.
 */
export async function setupOwner(editor, owner = {}) {
	const { email, password, firstName, lastName } = { ...DEFAULT_OWNER, ...owner };
	const res = await fetch(`${editor.url}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ email, password, firstName, lastName }),
	});
	const body = await res.text();
	if (!res.ok) throw new Error(`owner setup failed: HTTP ${res.status} ${body}`);
	const cookie = (res.headers.getSetCookie?.() ?? [res.headers.get('set-cookie')]).filter(Boolean).map((c) => c.split(';')[0]).join('; ');
	return { email, password, cookie };
}

/** Log in to a running editor; returns the session cookie. */
export async function login(editor, owner = {}) {
	const { email, password } = { ...DEFAULT_OWNER, ...owner };
	const body = JSON.stringify({ emailOrLdapLoginId: email, email, password });
	const res = await fetch(`${editor.url}/rest/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
	if (!res.ok) throw new Error(`login failed: HTTP ${res.status} ${await res.text()}`);
	return (res.headers.getSetCookie?.() ?? [res.headers.get('set-cookie')]).filter(Boolean).map((c) => c.split(';')[0]).join('; ');
}

// ---------------------------------------------------------------- CLI
// node tools/n8n/run.mjs editor  [--version V] [--package DIR|TGZ] [--port N] [--home DIR] [--owner] [--watch]
//   --watch: hot reload (N8N_DEV_RELOAD) + re-copy the package when its dist/ changes
// node tools/n8n/run.mjs execute --workflow FILE [--credentials FILE] [--version V] [--package DIR|TGZ]
function parseArgs(argv) {
	const o = { _: [] };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (!a.startsWith('--')) o._.push(a);
		else if (a.includes('=')) o[a.slice(2, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
		else if (argv[i + 1] === undefined || argv[i + 1].startsWith('--')) o[a.slice(2)] = true;
		else o[a.slice(2)] = argv[++i];
	}
	return o;
}

async function cli() {
	const o = parseArgs(process.argv.slice(2));
	const cmd = o._[0];
	const common = { version: o.version || DEFAULT_N8N_VERSION, packageDir: o.package, dir: o.home };
	if (cmd === 'editor') {
		const home = await createN8nHome(common);
		const watch = !!o.watch && !!o.package && !/\.(tgz|tar\.gz)$/.test(o.package);
		const editor = await startEditor({
			home,
			port: o.port ? Number(o.port) : undefined,
			inherit: true,
			owner: !!o.owner,
			env: watch ? { N8N_DEV_RELOAD: 'true' } : {},
		});
		if (watch) {
			let timer;
			fs.watch(path.resolve(o.package, 'dist'), { recursive: true }, () => {
				clearTimeout(timer);
				timer = setTimeout(() => {
					try {
						home.refreshPackage();
						console.error('[n8n-run] package re-copied; n8n hot-reloads it');
					} catch (e) {
						console.error(`[n8n-run] ${e.message}`);
					}
				}, 500);
			});
		}
		console.error(`\nn8n ${home.version} editor: ${editor.url}  (home ${home.dir})`);
		if (editor.owner) console.error(`owner: ${editor.owner.email} / ${editor.owner.password}`);
		const bye = async () => {
			await editor.stop();
			await home.cleanup();
			process.exit(0);
		};
		process.on('SIGINT', bye);
		process.on('SIGTERM', bye);
		await new Promise((r) => editor.process.on('exit', r));
		await home.cleanup();
	} else if (cmd === 'execute') {
		if (!o.workflow) throw new Error('--workflow FILE is required');
		const home = await createN8nHome(common);
		try {
			if (o.credentials) await importCredentials(home, readJson(o.credentials));
			const result = await runWorkflow(home, readJson(o.workflow));
			console.log(JSON.stringify(result, null, 2));
		} finally {
			await home.cleanup();
		}
	} else {
		console.error('usage: run.mjs editor|execute [--version V] [--package DIR|TGZ] ... (see the top of run.mjs)');
		process.exit(2);
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
	cli().catch((e) => {
		console.error(e.message);
		process.exit(1);
	});
}
