import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { findActionResource, RESOURCES } from '../shared/catalog';
import { toNodeError } from '../shared/nodeError';
import { connect, DEFAULT_TIMEOUT_MS } from '../shared/transport/request';
import { eachItem } from '../shared/transport/slots';
import type { SlotHolder } from '../shared/transport/slots';
import { fetchParts } from '../shared/pipeline/fetchRows';
import { flagParameter, numberParameter, textParameter } from '../shared/parameters';
import { planItem, selectedEndpoint } from '../shared/pipeline/plan';
import { fieldsParameter, selectFields } from '../shared/pipeline/selectFields';
import { typedRows } from '../shared/pipeline/typedRows';
import { runWrites } from './writes/execute';

/** Every resource has one operation; the catalog says which, and the plan is the same for all. */
const OPERATIONS = new Map(RESOURCES.map((r) => [r.value, r.operation.value]));

async function runItem(ctx: IExecuteFunctions, itemIndex: number, holds: (holder: SlotHolder) => void): Promise<IDataObject[]> {
	const resource = textParameter(ctx, 'resource', itemIndex, 'Resource');
	if (findActionResource(resource)) return await readItem(ctx, itemIndex, holds, resource);
	if (!OPERATIONS.has(resource)) {
		throw new NodeOperationError(ctx.getNode(), `Unknown resource "${resource}"`, {
			itemIndex,
			description: `Use one of: ${[...OPERATIONS.keys()].join(', ')}`,
		});
	}
	const operation = textParameter(ctx, 'operation', itemIndex, 'Operation');
	if (OPERATIONS.get(resource) !== operation) {
		throw new NodeOperationError(ctx.getNode(), `Unsupported operation "${operation}" for resource "${resource}"`, {
			itemIndex,
			description: `Use the operation ${OPERATIONS.get(resource)}`,
		});
	}
	return await readItem(ctx, itemIndex, holds, resource);
}

/** One item of a read: its plan, its rows, typed and cut to the Limit. */
async function readItem(ctx: IExecuteFunctions, itemIndex: number, holds: (holder: SlotHolder) => void, resource: string): Promise<IDataObject[]> {
	const connection = await connect(ctx, itemIndex);
	holds(connection);
	const plan = planItem(ctx, itemIndex, resource, connection.timeZone);
	const simplify = flagParameter(ctx, 'simplify', itemIndex, 'Simplify', true);
	const timeout = numberParameter(ctx, 'options.timeout', itemIndex, 'Timeout', DEFAULT_TIMEOUT_MS, 1000);
	const fields = fieldsParameter(ctx, itemIndex);
	const parts = await fetchParts(ctx, connection, plan, { itemIndex, timeout });
	// Typing may make more rows than were fetched (a keyed answer's keys), so the limit holds after it.
	const output = parts
		.flatMap(({ rows, window }) => (simplify ? typedRows(rows, plan.endpoint, connection.timeZone, window) : rows))
		.slice(0, plan.limit);
	return selectFields(ctx, itemIndex, plan.endpoint, output, fields, simplify);
}

/**
 * Runs every input item, as many side by side as the credential's slots keep busy (transport/slots.ts).
 * One item's rows, or its one error item, stay paired to it.
 */
export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	// Resource and Operation take no expressions: what item 0 asks, every item asks.
	const resource = textParameter(this, 'resource', 0, 'Resource');
	if (items.length > 0 && findActionResource(resource)) {
		const endpoint = selectedEndpoint(this, 0, resource);
		if (endpoint.write) return await runWrites(this, endpoint);
	}
	const results: INodeExecutionData[][] = new Array(items.length);
	await eachItem(items.length, async (itemIndex, holds) => {
		try {
			const rows = await runItem(this, itemIndex, holds);
			results[itemIndex] = rows.map((json) => ({ json, pairedItem: { item: itemIndex } }));
		} catch (error) {
			const nodeError = toNodeError(this.getNode(), error, itemIndex);
			if (!this.continueOnFail()) throw nodeError;
			results[itemIndex] = [
				{
					json: { error: nodeError.message, description: nodeError.description ?? null },
					pairedItem: { item: itemIndex },
				},
			];
		}
	});
	return [results.flat()];
}
