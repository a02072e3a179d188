#!/usr/bin/env node
// npm run scan: n8n's community-package scanner, offline. The registry scan (`npx
// @n8n/scan-community-package <name>`) checks provenance, then lints the attested source and the
// published tarball; here the same exported lint legs run on what we would publish:
//   1. the tarball `npm pack` makes (compiled .js and package.json, as the scanner lints it),
//   2. the source it would fetch (package.json, nodes/, credentials/),
//   3. the built node descriptions rendered as literals (descriptions.mjs), which its
//      node-parameter rules cannot see in the source, where the properties are generated.
// Needs a build (`npm run build`). Zero findings or exit 1.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderBuiltNodes } from './descriptions.mjs';
import { ensureChecks } from './install.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const checks = await ensureChecks();
const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(checks.scanner).href);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wolkvox-scan-'));

try {
	const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
	const tarballDir = path.join(work, 'package');
	fs.mkdirSync(tarballDir);
	execFileSync('tar', ['-xzf', path.join(work, pack.filename), '-C', tarballDir, '--strip-components=1']);

	const renderedDir = path.join(work, 'rendered');
	const rendered = renderBuiltNodes(ROOT, renderedDir);
	// The rendered nodes sit in a copy of the package, so rules that read package.json and the
	// credentials (credential reuse) see what the real node sees.
	fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(renderedDir, 'package.json'));
	fs.cpSync(path.join(ROOT, 'credentials'), path.join(renderedDir, 'credentials'), { recursive: true });

	const legs = [
		{ name: `tarball ${pack.filename}`, dir: tarballDir, patterns: ['**/*.js', 'package.json'] },
		{ name: 'source package.json, nodes/, credentials/', dir: ROOT, patterns: SOURCE_FILE_PATTERNS },
		{ name: `rendered descriptions (${rendered.join(', ')})`, dir: renderedDir, patterns: rendered },
	];
	let failed = 0;
	for (const leg of legs) {
		const result = await analyzePackage(leg.dir, leg.patterns);
		// The scanner passes a leg that matched no file; here that means the leg checked nothing.
		if (result.passed && !result.message) {
			console.log(`scan: ${leg.name}: no findings`);
			continue;
		}
		failed++;
		console.log(`scan: ${leg.name}: ${result.passed ? result.message : 'FAILED'}${result.details ? `\n${result.details}` : ` (${result.message})`}`);
	}
	if (failed) process.exitCode = 1;
	else console.log(`scan: @n8n/scan-community-package rules on ${legs.length} legs, zero findings`);
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}
