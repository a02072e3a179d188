/**
 * Small builders for n8n workflow JSON (n8n's export format), shared by the e2e suites and the demo.
 * Node type versions are ones both pinned n8n lines (1.123.x and 2.41.x) know.
 */
import type { Json, JsonObject } from './n8n';
import { WOLKVOX_NODE_TYPE } from './examples';

export interface NodeSpec extends JsonObject {
	name: string;
	type: string;
	typeVersion: number;
	parameters: JsonObject;
}

export interface CredentialRef {
	id: string;
	name: string;
}

export function manualTrigger(name = 'Start'): NodeSpec {
	return { name, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} };
}

/** A Code node that emits these items (runOnceForAllItems). */
export function itemsNode(name: string, items: JsonObject[]): NodeSpec {
	return {
		name,
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		parameters: { jsCode: `return ${JSON.stringify(items)}.map((json) => ({ json }));` },
	};
}

/**
 * The Wolkvox node. `continueOnError` sets n8n's "On Error: Continue" node setting, which is what
 * makes `continueOnFail()` true in both n8n lines. `typeVersion` 2 is what a node added today gets;
 * `retry` sets n8n's Retry On Fail node setting (n8n waits `waitMs` between tries).
 */
export function wolkvoxNode(
	parameters: JsonObject,
	credential: CredentialRef,
	{
		name = 'Wolkvox',
		continueOnError = false,
		typeVersion = 1,
		retry,
	}: { name?: string; continueOnError?: boolean; typeVersion?: 1 | 2; retry?: { maxTries: number; waitMs: number } } = {},
): NodeSpec {
	return {
		name,
		type: WOLKVOX_NODE_TYPE,
		typeVersion,
		parameters,
		credentials: { wolkvoxApi: { id: credential.id, name: credential.name } },
		...(continueOnError ? { onError: 'continueRegularOutput' } : {}),
		...(retry ? { retryOnFail: true, maxTries: retry.maxTries, waitBetweenTries: retry.waitMs } : {}),
	};
}

/** A Set node (v3.4) adding string fields from expressions, keeping the item's other fields. */
export function setNode(name: string, fields: Record<string, string>): NodeSpec {
	return {
		name,
		type: 'n8n-nodes-base.set',
		typeVersion: 3.4,
		parameters: {
			assignments: {
				assignments: Object.entries(fields).map(([field, value], index) => ({ id: `assignment-${index}`, name: field, value, type: 'string' })),
			},
			includeOtherFields: true,
			options: {},
		},
	};
}

/** A workflow whose nodes run one after the other, in the order given. */
export function chain(id: string, name: string, nodes: NodeSpec[]): JsonObject {
	const connections: Record<string, Json> = {};
	nodes.slice(0, -1).forEach((node, index) => {
		connections[node.name] = { main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]] };
	});
	return {
		id,
		name,
		active: false,
		nodes: nodes.map((node, index) => ({ id: `${id}-node-${index}`, position: [index * 220, 0], ...node })),
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}
