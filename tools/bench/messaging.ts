/**
 * `npx tsx tools/bench/messaging.ts`: N WhatsApp template sends from N items (issue 13), our node in
 * real n8n against the simulator at latency L through c = 2 slots. One send per item cannot take
 * less than N·L/c; the template check adds one call. Reports wall ÷ (N·L/c) (goal ≤ 1.10), the calls
 * made, the refusals (the simultaneous-requests 403) and whether any message was delivered twice.
 * Options: --items N (1000), --latency MS (200, as npm run bench), --build. Not part of CI: nothing here asserts a time.
 */
import { spawnSync } from 'node:child_process';

import { createHome, loadN8nTooling, nodeItems, nodeRunWindow, REPO_ROOT, type N8nHome } from '../lib/n8n';
import { packPackage } from '../lib/package';
import { chain, itemsNode, manualTrigger, wolkvoxNode } from '../lib/workflows';
import { startSimulator, WHATSAPP_CONNECTORS, type Simulator } from '../simulator/server';

const TOKEN = 'sim-token-bench-msg-4d2a';
const TIME_ZONE = 'America/Bogota';
const NOW = new Date('2026-11-23T15:30:00Z');
/** Wolkvox's documented limit of simultaneous requests per token. */
const CAP = 2;
const GOAL = 1.1;

const log = (line: string) => process.stderr.write(`[bench:messaging] ${line}\n`);

function argument(name: string, fallback: number): number {
	const at = process.argv.indexOf(`--${name}`);
	if (at < 0) return fallback;
	const value = Number(process.argv[at + 1]);
	if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive whole number`);
	return value;
}

async function main(): Promise<void> {
	const items = argument('items', 1000);
	const latencyMs = argument('latency', 200);
	if (process.argv.includes('--build')) {
		log('npm run build');
		if (spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) throw new Error('npm run build failed');
	}
	const pack = packPackage();
	let sim: Simulator | undefined;
	let home: N8nHome | undefined;
	try {
		const tooling = await loadN8nTooling();
		home = await createHome({ version: tooling.DEFAULT_N8N_VERSION, packageDir: pack.tgz });
		sim = await startSimulator({ token: TOKEN, now: () => NOW, timezone: TIME_ZONE, latencyMs, maxConcurrent: CAP, dailyQuota: 10_000_000 });
		const credential = { id: 'benchMsgCred001', name: 'Wolkvox bench messaging' };
		await tooling.importCredentials(home, [{ ...credential, type: 'wolkvoxApi', data: { server: sim.url, token: TOKEN, timezone: TIME_ZONE, maxConcurrentRequests: CAP } }]);
		const callers = Array.from({ length: items }, (_, i) => ({ phone: `57300${String(1_000_000 + i)}`, name: `Cliente ${i + 1}`, skill: 'Atención al Cliente' }));
		const parameters = {
			resource: 'whatsapp',
			operation: 'send_template_official',
			connector_id: WHATSAPP_CONNECTORS()[0],
			telephone: '={{ $json.phone }}',
			template_name: 'devolucion_llamada',
			template_vars: '={{ [$json.name, $json.skill] }}',
			options: {},
		};
		const workflow = chain('benchMsgFlow001', `bench ${items} template sends`, [manualTrigger(), itemsNode('Callers', callers), { ...wolkvoxNode(parameters, credential), typeVersion: 2 }]);
		const ids = await tooling.importWorkflows(home, [workflow]);
		log(`${items} template sends at ${latencyMs} ms latency, ${CAP} slots`);
		const entry = (await tooling.executeWorkflows(home, ids, { timeoutMs: 30 * 60_000 }))[ids[0]];
		if (entry?.status !== 'success') throw new Error(`the workflow ended ${entry?.status}: ${entry?.error}`);

		const [start, end] = nodeRunWindow(entry.result, 'Wolkvox');
		const out = nodeItems(entry.result, 'Wolkvox');
		const requests = sim.stats.log;
		const sends = requests.filter((e) => e.query.api === 'send_template_official');
		const refused = requests.filter((e) => e.status === 403).length;
		const phones = sim.state.deliveries.map((d) => d.telephone);
		const doubled = phones.length - new Set(phones).size;
		// The template check is one call more, before the sends.
		const floorMs = ((items + 1) * latencyMs) / CAP;
		const ratio = (end - start) / floorMs;
		const rows: Array<[string, string]> = [
			['items in / out', `${items} / ${out.length} (${out.filter((i) => i.json.outcome === 'sent').length} sent)`],
			['calls', `${requests.length} (${requests.length - sends.length} template check, ${sends.length} sends)`],
			['refused (403)', String(refused)],
			['messages delivered / doubled', `${phones.length} / ${doubled}`],
			['peak concurrent requests', String(sim.stats.peakConcurrent)],
			['node wall', `${((end - start) / 1000).toFixed(2)} s`],
			['floor (N+1)·L/c', `${(floorMs / 1000).toFixed(2)} s`],
			['wall ÷ floor', `${ratio.toFixed(3)} (goal ≤ ${GOAL})`],
		];
		process.stdout.write(`\n| ${items} WhatsApp template sends (n8n ${home.install.version}) | |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`);
		if (doubled > 0 || refused > 0 || phones.length !== items || ratio > GOAL) process.exitCode = 1;
	} finally {
		await sim?.close();
		await home?.cleanup();
		pack.cleanup();
	}
}

main().catch((error: unknown) => {
	process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exitCode = 1;
});
