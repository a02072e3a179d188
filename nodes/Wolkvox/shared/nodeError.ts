import type { INode } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** Any failure as the error n8n shows for an item; ours (bad dates, bad server) keep their message. */
export function toNodeError(node: INode, error: unknown, itemIndex: number, prefix = ''): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	const message = error instanceof Error ? error.message : String(error);
	return new NodeOperationError(node, `${prefix}${message}`, { itemIndex });
}
