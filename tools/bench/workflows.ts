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

/** The campaign the write scenario loads: ACCOUNT's preview campaign 20453 (tools/simulator/account.ts). */
export const WRITE_CAMPAIGN = { type_campaign: 'preview', campaign_id: '20453' };

/** Lead n (from 0) as a form or a sheet gives it, already in Wolkvox's field names. */
export const leadCustomerId = (n: number): string => String(900_000_001 + n);

/** A Code node that makes `count` leads; built in n8n, since 25,000 items written out would be a 2 MB node. */
function leadItems(count: number): NodeSpec {
	const jsCode = [
		`return Array.from({ length: ${count} }, (_, i) => ({`,
		`  json: { customer_name: 'Lead ' + (i + 1), customer_id: String(${leadCustomerId(0)} + i), tel1: String(3001000000 + i), email: 'lead' + (i + 1) + '@example.com' },`,
		'}));',
	].join('\n');
	return { name: 'Leads', type: 'n8n-nodes-base.code', typeVersion: 2, parameters: { jsCode } };
}

/** Campaign → Add Records (node version 2), the items mapped automatically, as a user adds it. */
export function ourAddRecords(id: string, credential: CredentialRef, items: number): JsonObject {
	const parameters = {
		resource: 'campaign',
		operation: 'add_record',
		...WRITE_CAMPAIGN,
		campaign_status: '',
		recordFields: { mappingMode: 'autoMapInputData', value: null },
	};
	return chain(id, `bench add records ${items} items`, [manualTrigger(), leadItems(items), { ...wolkvoxNode(parameters, credential), typeVersion: 2 }]);
}

/**
 * The HTTP Request a user builds for the same leads: one POST per item to add_record with the lead as
 * a one-record list, the token in the wolkvox-token header, n8n's defaults otherwise; `retryOnFail`
 * switches on the node's Retry On Fail (n8n's defaults: 3 tries, 1 s apart).
 */
export function httpAddRecords(
	id: string,
	baseUrl: string,
	token: string,
	items: number,
	{ retryOnFail = false, batching }: { retryOnFail?: boolean; batching?: { size: number; intervalMs: number } } = {},
): JsonObject {
	const http = httpNode(`${baseUrl}/api/v2/campaign.php`, token, { api: 'add_record', ...WRITE_CAMPAIGN }, batching);
	const post: NodeSpec = {
		...http,
		parameters: { method: 'POST', ...http.parameters, sendBody: true, specifyBody: 'json', jsonBody: '={{ JSON.stringify([$json]) }}' },
		...(retryOnFail ? { retryOnFail: true } : {}),
	};
	const label = [retryOnFail && 'Retry On Fail', batching && 'batched'].filter(Boolean).join(', ');
	return chain(id, `bench HTTP add records ${items} items${label ? ` (${label})` : ''}`, [manualTrigger(), leadItems(items), post]);
}
