#!/usr/bin/env node
// npm run lint:workflows: every GitHub workflow against GitHub's schema (@action-validator/cli, one
// file per call), then what the schema cannot say: CI runs the commands of .ci/run's fast part, and
// the publish workflow publishes with an npm provenance statement.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChecks } from './install.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');

/** .ci/run's fast part, in its order; the CI and publish workflows run each as a step. */
export const FAST_COMMANDS = ['npm ci', 'npm test', 'npm run lint', 'npm run build', 'node tools/check-pack.mjs', 'npm run lint:workflows', 'npm run scan', 'npm run lint:n8n-node'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The commands, in order, that appear as whole lines (a `run:` step, or a line of a shell script). */
function commandsIn(text) {
	const lines = text.split('\n').map((l) => l.replace(/^\s*(-\s*)?(run:\s*)?/, '').trim());
	return FAST_COMMANDS.filter((c) => lines.some((l) => new RegExp(`^${escape(c)}( |$)`).test(l)));
}

const checks = await ensureChecks();
const problems = [];
const files = fs.readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)).sort();
for (const file of files) {
	const r = spawnSync(process.execPath, [checks.actionValidator, path.join(WORKFLOWS, file)], { encoding: 'utf8' });
	if (r.status !== 0) problems.push(`${file} does not validate:\n${r.stdout}${r.stderr}`);
}

const read = (rel) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const missingFrom = (rel) => FAST_COMMANDS.filter((c) => !commandsIn(read(rel)).includes(c));
for (const rel of ['.ci/run', '.github/workflows/ci.yml', '.github/workflows/publish.yml']) {
	if (!fs.existsSync(path.join(ROOT, rel))) problems.push(`${rel} is missing`);
	else if (missingFrom(rel).length) problems.push(`${rel} does not run: ${missingFrom(rel).join(', ')}`);
}
if (fs.existsSync(path.join(WORKFLOWS, 'publish.yml'))) {
	const publish = read('.github/workflows/publish.yml');
	if (!/^\s*id-token:\s*write\b/m.test(publish)) problems.push('publish.yml lacks `id-token: write` (npm provenance needs the OIDC token)');
	if (!/^\s*(-\s*)?run:\s*npm publish\b.*--provenance/m.test(publish)) problems.push('publish.yml does not run `npm publish --provenance`');
}

if (problems.length) {
	console.error(`workflow check failed:\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
console.log(`workflows: ${files.join(', ')} valid (@action-validator/cli); CI runs .ci/run's fast part; publish uses npm provenance`);
