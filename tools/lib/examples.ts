/**
 * The example workflows of examples/*.json, and a small transform that makes them runnable
 * anywhere: the Schedule Trigger becomes a Manual Trigger (so `n8n execute-batch` can start them),
 * and the nodes that would reach third parties (Google Sheets, Send Email, Slack, …) become No-Op
 * nodes with the same name, so connections and downstream expressions stay as they are while the
 * Wolkvox part runs for real. An example that starts with the Wolkvox Trigger keeps it: n8n polls a
 * trigger only in an active workflow (`n8n execute-batch` cannot start one), so such an example is
 * `polling` and is run by activating it (test/e2e/trigger.e2e.test.ts).
 *
 * A node that brings data in from a third party (a Google Sheets read, the Google Sheets Trigger)
 * must have sample rows pinned on it in the example (the workflow's `pinData`, which n8n's editor
 * also uses instead of calling the service while the node is pinned). The runnable copy replaces
 * it with a Code node of the same name that returns exactly those rows; a trigger gets a Manual
 * Trigger in front of it. An inbound node without pinned rows is refused: a No-Op would hand on no
 * rows at all and the run would prove nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { findActionResource } from '../../nodes/Wolkvox/shared/catalog';
import { REPO_ROOT, type Json, type JsonObject } from './n8n';

export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

/** The credential every example references (by id; the name is what the editor shows). */
export const EXAMPLE_CREDENTIAL = Object.freeze({ id: 'wolkvoxSimulator', name: 'Wolkvox (simulator)' });

export const WOLKVOX_NODE_TYPE = 'n8n-nodes-wolkvox.wolkvox';
export const WOLKVOX_TRIGGER_TYPE = 'n8n-nodes-wolkvox.wolkvoxTrigger';

const MANUAL_TRIGGER = { type: 'n8n-nodes-base.manualTrigger', typeVersion: 1 };
const NO_OP = { type: 'n8n-nodes-base.noOp', typeVersion: 1 };

/** Triggers that wait for time to pass: replaced by a Manual Trigger. */
const TIMED_TRIGGERS = new Set(['n8n-nodes-base.scheduleTrigger', 'n8n-nodes-base.cron', 'n8n-nodes-base.interval']);

/** Nodes that send data out of n8n (and need their own credentials): replaced by a No-Op. */
const OUTBOUND = new Set([
	'n8n-nodes-base.googleSheets',
	'n8n-nodes-base.emailSend',
	'n8n-nodes-base.slack',
	'n8n-nodes-base.gmail',
	'n8n-nodes-base.microsoftTeams',
	'n8n-nodes-base.microsoftOutlook',
	'n8n-nodes-base.telegram',
	'n8n-nodes-base.discord',
	'n8n-nodes-base.httpRequest',
]);

/** Triggers that start a run with data from a third party: replaced by a Manual Trigger and their pinned rows. */
const INBOUND_TRIGGERS = new Set(['n8n-nodes-base.googleSheetsTrigger']);

/** Operations of outbound node types that read from the service instead (they need pinned rows). */
const READS: Record<string, string[]> = { 'n8n-nodes-base.googleSheets': ['read'] };

const CODE = { type: 'n8n-nodes-base.code', typeVersion: 2 };
/** The Manual Trigger put in front of an inbound trigger's stand-in. */
export const TEST_RUN_TRIGGER = 'Test run';

/**
 * Nodes that only compute inside n8n: kept. Anything else is refused, so a new example with, say,
 * a WhatsApp node fails loudly here instead of trying to message someone from a test run.
 */
const LOCAL = new Set([
	WOLKVOX_NODE_TYPE,
	WOLKVOX_TRIGGER_TYPE,
	'n8n-nodes-base.manualTrigger',
	'n8n-nodes-base.code',
	'n8n-nodes-base.if',
	'n8n-nodes-base.switch',
	'n8n-nodes-base.filter',
	'n8n-nodes-base.set',
	'n8n-nodes-base.html',
	'n8n-nodes-base.merge',
	'n8n-nodes-base.aggregate',
	'n8n-nodes-base.summarize',
	'n8n-nodes-base.splitOut',
	'n8n-nodes-base.sort',
	'n8n-nodes-base.limit',
	'n8n-nodes-base.dateTime',
	'n8n-nodes-base.noOp',
	'n8n-nodes-base.stickyNote',
]);

export interface Example {
	/** File name without .json, e.g. `yesterday-ivr-report-email`. */
	key: string;
	/** As shipped (with a stable id added). */
	original: JsonObject;
	/** Runnable copy (see the file comment). */
	runnable: JsonObject;
	/** What the transform changed: node name -> `old type -> new type`. */
	swapped: Record<string, string>;
	/** Names of the example's Wolkvox nodes. */
	wolkvoxNodes: string[];
	/** The example's Wolkvox Trigger, when it starts with one: it runs when activated, not from execute-batch. */
	polling?: string;
	/** Whether a Wolkvox node of it writes (Campaign, Do Not Call): it changes the account it runs on. */
	acts: boolean;
}

interface WorkflowNode extends JsonObject {
	name: string;
	type: string;
}

/** Every example, sorted by file name. Ids are stable and contain digits (n8n execute-batch only takes ids with a digit). */
export function loadExamples(): Example[] {
	const files = fs.readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json')).sort();
	return files.map((file, index) => {
		const key = file.replace(/\.json$/, '');
		const original = JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')) as JsonObject;
		original.id ??= `wolkvoxExample${String(index + 1).padStart(2, '0')}`;
		const { workflow, swapped } = makeRunnable(original);
		const nodes = original.nodes as WorkflowNode[];
		const polling = nodes.find((n) => n.type === WOLKVOX_TRIGGER_TYPE)?.name;
		const wolkvox = nodes.filter((n) => n.type === WOLKVOX_NODE_TYPE);
		return {
			key,
			original,
			runnable: workflow,
			swapped,
			wolkvoxNodes: wolkvox.map((n) => n.name),
			...(polling ? { polling } : {}),
			acts: wolkvox.some((n) => findActionResource(String((n.parameters as JsonObject | undefined)?.resource ?? '')) !== undefined),
		};
	});
}

/** The rows pinned on a node, as n8n exports them (`[{ json }]`) or as plain objects. */
function pinnedRows(workflow: JsonObject, name: string): JsonObject[] | undefined {
	const pinned = (workflow.pinData as Record<string, Json[]> | undefined)?.[name];
	if (!Array.isArray(pinned) || pinned.length === 0) return undefined;
	return pinned.map((row) => {
		const item = row as JsonObject;
		return (item.json && typeof item.json === 'object' ? item.json : item) as JsonObject;
	});
}

/** The transform itself (pure): returns a copy, the original is untouched. */
export function makeRunnable(original: JsonObject): { workflow: JsonObject; swapped: Record<string, string> } {
	const workflow = JSON.parse(JSON.stringify(original)) as JsonObject;
	const swapped: Record<string, string> = {};
	const added: WorkflowNode[] = [];
	const connections = (workflow.connections ?? {}) as Record<string, Json>;
	const pinData = { ...((workflow.pinData ?? {}) as Record<string, Json>) };
	workflow.nodes = (workflow.nodes as WorkflowNode[]).map((node): WorkflowNode => {
		const operation = String((node.parameters as JsonObject | undefined)?.operation ?? '');
		const inbound = INBOUND_TRIGGERS.has(node.type) || (READS[node.type] ?? []).includes(operation);
		// Same name and position: connections and `$('Node')` expressions keep working; no credentials.
		const keep = { id: node.id, name: node.name, position: node.position };
		if (inbound) {
			const rows = pinnedRows(original, node.name);
			if (!rows) {
				throw new Error(`examples: node "${node.name}" (${node.type}) reads from a third party; pin sample rows on it (the workflow's pinData) so test runs have data`);
			}
			delete pinData[node.name];
			const jsCode = `// Stand-in for ${node.type}: the example's pinned sample rows.\nreturn ${JSON.stringify(rows)}.map((json) => ({ json }));`;
			if (INBOUND_TRIGGERS.has(node.type)) {
				const [x, y] = (node.position as number[] | undefined) ?? [0, 0];
				added.push({ id: `${String(node.id)}-test-run`, name: TEST_RUN_TRIGGER, position: [x - 220, y], ...MANUAL_TRIGGER, parameters: {} });
				connections[TEST_RUN_TRIGGER] = { main: [[{ node: node.name, type: 'main', index: 0 }]] };
				swapped[node.name] = `${node.type} -> ${MANUAL_TRIGGER.type} + ${CODE.type} (pinned rows)`;
			} else {
				swapped[node.name] = `${node.type} -> ${CODE.type} (pinned rows)`;
			}
			return { ...keep, ...CODE, parameters: { jsCode } as JsonObject };
		}
		const replacement = TIMED_TRIGGERS.has(node.type) ? MANUAL_TRIGGER : OUTBOUND.has(node.type) ? NO_OP : undefined;
		if (!replacement) {
			if (!LOCAL.has(node.type)) {
				throw new Error(`examples: node "${node.name}" (${node.type}) is neither local nor a known outbound node; add its type to tools/lib/examples.ts`);
			}
			return node;
		}
		swapped[node.name] = `${node.type} -> ${replacement.type}`;
		return { ...keep, ...replacement, parameters: {} as JsonObject };
	});
	if (added.length > 0) {
		if ((workflow.nodes as WorkflowNode[]).some((n) => n.name === TEST_RUN_TRIGGER)) throw new Error(`examples: a node is already named "${TEST_RUN_TRIGGER}"`);
		workflow.nodes = [...added, ...(workflow.nodes as WorkflowNode[])];
	}
	workflow.connections = connections;
	workflow.pinData = pinData;
	workflow.active = false;
	return { workflow, swapped };
}
