/**
 * `npm run demo`: the node in a real n8n, end to end, in well under a minute once n8n is cached.
 *
 * Runs the example workflows (examples/*.json, made runnable: Schedule Trigger -> Manual Trigger,
 * Google Sheets / Send Email / Slack -> No-Op) and a short billing run, and prints each Wolkvox
 * node's items as a table. An example that starts with the Wolkvox Trigger runs only when activated
 * (n8n polls it then): it is named, not run (its e2e: test/e2e/trigger.e2e.test.ts). Against the simulator by default; with WOLKVOX_SERVER and
 * WOLKVOX_TOKEN set (WOLKVOX_TIMEZONE optional), against that real Wolkvox account instead; the
 * examples that write (records into a campaign, do-not-call numbers) then are named, not run.
 * N8N_VERSION picks another pinned n8n (default below).
 */
import { startSimulator, type Simulator } from './simulator/server';
import { EXAMPLE_CREDENTIAL, loadExamples, WOLKVOX_NODE_TYPE } from './lib/examples';
import { createHome, loadN8nTooling, type ExecutionResult, type JsonObject, type N8nHome } from './lib/n8n';
import { packPackage } from './lib/package';
import { formatTable } from './lib/table';
import { chain, itemsNode, manualTrigger, wolkvoxNode } from './lib/workflows';

/** 1.123.81 (system Node 20) starts faster than 2.41.1 (Node 24): this run takes ~27 s against ~39 s. */
const DEMO_N8N_VERSION = '1.123.81';
const DEMO_PRODUCTS = ['ivr_calls', 'interactions', 'amd_ai', 'stereo_rec'];

interface Target {
	label: string;
	data: JsonObject;
	sim?: Simulator;
}

async function target(): Promise<Target> {
	const { WOLKVOX_SERVER: server, WOLKVOX_TOKEN: token, WOLKVOX_TIMEZONE: timezone } = process.env;
	if (server || token) {
		if (!server || !token) throw new Error('set both WOLKVOX_SERVER and WOLKVOX_TOKEN (and optionally WOLKVOX_TIMEZONE) for a real account');
		const data = { server, token, timezone: timezone || 'America/Bogota', maxConcurrentRequests: 1 };
		// 4 + 27 + 1 calls (the writing examples are left out), each one token of the operation's daily quota.
		return { label: `real Wolkvox account (server ${server}, ${data.timezone}; up to 32 API tokens of today's quota)`, data };
	}
	// Real time: the examples ask for "yesterday" and "this month".
	const sim = await startSimulator({ token: 'demo-token', seed: 1, latencyMs: 20 });
	return { label: `Wolkvox simulator at ${sim.url}`, data: { server: sim.url, token: 'demo-token', timezone: 'America/Bogota', maxConcurrentRequests: 1 }, sim };
}

interface Flow {
	title: string;
	workflow: JsonObject;
	swapped: Record<string, string>;
}

function billingFlow(): Flow {
	const workflow = chain('wolkvoxDemo0001', 'Demo: billing usage of four products', [
		manualTrigger(),
		itemsNode('Products', DEMO_PRODUCTS.map((product) => ({ product }))),
		wolkvoxNode({ resource: 'billing', operation: 'getUsage', product: '={{ $json.product }}', options: {} }, EXAMPLE_CREDENTIAL),
	]);
	return { title: String(workflow.name), workflow, swapped: {} };
}

/** `name (n)`, `name (true 1 / false 0)` for an IF, or `name (not run)`, for every node after the Wolkvox one. */
function downstream(workflow: JsonObject, result: ExecutionResult | undefined, after: string): string {
	const nodes = (workflow.nodes as Array<{ name: string; type: string }>).map((n) => n.name);
	const runData = result?.data.resultData.runData ?? {};
	return nodes
		.slice(nodes.indexOf(after) + 1)
		.map((name) => {
			const outputs = runData[name]?.[0]?.data?.main;
			if (!outputs) return `${name} (not run)`;
			if (outputs.length === 2) return `${name} (true ${outputs[0]?.length ?? 0} / false ${outputs[1]?.length ?? 0})`;
			return `${name} (${outputs[0]?.length ?? 0})`;
		})
		.join(' → ');
}

function report(flow: Flow, entry: { status: string; error?: string; result?: ExecutionResult } | undefined): boolean {
	console.log(`\n━━ ${flow.title}`);
	const swaps = Object.entries(flow.swapped).map(([name, change]) => `${name}: ${change.replace(/n8n-nodes-base\./g, '')}`);
	if (swaps.length) console.log(`   swapped for the demo: ${swaps.join('; ')}`);
	if (entry?.status !== 'success') {
		console.log(`   FAILED (${entry?.status}): ${entry?.error ?? 'no result'}`);
		return false;
	}
	const wolkvox = (flow.workflow.nodes as Array<{ name: string; type: string }>).filter((n) => n.type === WOLKVOX_NODE_TYPE);
	for (const node of wolkvox) {
		const items = (entry.result?.data.resultData.runData[node.name]?.[0]?.data?.main?.[0] ?? []).map((i) => i.json);
		console.log(`   ${node.name}: ${items.length} item${items.length === 1 ? '' : 's'}`);
		console.log(formatTable(items, { maxRows: 10 }));
		const next = downstream(flow.workflow, entry.result, node.name);
		if (next) console.log(`   then: ${next}`);
	}
	return true;
}

async function main(): Promise<void> {
	const started = Date.now();
	const version = process.env.N8N_VERSION || DEMO_N8N_VERSION;
	const tooling = await loadN8nTooling();
	if (!Object.values(tooling.PINNED_N8N_VERSIONS).includes(version)) {
		throw new Error(`N8N_VERSION ${version} is not pinned (${Object.values(tooling.PINNED_N8N_VERSIONS).join(', ')})`);
	}
	const where = await target();
	const pack = packPackage();
	let home: N8nHome | undefined;
	try {
		console.log(`Wolkvox demo: n8n ${version} (installed on first use, then cached) → ${where.label}`);
		home = await createHome({ version, packageDir: pack.tgz });
		await tooling.importCredentials(home, [
			{ ...EXAMPLE_CREDENTIAL, ...(where.sim ? {} : { name: 'Wolkvox (demo account)' }), type: 'wolkvoxApi', data: where.data },
		]);
		const examples = loadExamples();
		for (const e of examples.filter((x) => x.polling)) {
			console.log(`(${String(e.runnable.name)}: starts with the Wolkvox Trigger, which runs when the workflow is activated; not run here)`);
		}
		// Sample leads and numbers belong in the simulator, never in someone's real campaigns.
		for (const e of examples.filter((x) => x.acts && !where.sim)) {
			console.log(`(${String(e.runnable.name)}: writes to the account; run against the simulator only)`);
		}
		const runnable = examples.filter((e) => !e.polling && (where.sim || !e.acts));
		const flows: Flow[] = [billingFlow(), ...runnable.map((e) => ({ title: String(e.runnable.name), workflow: e.runnable, swapped: e.swapped }))];
		const ids = await tooling.importWorkflows(home, flows.map((f) => f.workflow));
		const batch = await tooling.executeWorkflows(home, ids);
		const ok = flows.map((flow, i) => report(flow, batch[ids[i]])).every(Boolean);

		const seconds = ((Date.now() - started) / 1000).toFixed(0);
		const calls = where.sim ? `${where.sim.stats.requests} API calls, at most ${where.sim.stats.peakConcurrent} at once` : 'against the real account';
		console.log(`\n${ok ? 'Done' : 'Done, with failures'}: ${flows.length} workflows in n8n ${version} (Node ${home.install.nodeVersion}), ${calls}, ${seconds} s.`);
		if (!ok) process.exitCode = 1;
	} finally {
		await home?.cleanup();
		await where.sim?.close();
		pack.cleanup();
	}
}

main().catch((error: unknown) => {
	console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
