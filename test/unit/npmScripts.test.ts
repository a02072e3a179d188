/**
 * The npm scripts and the ESM tooling behind them resolve: a moved file breaks `npm run dev`, `demo`,
 * `bench` or the e2e and queue suites only when someone runs them, so the unit tests look first.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { loadN8nTooling, REPO_ROOT } from '../../tools/lib/n8n';
import { loadQueueTooling } from '../../tools/lib/queue';

const scripts = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The repository files a command names: its words that end like a source or config file. */
const filesOf = (command: string) => command.split(/\s+/).filter((word) => /^[\w./-]+\.(ts|mjs|cjs|js|json)$/.test(word));

describe('npm scripts', () => {
	it('finds the files they name', () => {
		const named = Object.entries(scripts).flatMap(([name, command]) => filesOf(command).map((file) => ({ name, file })));
		expect(named.map(({ file }) => file)).toEqual(expect.arrayContaining(['tools/simulator/cli.ts', 'tools/dev.ts', 'tools/demo.ts', 'tools/bench/index.ts']));
		expect(named.filter(({ file }) => !existsSync(path.join(REPO_ROOT, file)))).toEqual([]);
	});

	it('run only scripts that exist', () => {
		const runs = Object.entries(scripts).flatMap(([name, command]) => [...command.matchAll(/npm run ([\w:-]+)/g)].map((m) => ({ name, runs: m[1] })));
		expect(runs.length).toBeGreaterThan(0);
		expect(runs.filter(({ runs: script }) => !(script in scripts))).toEqual([]);
	});

	it('load the n8n and queue tooling (tools/n8n/run.mjs, tools/queue/cluster.mjs)', async () => {
		expect(typeof (await loadN8nTooling()).createN8nHome).toBe('function');
		expect(typeof (await loadQueueTooling()).startRedis).toBe('function');
	});
});
