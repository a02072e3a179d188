/**
 * The built package as users get it: `npm pack` of the repository (package.json + dist/ + README +
 * LICENSE, what "files" lets through). n8n loads this copy, so a test sees exactly what would be
 * published, and a later `npm run build` elsewhere (it wipes dist/ first) cannot pull files from
 * under a running n8n.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { REPO_ROOT } from './n8n';

/** Packs the repository into a fresh temp folder; returns the .tgz path and a cleanup. */
export function packPackage(): { tgz: string; cleanup(): void } {
	if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'nodes', 'Wolkvox', 'Wolkvox.node.js'))) {
		throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e / demo / dev do)');
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wolkvox-pack-'));
	const r = spawnSync('npm', ['pack', '--json', '--pack-destination', dir], {
		cwd: REPO_ROOT,
		encoding: 'utf8',
		// npm's update check and funding notes only add noise and network calls.
		env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
	});
	if (r.status !== 0) throw new Error(`npm pack failed (exit ${r.status}): ${r.stderr}`);
	const [{ filename }] = JSON.parse(r.stdout.slice(r.stdout.indexOf('['))) as Array<{ filename: string }>;
	const tgz = path.join(dir, path.basename(filename));
	if (!fs.existsSync(tgz)) throw new Error(`npm pack wrote no ${tgz}`);
	return { tgz, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
