// n8n in queue mode on this machine, for the queue-mode test (test/queue/): a throw-away Redis and
// PostgreSQL on 127.0.0.1, the environment that puts n8n in queue mode on them, and `n8n worker`
// processes. Plain Node (no dependencies), like tools/n8n/run.mjs, whose homes and editor it uses.
// Debian's redis-server and postgresql must be installed: tools/queue/ensure-services.sh.
//
//   const redis = await startRedis();  const pg = await startPostgres();
//   const home = await createN8nHome({ packageDir: '.', env: queueEnv({ redis, postgres: pg }) });
//   const main = await startEditor({ home });          // the main instance: webhooks, enqueues jobs
//   const worker = await startWorker(home, { name: 'a' });
//   ... await worker.stop(); await main.stop(); await home.cleanup(); await pg.stop(); await redis.stop();

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../n8n/run.mjs';

const START_TIMEOUT_MS = 180_000;

// ---------------------------------------------------------------- processes
// What is still running or on disk if this process ends without the caller's stop() (a crash, a
// jest timeout, process.exit): killed and removed on exit, so no Redis or PostgreSQL is left behind.
const leftovers = { groups: new Set(), dirs: new Set() };
process.once('exit', () => {
	for (const pid of leftovers.groups) {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			// Already gone.
		}
	}
	for (const dir of leftovers.dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	leftovers.dirs.add(dir);
	return dir;
}

function removeDir(dir) {
	fs.rmSync(dir, { recursive: true, force: true });
	leftovers.dirs.delete(dir);
}

/**
 * Start a long-running process in its own process group and wait until its output matches `ready`.
 * Resolves { name, pid, logs(), stop(), exited }; rejects (after killing it) when it exits or times
 * out first.
 */
export async function startProcess({ name, command, args, env = process.env, cwd, uid, gid, ready, timeoutMs = START_TIMEOUT_MS }) {
	const child = spawn(command, args, { cwd, env, uid, gid, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	if (child.pid) leftovers.groups.add(child.pid);
	let out = '';
	let exited = null;
	const exitP = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			leftovers.groups.delete(child.pid);
			resolve((exited = { code, signal }));
		});
		// Never started (e.g. the binary is missing): no 'exit' event will come.
		child.on('error', (e) => {
			out += `\n[spawn error] ${e.message}`;
			if (!child.pid) resolve((exited = { code: null, signal: null, error: e.message }));
		});
	});
	const readyP = new Promise((resolve) => {
		const onData = (d) => {
			out = (out + d).slice(-400_000);
			if (ready.test(out)) resolve(true);
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
	});
	const stop = async (graceMs = 15_000) => {
		if (exited) return exited;
		killGroup(child, 'SIGTERM');
		const t = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
		const r = await exitP;
		clearTimeout(t);
		return r;
	};
	let timer;
	const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
	const first = await Promise.race([readyP, exitP.then(() => 'exited'), timeout]);
	clearTimeout(timer);
	if (first !== true) {
		await stop(2_000);
		throw new Error(`${name} ${first === 'timeout' ? `was not ready within ${timeoutMs} ms` : `exited (${JSON.stringify(exited)})`} :\n${tail(out)}`);
	}
	return { name, pid: child.pid, logs: () => out, stop, get exited() { return exited; } };
}

function killGroup(child, signal) {
	try {
		process.kill(-child.pid, signal);
	} catch {
		// Already gone.
	}
}

function tail(s, n = 40) {
	return s.split('\n').slice(-n).join('\n');
}

// ---------------------------------------------------------------- Redis
/** A Redis on 127.0.0.1 and a free port, in a temp folder, without persistence. */
export async function startRedis() {
	const dir = tempDir('queue-redis-');
	const port = await freePort();
	try {
		const proc = await startProcess({
			name: 'redis-server',
			command: 'redis-server',
			args: ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'yes'],
			cwd: dir,
			ready: /Ready to accept connections/,
		});
		return {
			host: '127.0.0.1',
			port,
			process: proc,
			async stop() {
				await proc.stop();
				removeDir(dir);
			},
		};
	} catch (e) {
		removeDir(dir);
		throw e;
	}
}

// ---------------------------------------------------------------- PostgreSQL
/** The newest /usr/lib/postgresql/<version>/bin (Debian's layout). */
export function postgresBinDir() {
	const root = '/usr/lib/postgresql';
	const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
	if (!versions.length) throw new Error('PostgreSQL is not installed (run tools/queue/ensure-services.sh)');
	versions.sort((a, b) => Number(b) - Number(a));
	return path.join(root, versions[0], 'bin');
}

/** initdb refuses root: as root, the cluster belongs to the `postgres` account Debian's package creates. */
function clusterOwner() {
	if (process.getuid?.() !== 0) return {};
	const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
	const uid = id('-u');
	const gid = id('-g');
	if (!Number.isInteger(uid) || uid === 0) throw new Error('running as root needs the "postgres" account (Debian package postgresql)');
	return { uid, gid };
}

/**
 * A PostgreSQL cluster of its own: initdb in a temp folder, listening on 127.0.0.1 and a free port
 * only (its socket in the same folder), trust authentication for user `n8n`, database `n8n`.
 * Durability is off (fsync, synchronous_commit): the data is thrown away at the end.
 */
export async function startPostgres({ user = 'n8n', database = 'n8n' } = {}) {
	const bin = postgresBinDir();
	const owner = clusterOwner();
	const dir = tempDir('queue-postgres-');
	const dataDir = path.join(dir, 'data');
	if (owner.uid !== undefined) fs.chownSync(dir, owner.uid, owner.gid);
	const port = await freePort();
	const env = { ...process.env, LANG: 'C', LC_ALL: 'C' };
	const run = (cmd, args) => {
		const r = spawnSync(path.join(bin, cmd), args, { cwd: dir, env, ...owner, encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}${r.stderr}${r.error ?? ''}`);
	};
	let proc;
	try {
		run('initdb', ['-D', dataDir, '-U', user, '--auth=trust', '-E', 'UTF8', '--no-sync']);
		proc = await startProcess({
			name: 'postgres',
			command: path.join(bin, 'postgres'),
			args: ['-D', dataDir, '-h', '127.0.0.1', '-p', String(port), '-k', dir, '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
			cwd: dir,
			env,
			...owner,
			ready: /database system is ready to accept connections/,
		});
		run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', user, database]);
	} catch (e) {
		await proc?.stop();
		removeDir(dir);
		throw e;
	}
	return {
		host: '127.0.0.1',
		port,
		user,
		database,
		process: proc,
		async stop() {
			// SIGTERM is PostgreSQL's "smart" shutdown (waits for clients): stop the n8n processes first.
			await proc.stop();
			removeDir(dir);
		},
	};
}

// ---------------------------------------------------------------- n8n
/** Environment that puts every n8n process of a home in queue mode on this Redis and PostgreSQL. */
export function queueEnv({ redis, postgres }) {
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: redis.host,
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: postgres.host,
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: '',
		// The main instance runs nothing itself: every execution goes to a worker.
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		QUEUE_HEALTH_CHECK_ACTIVE: 'false',
	};
}

/**
 * Resolves once the main instance at `url` has registered the production webhook `method path`.
 * n8n 2.41.1 answers its REST API, and prints "Editor is now accessible", before it has registered
 * the published workflows' webhooks (that happens in the background). The probe asks with another
 * method, so nothing runs: n8n then answers 404 "not registered for GET requests. Did you mean to
 * make a POST request?" once the webhook exists, and "... is not registered." before.
 */
export async function waitForWebhook(url, path, { method = 'POST', timeoutMs = START_TIMEOUT_MS } = {}) {
	const probe = method === 'GET' ? 'HEAD' : 'GET';
	const t0 = Date.now();
	let last = '';
	while (Date.now() - t0 < timeoutMs) {
		try {
			const res = await fetch(`${url}/webhook/${path}`, { method: probe, signal: AbortSignal.timeout(5_000) });
			last = `${res.status} ${await res.text()}`;
			if (last.includes(`Did you mean to make a ${method} request`)) return;
		} catch (e) {
			last = e.message;
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`webhook ${method} /webhook/${path} not registered on ${url} within ${timeoutMs} ms; last answer: ${last.slice(0, 500)}`);
}

/**
 * `n8n worker --concurrency=N` in a home set up with queueEnv. Each worker gets its own task-runner
 * broker port, HTTP port and event-log file, since they share the home folder. Resolves once the
 * worker says it is ready; `.stop()` ends it (SIGTERM: n8n lets running jobs finish first).
 */
export async function startWorker(home, { name = 'worker', concurrency = 1, env = {} } = {}) {
	const brokerPort = await freePort();
	const port = await freePort();
	const worker = await startProcess({
		name: `n8n worker ${name}`,
		command: home.install.nodeBin,
		args: [home.install.n8nBin, 'worker', `--concurrency=${concurrency}`],
		cwd: home.dir,
		env: {
			...home.env(),
			N8N_RUNNERS_BROKER_PORT: String(brokerPort),
			N8N_PORT: String(port),
			N8N_EVENTBUS_LOGWRITER_LOGBASENAME: `n8nEventLog-${name}`,
			...env,
		},
		ready: /n8n worker is now ready/,
	});
	return worker;
}
