/**
 * The queue-mode test's workflow: a production webhook on the main instance (queue mode hands the
 * execution to a worker), its body's items split into one item each, the Wolkvox node's billing
 * usage for each item's product (one call per item), then n8n's own paired-item resolution copies
 * each input item's tag onto the output item it produced.
 */
import type { JsonObject } from '../../tools/lib/n8n';
import { chain, setNode, wolkvoxNode, type CredentialRef, type NodeSpec } from '../../tools/lib/workflows';

export interface QueueItem extends JsonObject {
	tag: string;
	product: string;
}

function webhook(path: string, webhookId: string): NodeSpec {
	return {
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		webhookId,
		// The answer waits for the whole execution and carries every item of the last node.
		parameters: { httpMethod: 'POST', path, responseMode: 'lastNode', responseData: 'allEntries', options: {} },
	};
}

function splitItems(): NodeSpec {
	return {
		name: 'Items',
		type: 'n8n-nodes-base.splitOut',
		typeVersion: 1,
		parameters: { fieldToSplitOut: 'body.items', include: 'noOtherFields', options: {} },
	};
}

/** A workflow answering POST /webhook/<path> once it is published (active). */
export function queueWorkflow(id: string, path: string, webhookId: string, credential: CredentialRef): JsonObject {
	return chain(id, `queue ${path}`, [
		webhook(path, webhookId),
		splitItems(),
		wolkvoxNode({ resource: 'billing', operation: 'getUsage', product: '={{ $json.product }}', options: {} }, credential),
		setNode('Tagged', { tag: "={{ $('Items').item.json.tag }}" }),
	]);
}

/** The leads of one execution of the write workflow: record fields only, as a sheet mapped to them gives. */
export interface QueueLead extends JsonObject {
	customer_name: string;
	customer_id: string;
	tel1: string;
}

/**
 * A webhook's leads into one Add Records call (a preview campaign, Map Automatically), so that
 * executions on different workers write at the same time through one token.
 */
export function queueWriteWorkflow(id: string, path: string, webhookId: string, credential: CredentialRef, campaignId: string): JsonObject {
	return chain(id, `queue ${path}`, [
		webhook(path, webhookId),
		splitItems(),
		wolkvoxNode(
			{
				resource: 'campaign',
				operation: 'add_record',
				type_campaign: 'preview',
				campaign_id: campaignId,
				recordFields: { mappingMode: 'autoMapInputData', value: null },
			},
			credential,
			{ typeVersion: 2 },
		),
	]);
}
