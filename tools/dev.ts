/**
 * `npm run dev`: the n8n editor on http://127.0.0.1:${N8N_PORT:-5678} with this package loaded,
 * the Wolkvox simulator running, the credential "Wolkvox (simulator)" (id wolkvoxSimulator) pointing
 * at it, the example workflows imported, and the owner account ready. Runs until Ctrl-C.
 *
 * The n8n home is kept in .artifacts/n8n-dev/<version> (git-ignored), so what you build in the
 * editor survives a restart; delete that folder to start over. Every start copies the current
 * build into n8n; while it runs, a rebuild (`npm run build` in another terminal) is copied again
 * and n8n hot-reloads the node (N8N_DEV_RELOAD). N8N_VERSION picks another pinned n8n.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { startSimulator } from './simulator/server';
import { EXAMPLE_CREDENTIAL, loadExamples } from './lib/examples';
import { createHome, loadN8nTooling, REPO_ROOT } from './lib/n8n';

const DEV_TOKEN = 'dev-token';
const DIST = path.join(REPO_ROOT, 'dist');
const MARKER = 'wolkvox-dev.json';

/** A cheap fingerprint of dist/: files, sizes and times. Polling, because `npm run build` deletes
 * dist/ first, and a file watcher on a deleted folder goes silent. */
function distFingerprint(): string {
	const parts: string[] = [];
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else {
				const stat = fs.statSync(full);
				parts.push(`${full}:${stat.size}:${stat.mtimeMs}`);
			}
		}
	};
	try {
		walk(DIST);
	} catch {
		return 'missing';
	}
	return parts.sort().join('|');
}

function builtCompletely(): boolean {
	const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } };
	return [...pkg.n8n.nodes, ...pkg.n8n.credentials].every((f) => fs.existsSync(path.join(REPO_ROOT, f)));
}

async function main(): Promise<void> {
	const tooling = await loadN8nTooling();
	const version = process.env.N8N_VERSION || tooling.DEFAULT_N8N_VERSION;
	if (!Object.values(tooling.PINNED_N8N_VERSIONS).includes(version)) {
		throw new Error(`N8N_VERSION ${version} is not pinned (${Object.values(tooling.PINNED_N8N_VERSIONS).join(', ')})`);
	}
	const port = Number(process.env.N8N_PORT || 5678);
	const homeDir = path.join(REPO_ROOT, '.artifacts', 'n8n-dev', version);
	fs.mkdirSync(homeDir, { recursive: true });

	console.log(`Starting n8n ${version} (installed on first use, then cached) ...`);
	// Real time, so "Today" and "Yesterday" in the editor mean what they say.
	const sim = await startSimulator({ token: DEV_TOKEN, seed: 1, latencyMs: 20 });
	const home = await createHome({ version, packageDir: REPO_ROOT, dir: homeDir });
	// The simulator's port changes every start: importing the credential again updates it (same id).
	await tooling.importCredentials(home, [
		{ ...EXAMPLE_CREDENTIAL, type: 'wolkvoxApi', data: { server: sim.url, token: DEV_TOKEN, timezone: 'America/Bogota', maxConcurrentRequests: 1 } },
	]);
	// Examples only on the first start of this home, so edits made in the editor are not overwritten.
	const markerFile = path.join(homeDir, MARKER);
	const examples = loadExamples();
	if (!fs.existsSync(markerFile)) {
		await tooling.importWorkflows(home, examples.map((e) => e.runnable));
		fs.writeFileSync(markerFile, JSON.stringify({ examplesImported: examples.map((e) => e.key) }, null, 2) + '\n');
	}

	// n8n's output goes to a file, not the terminal: offline, 2.x alone prints dozens of lines of
	// stack traces about registries it cannot reach.
	const logFile = path.join(homeDir, 'n8n.log');
	// On failure the error carries the tail of n8n's output.
	const editor = await tooling.startEditor({ home, port, owner: true, env: { N8N_DEV_RELOAD: 'true' } });
	let logged = '';
	const flushLog = () => {
		const text = editor.logs();
		if (text !== logged) fs.writeFileSync(logFile, (logged = text));
	};

	let last = distFingerprint();
	let pending: string | undefined;
	const poll = setInterval(() => {
		flushLog();
		const now = distFingerprint();
		if (now === last) {
			pending = undefined;
			return;
		}
		// Copy once dist/ has stopped changing for one poll and the build is complete.
		if (now !== pending || !builtCompletely()) {
			pending = now;
			return;
		}
		last = now;
		pending = undefined;
		try {
			home.refreshPackage();
			console.log(`[dev] ${new Date().toLocaleTimeString()} new build copied into n8n; it hot-reloads the node (reopen the node panel; restart if a change does not show)`);
		} catch (error) {
			console.error(`[dev] could not copy the build: ${error instanceof Error ? error.message : String(error)}`);
		}
	}, 1000);

	const swaps = [...new Set(examples.flatMap((e) => Object.values(e.swapped).map((s) => s.replace(/n8n-nodes-base\./g, ''))))];
	console.log(
		[
			'',
			`n8n ${version} editor with n8n-nodes-wolkvox: ${editor.url}   (up in ${(editor.startMs / 1000).toFixed(0)} s)`,
			`  owner login   ${editor.owner?.email} / ${editor.owner?.password}`,
			`  credential    ${EXAMPLE_CREDENTIAL.name} (id ${EXAMPLE_CREDENTIAL.id}) -> ${sim.url}, token ${DEV_TOKEN}`,
			`  workflows     ${examples.length} examples, runnable copies (${swaps.join(', ')})`,
			`  n8n home      ${path.relative(REPO_ROOT, homeDir)} (kept between runs; delete it to start over)`,
			`  n8n log       ${path.relative(REPO_ROOT, logFile)} (tail -f it: node errors, reloads)`,
			'  rebuild       `npm run build` in another terminal: copied into n8n and hot-reloaded',
			'Ctrl-C stops n8n and the simulator.',
			'',
		].join('\n'),
	);

	let stopping = false;
	const stop = async (code: number) => {
		if (stopping) return;
		stopping = true;
		clearInterval(poll);
		console.log('\nStopping n8n and the simulator ...');
		await editor.stop();
		flushLog();
		await sim.close();
		process.exit(code);
	};
	process.on('SIGINT', () => void stop(0));
	process.on('SIGTERM', () => void stop(0));
	editor.process.on('exit', () => {
		if (!stopping) console.error(`n8n exited by itself; its log: ${path.relative(REPO_ROOT, logFile)}`);
		void stop(1);
	});
}

main().catch((error: unknown) => {
	console.error(`dev failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
