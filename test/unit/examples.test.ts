/**
 * The transform that makes the example workflows runnable in tests (tools/lib/examples.ts), on
 * small workflows and on the shipped examples.
 */
import { loadExamples, makeRunnable, TEST_RUN_TRIGGER } from '../../tools/lib/examples';
import type { JsonObject } from '../../tools/lib/n8n';

const ROWS = [{ Phone: '3105550701', Status: 'active' }, { Phone: '3105550703', Status: 'removed' }];

const node = (name: string, type: string, parameters: JsonObject = {}): JsonObject => ({ id: `id-${name}`, name, type, typeVersion: 1, position: [100, 40], parameters });

function workflow(nodes: JsonObject[], pinData: JsonObject = {}): JsonObject {
	const connections: JsonObject = {};
	nodes.slice(0, -1).forEach((n, i) => (connections[String(n.name)] = { main: [[{ node: String(nodes[i + 1].name), type: 'main', index: 0 }]] }));
	return { name: 'w', nodes, connections, settings: {}, pinData };
}

/** Runs a stand-in Code node's code the way n8n's Code node would (all items at once), without n8n. */
function standInRows(standIn: JsonObject): unknown[] {
	const code = String((standIn.parameters as JsonObject).jsCode);
	return (new Function(code) as () => Array<{ json: unknown }>)().map((i) => i.json);
}

const nodeNamed = (w: JsonObject, name: string) => (w.nodes as JsonObject[]).find((n) => n.name === name)!;

describe('makeRunnable', () => {
	it('a sheet read becomes a Code node of the same name returning its pinned rows', () => {
		const original = workflow(
			[node('Nightly', 'n8n-nodes-base.scheduleTrigger'), node('Read sheet', 'n8n-nodes-base.googleSheets', { operation: 'read' }), node('Done', 'n8n-nodes-base.noOp')],
			{ 'Read sheet': ROWS.map((json) => ({ json })) },
		);
		const before = JSON.stringify(original);
		const { workflow: runnable, swapped } = makeRunnable(original);
		expect(swapped).toEqual({
			Nightly: 'n8n-nodes-base.scheduleTrigger -> n8n-nodes-base.manualTrigger',
			'Read sheet': 'n8n-nodes-base.googleSheets -> n8n-nodes-base.code (pinned rows)',
		});
		const standIn = nodeNamed(runnable, 'Read sheet');
		expect([standIn.type, standIn.position, standIn.credentials]).toEqual(['n8n-nodes-base.code', [100, 40], undefined]);
		expect(standInRows(standIn)).toEqual(ROWS);
		// The pinned rows now come from the stand-in, not from pinData; the connections are untouched.
		expect(runnable.pinData).toEqual({});
		expect(runnable.connections).toEqual(original.connections);
		expect(JSON.stringify(original)).toBe(before);
	});

	it('a Google Sheets Trigger gets a Manual Trigger in front of its stand-in', () => {
		const original = workflow([node('New row', 'n8n-nodes-base.googleSheetsTrigger', { event: 'rowAdded' }), node('Done', 'n8n-nodes-base.noOp')], { 'New row': ROWS });
		const { workflow: runnable, swapped } = makeRunnable(original);
		expect(swapped).toEqual({ 'New row': 'n8n-nodes-base.googleSheetsTrigger -> n8n-nodes-base.manualTrigger + n8n-nodes-base.code (pinned rows)' });
		expect(nodeNamed(runnable, TEST_RUN_TRIGGER).type).toBe('n8n-nodes-base.manualTrigger');
		// Plain objects in pinData are rows too.
		expect(standInRows(nodeNamed(runnable, 'New row'))).toEqual(ROWS);
		expect((runnable.connections as JsonObject)[TEST_RUN_TRIGGER]).toEqual({ main: [[{ node: 'New row', type: 'main', index: 0 }]] });
		expect((runnable.connections as JsonObject)['New row']).toEqual((original.connections as JsonObject)['New row']);
	});

	it('refuses an inbound sheet node without pinned rows, and keeps a sheet append an outbound No-Op', () => {
		expect(() => makeRunnable(workflow([node('Read sheet', 'n8n-nodes-base.googleSheets', { operation: 'read' })]))).toThrow(
			/"Read sheet" \(n8n-nodes-base.googleSheets\) reads from a third party; pin sample rows/,
		);
		expect(() => makeRunnable(workflow([node('New row', 'n8n-nodes-base.googleSheetsTrigger')]))).toThrow(/pin sample rows/);
		const { swapped } = makeRunnable(workflow([node('Append', 'n8n-nodes-base.googleSheets', { operation: 'append' })]));
		expect(swapped).toEqual({ Append: 'n8n-nodes-base.googleSheets -> n8n-nodes-base.noOp' });
	});
});

describe('the shipped examples', () => {
	const examples = loadExamples();

	it('the ones that write are told apart from the ones that read', () => {
		expect(Object.fromEntries(examples.map((e) => [e.key, e.acts]))).toEqual({
			'daily-billing-snapshot': false,
			'new-sheet-leads-to-preview-campaign': true,
			'nightly-do-not-call-sync': true,
			'usage-threshold-alert': false,
			'whatsapp-callback-abandoned-callers': true,
			'yesterday-ivr-report-email': false,
		});
	});

	it('every inbound sheet of an example has sample rows, and the writing ones use the node as added today (version 2)', () => {
		for (const e of examples.filter((x) => x.acts)) {
			const nodes = e.original.nodes as JsonObject[];
			expect(nodes.filter((n) => e.wolkvoxNodes.includes(String(n.name))).map((n) => n.typeVersion)).toEqual(e.wolkvoxNodes.map(() => 2));
			// One that starts with the Wolkvox Trigger (the WhatsApp callback) reads no sheet.
			if (e.polling) continue;
			const standIns = Object.entries(e.swapped).filter(([, change]) => change.endsWith('(pinned rows)'));
			expect(standIns).toHaveLength(1);
			expect(standInRows(nodeNamed(e.runnable, standIns[0][0])).length).toBeGreaterThan(2);
			expect(nodes.every((n) => !n.credentials || JSON.stringify(n.credentials) === JSON.stringify({ wolkvoxApi: { id: 'wolkvoxSimulator', name: 'Wolkvox (simulator)' } }))).toBe(true);
		}
	});
});
