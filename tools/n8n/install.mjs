#!/usr/bin/env node
// Installs a pinned, real n8n outside the repository, cached by version.
//
//   node tools/n8n/install.mjs            # default version (DEFAULT_N8N_VERSION)
//   node tools/n8n/install.mjs 1.123.81   # a given version
//   node tools/n8n/install.mjs --all      # every pinned version
//
// Cache: $XDG_CACHE_HOME/n8n-nodes-wolkvox/n8n-<version> (default ~/.cache/...).
// A marker file (.installed.json) is written only after a verified install, so
// a second call is instant; a folder without a marker is wiped and redone.
// No dependencies beyond Node's standard library and the `npm` on PATH.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** n8n versions this project tests against (see README.md for why these). */
export const PINNED_N8N_VERSIONS = Object.freeze({
	current: '2.41.1', // 2.41.3 (latest) does not install: a dependency is missing from the registry
	v1: '1.123.81', // newest 1.123.x patch; runs on Node 20
});
export const DEFAULT_N8N_VERSION = PINNED_N8N_VERSIONS.current;

/** Node runtimes installed from npm (`node-<platform>-<arch>`) when n8n needs a newer Node. */
export const PINNED_NODE_RUNTIMES = Object.freeze({ 24: '24.21.0' });

/** npm `overrides` applied to every n8n install. */
export const N8N_OVERRIDES = Object.freeze({
	// n8n-nodes-base depends on a CDN tarball (cdn.sheetjs.com) that is unreachable here.
	xlsx: '0.18.5',
	// n8n 2.41.x: linkedom 0.18.15 breaks the install; 0.18.14 works.
	linkedom: '0.18.14',
});

/** Packages whose install scripts are (re)built after `npm install --ignore-scripts`. */
const NATIVE_REBUILD = ['sqlite3'];

const MARKER = '.installed.json';
const log = (...a) => {
	if (!process.env.N8N_INSTALL_QUIET) console.error('[n8n-install]', ...a);
};

export function cacheRoot() {
	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(base, 'n8n-nodes-wolkvox');
}

export function n8nDir(version) {
	return path.join(cacheRoot(), `n8n-${version}`);
}

// ---------------------------------------------------------------- semver (tiny)
function parseVer(v) {
	const m = String(v).trim().replace(/^v/, '').match(/^(\d+|x|\*)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/);
	if (!m) return null;
	return [m[1], m[2], m[3]].map((p) => (p === undefined || p === 'x' || p === '*' ? null : Number(p)));
}
function cmp(a, b) {
	for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0) ? -1 : 1;
	return 0;
}
/** Enough of semver ranges for `engines.node` (>=, <=, >, <, =, x-ranges, ||, ^, ~). */
export function satisfies(version, range) {
	const v = parseVer(version);
	if (!range || range.trim() === '' || range.trim() === '*') return true;
	return range.split('||').some((set) =>
		set
			.trim()
			.replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1')
			.split(/\s+/)
			.filter(Boolean)
			.every((c) => {
				const m = c.match(/^(>=|<=|>|<|=|\^|~)?(.*)$/);
				const op = m[1] || '=';
				const r = parseVer(m[2]);
				if (!r) return true;
				const wild = r.findIndex((p) => p === null); // first wildcard position, -1 if none
				const lo = r.map((p) => p ?? 0);
				// upper bound (exclusive) of an x-range like 24.x => <25.0.0
				const hiX = wild === -1 ? null : wild === 0 ? [Infinity, 0, 0] : wild === 1 ? [lo[0] + 1, 0, 0] : [lo[0], lo[1] + 1, 0];
				switch (op) {
					case '>=': return cmp(v, lo) >= 0;
					case '>': return hiX ? cmp(v, hiX) >= 0 : cmp(v, lo) > 0;
					case '<': return cmp(v, lo) < 0;
					case '<=': return hiX ? cmp(v, hiX) < 0 : cmp(v, lo) <= 0;
					case '^': return cmp(v, lo) >= 0 && v[0] === lo[0];
					case '~': return cmp(v, lo) >= 0 && v[0] === lo[0] && v[1] === lo[1];
					default: return hiX ? cmp(v, lo) >= 0 && cmp(v, hiX) < 0 : cmp(v, lo) === 0;
				}
			}),
	);
}

// ---------------------------------------------------------------- helpers
/** Runs a command with its output appended to logFile; rejects on a non-zero exit. */
export function run(cmd, args, { cwd, env, logFile, timeoutMs = 30 * 60_000 } = {}) {
	return new Promise((resolve, reject) => {
		const out = logFile ? fs.openSync(logFile, 'a') : 'ignore';
		if (logFile) fs.appendFileSync(logFile, `\n$ ${cmd} ${args.join(' ')}   (cwd ${cwd})\n`);
		const child = spawn(cmd, args, { cwd, env: env ?? process.env, stdio: ['ignore', out, out] });
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', reject);
		child.on('exit', (code, signal) => {
			clearTimeout(timer);
			if (logFile) fs.closeSync(out);
			if (code === 0) resolve();
			else reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? 'exit ' + code}); see ${logFile}`));
		});
	});
}

function npmView(spec, field) {
	const r = spawnSync('npm', ['view', spec, field, '--json'], { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`npm view ${spec} ${field} failed: ${r.stderr}`);
	return r.stdout.trim() ? JSON.parse(r.stdout) : undefined;
}

function sleep(ms) {
	return new Promise((r) => setTimeout(r, ms));
}

function pidAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

/** Cross-process lock (mkdir is atomic); a lock whose owner died is taken over. */
export async function withLock(lockDir, fn) {
	fs.mkdirSync(path.dirname(lockDir), { recursive: true });
	for (let waited = 0; ; waited += 2000) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
			break;
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			let owner = 0;
			try {
				owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
			} catch {
				// No pid file yet: the lock is being taken right now.
			}
			if (owner && !pidAlive(owner)) {
				fs.rmSync(lockDir, { recursive: true, force: true });
				continue;
			}
			if (waited % 30000 === 0) log(`waiting for another install (lock ${lockDir}, pid ${owner})`);
			await sleep(2000);
		}
	}
	try {
		return await fn();
	} finally {
		fs.rmSync(lockDir, { recursive: true, force: true });
	}
}

function readMarker(dir) {
	try {
		const m = JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
		if (fs.existsSync(m.n8nBin) && fs.existsSync(m.nodeBin)) return m;
	} catch {
		// No marker, or a half-written one: not installed.
	}
	return null;
}

/**
 * n8n >= 1.123.76 evaluates expressions in isolated-vm by default (N8N_EXPRESSION_ENGINE=vm).
 * isolated-vm ships prebuilt binaries only for some platforms/ABIs (6.2.0: darwin-arm64
 * only, and needs Node >= 22), so check that it really loads with the Node that runs n8n.
 */
function probeIsolatedVm(dir, nodeBin) {
	if (!fs.existsSync(path.join(dir, 'node_modules', 'isolated-vm'))) return 'absent';
	const code = "const ivm=require('isolated-vm');const i=new ivm.Isolate({memoryLimit:16});process.stdout.write(String(i.compileScriptSync('6*7').runSync(i.createContextSync())))";
	const r = spawnSync(nodeBin, ['-e', code], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
	return r.stdout === '42' ? 'ok' : (r.stderr.split('\n').find((l) => /^\w*Error:/.test(l)) || `exit ${r.status}`).trim().slice(0, 200);
}

function nodeRuntimeFor(enginesNode) {
	if (satisfies(process.versions.node, enginesNode)) return null; // system node is fine
	const majors = [...new Set([...Object.keys(PINNED_NODE_RUNTIMES).map(Number), 22, 24, 26])].sort((a, b) => a - b);
	for (const major of majors) {
		const version = PINNED_NODE_RUNTIMES[major];
		if (version && satisfies(version, enginesNode)) return version;
	}
	// Not pinned: ask the registry for the newest runtime of the lowest major allowed.
	const lowMajor = Number((enginesNode.match(/>=?\s*v?(\d+)/) || [])[1]);
	if (lowMajor) {
		const v = npmView(`node-${process.platform}-${process.arch}@${lowMajor}`, 'version');
		const latest = Array.isArray(v) ? v[v.length - 1] : v;
		if (latest && satisfies(latest, enginesNode)) return latest;
	}
	throw new Error(`no Node runtime known for engines.node "${enginesNode}"`);
}

// ---------------------------------------------------------------- main API
/**
 * Installs n8n@version (once) into the cache and returns where it is.
 * @param {string} [version]
 * @returns {Promise<{ version: string, dir: string, n8nBin: string, nodeBin: string, nodeVersion: string }>}
 *   n8nBin is n8n's bin/n8n script: run it as `spawn(nodeBin, [n8nBin, ...args])`.
 */
export async function ensureN8n(version = DEFAULT_N8N_VERSION) {
	const dir = n8nDir(version);
	const cached = readMarker(dir);
	if (cached) return cached;

	return withLock(`${dir}.lock`, async () => {
		const again = readMarker(dir); // another process may have finished meanwhile
		if (again) return again;
		const t0 = Date.now();
		fs.rmSync(dir, { recursive: true, force: true });
		fs.mkdirSync(dir, { recursive: true });
		const logFile = path.join(dir, 'install.log');

		const engines = npmView(`n8n@${version}`, 'engines') || {};
		const enginesNode = engines.node || '';
		const runtime = nodeRuntimeFor(enginesNode);
		log(`n8n@${version} (engines.node "${enginesNode}") -> ${runtime ? `node ${runtime} from npm` : `system node ${process.version}`}; log: ${logFile}`);

		const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
		let nodeBin = process.execPath;
		let nodeDirForGyp = undefined;
		if (runtime) {
			const rtDir = path.join(dir, 'node-runtime');
			const rtPkg = `node-${process.platform}-${process.arch}`;
			fs.mkdirSync(rtDir, { recursive: true });
			fs.writeFileSync(path.join(rtDir, 'package.json'), JSON.stringify({ private: true, dependencies: { [rtPkg]: runtime } }, null, 2));
			log(`installing ${rtPkg}@${runtime} ...`);
			await run('npm', ['install', '--ignore-scripts', '--no-package-lock'], { cwd: rtDir, env, logFile });
			nodeDirForGyp = path.join(rtDir, 'node_modules', rtPkg);
			nodeBin = path.join(nodeDirForGyp, 'bin', 'node');
			const got = spawnSync(nodeBin, ['-v'], { encoding: 'utf8' }).stdout.trim();
			if (got !== `v${runtime}`) throw new Error(`node runtime check failed: ${nodeBin} -v gave "${got}"`);
		}

		fs.writeFileSync(
			path.join(dir, 'package.json'),
			JSON.stringify(
				{
					name: `n8n-cache-${version.replace(/[^a-z0-9.-]/gi, '-')}`,
					private: true,
					description: 'Generated by n8n-nodes-wolkvox tools/n8n/install.mjs',
					dependencies: { n8n: version },
					overrides: { ...N8N_OVERRIDES },
					allowScripts: Object.fromEntries(NATIVE_REBUILD.map((p) => [p, true])),
				},
				null,
				2,
			) + '\n',
		);
		log(`npm install n8n@${version} (several minutes the first time) ...`);
		await run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=warn'], { cwd: dir, env, logFile, timeoutMs: 60 * 60_000 });

		// Native modules: build from source (prebuilt downloads are unreachable), with the
		// Node that will run n8n first on PATH and its headers as nodedir.
		const gypEnv = {
			...env,
			PATH: `${path.dirname(nodeBin)}${path.delimiter}${env.PATH}`,
			npm_config_build_from_source: 'true',
			...(nodeDirForGyp ? { npm_config_nodedir: nodeDirForGyp } : {}),
		};
		for (const pkg of NATIVE_REBUILD) {
			if (!fs.existsSync(path.join(dir, 'node_modules', pkg))) continue;
			log(`npm rebuild ${pkg} ...`);
			await run('npm', ['rebuild', pkg, '--foreground-scripts'], { cwd: dir, env: gypEnv, logFile });
		}

		const n8nBin = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
		if (!fs.existsSync(n8nBin)) throw new Error(`n8n binary missing at ${n8nBin}`);
		// Verify: the native sqlite driver loads and the CLI answers.
		const probe = spawnSync(nodeBin, ['-e', "require('sqlite3'); console.log('ok')"], { cwd: dir, encoding: 'utf8' });
		if (probe.stdout.trim() !== 'ok') throw new Error(`sqlite3 does not load under ${nodeBin}: ${probe.stderr}`);
		const verHome = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-ver-'));
		const ver = spawnSync(nodeBin, [n8nBin, '--version'], { cwd: dir, encoding: 'utf8', env: { ...process.env, N8N_USER_FOLDER: verHome }, timeout: 120_000 });
		fs.rmSync(verHome, { recursive: true, force: true });
		if (!ver.stdout.includes(version)) throw new Error(`n8n --version gave "${ver.stdout.trim()}" ${ver.stderr}`);

		const expressionVm = probeIsolatedVm(dir, nodeBin);
		if (expressionVm !== 'ok') log(`isolated-vm does not load (${expressionVm}); run.mjs will use N8N_EXPRESSION_ENGINE=legacy`);

		const result = {
			version,
			dir,
			n8nBin,
			nodeBin,
			nodeVersion: spawnSync(nodeBin, ['-v'], { encoding: 'utf8' }).stdout.trim(),
			expressionVm, // 'ok' | 'absent' | error text: whether n8n's default 'vm' expression engine can start
			installSeconds: Math.round((Date.now() - t0) / 1000),
		};
		fs.writeFileSync(path.join(dir, MARKER), JSON.stringify(result, null, 2) + '\n');
		log(`n8n@${version} ready in ${result.installSeconds}s`);
		return result;
	});
}

// ---------------------------------------------------------------- CLI
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const versions = args.includes('--all') ? Object.values(PINNED_N8N_VERSIONS) : args.filter((a) => !a.startsWith('-'));
	if (versions.length === 0) versions.push(DEFAULT_N8N_VERSION);
	try {
		for (const v of versions) console.log(JSON.stringify(await ensureN8n(v)));
	} catch (e) {
		console.error(`[n8n-install] ${e.message}`);
		process.exit(1);
	}
}
