#!/usr/bin/env node
// npm run lint:n8n-node: n8n's own CLI (`n8n-node lint`, strict mode, its default eslint.config.mjs)
// on the shipped tree, then `n8n-node cloud-support` on the repository, which must say "eligible".
//
// Why the shipped tree and not the repository root: in strict mode `n8n-node lint` requires
// eslint.config.mjs to be its two-line default and runs `eslint .` with no path or ignore option.
// That config applies n8n Cloud's rules (no node:fs/http/child_process imports, no process,
// setTimeout or __dirname, no console) to every .ts file, and ESLint 9 uses the root config for
// the whole tree, so the type-checked tests and dev tools (an HTTP simulator, n8n runners) would
// fail on exactly what they exist to do. The shipped tree is what n8n Cloud runs: package.json,
// nodes/ and credentials/ are copied with the default config into a folder inside the checks'
// install, where `@n8n/node-cli/eslint` resolves; its node_modules is the project's, so `eslint`
// and `n8n-workflow` are the project's own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { ensureChecks } from './install.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHIPPED = ['package.json', 'eslint.config.mjs', 'tsconfig.json', 'nodes', 'credentials'];

const checks = await ensureChecks();
const stage = fs.mkdtempSync(path.join(checks.dir, 'stage-'));
let failed = false;
try {
	for (const entry of SHIPPED) fs.cpSync(path.join(ROOT, entry), path.join(stage, entry), { recursive: true });
	fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(stage, 'node_modules'), 'dir');
	const files = fs.readdirSync(stage, { recursive: true }).filter((f) => f.endsWith('.ts') && !f.startsWith('node_modules'));
	console.log(`n8n-node lint (strict, default config) on package.json and ${files.length} .ts files of nodes/ and credentials/`);
	const lint = spawnSync(process.execPath, [checks.n8nNode, 'lint'], { cwd: stage, encoding: 'utf8' });
	process.stdout.write(lint.stdout ?? '');
	process.stderr.write(lint.stderr ?? '');
	// n8n-node lint exits 0 on warnings; the bar here is zero of either (eslint's "✖ N problems" line).
	const problems = /✖\s*\d+\s+problems?/.test(stripVTControlCharacters(`${lint.stdout}${lint.stderr}`));
	if (lint.status !== 0 || problems) {
		failed = true;
		console.error(`n8n-node lint failed (${lint.signal ?? (problems ? 'warnings or errors reported' : `exit ${lint.status}`)})`);
	}
} finally {
	fs.rmSync(stage, { recursive: true, force: true });
}

const support = spawnSync(process.execPath, [checks.n8nNode, 'cloud-support'], { cwd: ROOT, encoding: 'utf8' });
process.stdout.write(support.stdout);
process.stderr.write(support.stderr);
const status = stripVTControlCharacters(support.stdout);
const eligible = /Status: eligible/.test(status) && !/NOT eligible/.test(status);
if (!eligible || support.status !== 0) {
	failed = true;
	console.error('n8n-node cloud-support: the repository is not eligible for n8n Cloud verification');
}
if (failed) process.exit(1);
console.log('n8n-node: lint passes in strict mode on the shipped tree; cloud support eligible');
