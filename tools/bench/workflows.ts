/**
 * The benchmark's workflows: our node, and the peer a user would build from n8n's own nodes (HTTP
 * Request, Split Out) for the same answers.
 */
import type { JsonObject } from '../lib/n8n';
import { chain, itemsNode, manualTrigger, wolkvoxNode, type CredentialRef, type NodeSpec } from '../lib/workflows';

export const OUR_NODE = 'Wolkvox';
export const HTTP_NODE = 'HTTP Request';
export const SPLIT_NODE = 'Split Out';

/** The four billing products of Wolkvox's English pages (docs/wolkvox-api.md#sources), cycled over the items. */
const PRODUCTS = ['ivr_calls', 'interactions', 'amd_ai', 'stereo_rec'];

export interface ReportRange {
	/** Node parameters (wall time in the credential's zone). */
	startDate: string;
	endDate: string;
	/** The same range as Wolkvox's query parameters. */
	date_ini: string;
	date_end: string;
}

const productItems = (count: number) => itemsNode('Products', Array.from({ length: count }, (_, i) => ({ product: PRODUCTS[i % PRODUCTS.length] })));

/** N billing calls, one per item. */
export function ourBilling(id: string, credential: CredentialRef, items: number): JsonObject {
	const parameters = { resource: 'billing', operation: 'getUsage', product: '={{ $json.product }}', options: {} };
	return chain(id, `bench billing ${items} items`, [manualTrigger(), productItems(items), wolkvoxNode(parameters, credential)]);
}

/** A report over a custom range (the node splits it into windows of at most 31 days). */
export function ourReport(id: string, credential: CredentialRef, report: { family: string; api: string }, range: ReportRange): JsonObject {
	const parameters = {
		resource: 'report',
		operation: 'get',
		reportFamily: report.family,
		report: report.api,
		period: 'custom',
		startDate: range.startDate,
		endDate: range.endDate,
		options: {},
	};
	return chain(id, `bench ${report.api}`, [manualTrigger(), wolkvoxNode(parameters, credential)]);
}

/** n8n's HTTP Request node (v4.2) as a user would set it up: the token in the wolkvox-token header. */
function httpNode(url: string, token: string, query: Record<string, string>, batching?: { size: number; intervalMs: number }): NodeSpec {
	return {
		name: HTTP_NODE,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			url,
			sendQuery: true,
			queryParameters: { parameters: Object.entries(query).map(([name, value]) => ({ name, value })) },
			sendHeaders: true,
			headerParameters: { parameters: [{ name: 'wolkvox-token', value: token }] },
			options: batching ? { batching: { batch: { batchSize: batching.size, batchInterval: batching.intervalMs } } } : {},
		},
	};
}

/** The same billing calls through the HTTP Request node: default settings, or batched. */
export function httpBilling(id: string, baseUrl: string, token: string, items: number, batching?: { size: number; intervalMs: number }): JsonObject {
	const http = httpNode(`${baseUrl}/api/v2/billing.php`, token, { api: '={{ $json.product }}' }, batching);
	return chain(id, `bench HTTP billing ${items} items${batching ? ' batched' : ''}`, [manualTrigger(), productItems(items), http]);
}

/** HTTP Request for the report, then Split Out on `data`: one item per row, as our node gives. */
export function httpReport(id: string, baseUrl: string, token: string, api: string, range: ReportRange): JsonObject {
	const http = httpNode(`${baseUrl}/api/v2/reports_manager.php`, token, { api, date_ini: range.date_ini, date_end: range.date_end });
	const split: NodeSpec = {
		name: SPLIT_NODE,
		type: 'n8n-nodes-base.splitOut',
		typeVersion: 1,
		parameters: { fieldToSplitOut: 'data', include: 'noOtherFields', options: {} },
	};
	return chain(id, `bench HTTP ${api} + Split Out`, [manualTrigger(), http, split]);
}

/** Nothing but n8n itself: the memory baseline. */
export function idle(id: string): JsonObject {
	return chain(id, 'bench idle', [manualTrigger(), { name: 'Nothing', type: 'n8n-nodes-base.noOp', typeVersion: 1, parameters: {} }]);
}
