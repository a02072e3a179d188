#!/usr/bin/env node
// Installs n8n's package checks (@n8n/scan-community-package, @n8n/node-cli) and the GitHub workflow
// validator outside the repository, cached by the hash of this folder's package-lock.json.
//
//   node tools/checks/install.mjs     # prints { dir, scanner, n8nNode, actionValidator }
//
// Not devDependencies: both n8n tools pull isolated-vm, which has no build for Node 20, so `npm ci`
// of the project would fail there. Installed like tools/n8n installs n8n: `npm ci --ignore-scripts`
// in $XDG_CACHE_HOME/n8n-nodes-wolkvox/checks-<hash> (the lint and the scanner never load isolated-vm).

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheRoot, run, withLock } from '../n8n/install.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MANIFESTS = ['package.json', 'package-lock.json'];
const MARKER = '.installed.json';

/** Entry points inside the install, relative to its folder. */
const ENTRIES = {
	scanner: 'node_modules/@n8n/scan-community-package/scanner/scanner.mjs',
	n8nNode: 'node_modules/@n8n/node-cli/bin/n8n-node.mjs',
	actionValidator: 'node_modules/@action-validator/cli/cli.mjs',
};

export function checksDir() {
	const hash = createHash('sha256');
	for (const file of MANIFESTS) hash.update(fs.readFileSync(path.join(HERE, file)));
	return path.join(cacheRoot(), `checks-${hash.digest('hex').slice(0, 12)}`);
}

function readMarker(dir) {
	try {
		const marker = JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
		if (Object.keys(ENTRIES).every((key) => fs.existsSync(marker[key]))) return marker;
	} catch {
		// No marker, or a half-written one: not installed.
	}
	return null;
}

/**
 * Installs the pinned checks (once) and returns where their entry points are.
 * @returns {Promise<{ dir: string, scanner: string, n8nNode: string, actionValidator: string }>}
 */
export async function ensureChecks() {
	const dir = checksDir();
	const cached = readMarker(dir);
	if (cached) return cached;

	return withLock(`${dir}.lock`, async () => {
		const again = readMarker(dir);
		if (again) return again;
		fs.rmSync(dir, { recursive: true, force: true });
		fs.mkdirSync(dir, { recursive: true });
		for (const file of MANIFESTS) fs.copyFileSync(path.join(HERE, file), path.join(dir, file));
		const logFile = path.join(dir, 'install.log');
		console.error(`[checks-install] npm ci in ${dir} (about a minute the first time); log: ${logFile}`);
		const env = { ...process.env, npm_config_update_notifier: 'false' };
		await run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=warn'], { cwd: dir, env, logFile, timeoutMs: 20 * 60_000 });

		const result = { dir, ...Object.fromEntries(Object.entries(ENTRIES).map(([key, rel]) => [key, path.join(dir, rel)])) };
		for (const [key, file] of Object.entries(result)) {
			if (!fs.existsSync(file)) throw new Error(`${key} missing at ${file} after npm ci; see ${logFile}`);
		}
		fs.writeFileSync(path.join(dir, MARKER), JSON.stringify(result, null, 2) + '\n');
		return result;
	});
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	try {
		console.log(JSON.stringify(await ensureChecks()));
	} catch (e) {
		console.error(`[checks-install] ${e.message}`);
		process.exit(1);
	}
}
