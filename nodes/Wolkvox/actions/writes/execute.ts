import type { IDataObject, IExecuteFunctions, INodeExecutionData, NodeApiError } from 'n8n-workflow';

import type { Endpoint } from '../../shared/catalog';
import { itemParameters, numberParameter } from '../../shared/parameters';
import { toNodeError } from '../../shared/nodeError';
import { ledgerOf } from '../../shared/transport/ledger';
import { connect, DEFAULT_TIMEOUT_MS, requestOptions, sendWrite } from '../../shared/transport/request';
import type { Call, Connection, WriteResult } from '../../shared/transport/request';
import { eachCall } from '../../shared/transport/slots';
import { toBatches } from '../../shared/writes/batches';
import type { Batch, ItemWrite } from '../../shared/writes/batches';
import { answerData, batchOutcome, doneItem, fileOutcome, OUTCOMES } from '../../shared/writes/outcomes';
import { readFileWrite, uploadBody } from './files';
import { readWrite } from './input';
import { checkTemplates } from './templates';
import type { WriteUnit } from './input';

/**
 * Runs a write over all input items (docs/wolkvox-api.md#writes): every item is read and checked
 * first, so bad input sends nothing; the items then go out in as few calls as the upload cap
 * allows, as many at once as the credential's slots, each call at most once. Every input item gets
 * exactly one output item, paired to it, saying what became of its record.
 */

/** The body one call sends: the records, the shared fields with the values, or one item's body. */
function bodyOf(endpoint: Endpoint, batch: Batch<WriteUnit>): IDataObject | IDataObject[] | undefined {
	const batching = endpoint.write!.batching;
	const units = batch.items.map((item) => item.unit);
	if (batching.kind === 'records') return units.map((unit) => unit.own as IDataObject);
	if (batching.kind === 'values') {
		const values = units.map((unit) => unit.own as string);
		return { ...units[0].shared, [batching.field]: batching.join !== undefined ? values.join(batching.join) : values };
	}
	if (batching.kind === 'files') return undefined;
	const own = units[0].own as IDataObject;
	return endpoint.body ? own : undefined;
}

/** What an item sent, in its output: its record, its value under the field's name, or its query and body. */
function sentBy(endpoint: Endpoint, unit: WriteUnit): IDataObject {
	const batching = endpoint.write!.batching;
	if (batching.kind === 'records') return unit.own as IDataObject;
	if (batching.kind === 'values') return { ...unit.query, ...unit.shared, [batching.field]: unit.own };
	if (batching.kind === 'files') return { ...unit.query, ...unit.shared, ...(unit.own as IDataObject) };
	return { ...unit.query, ...(unit.own as IDataObject) };
}

/**
 * Whether one more file may join an upload call: within `maxBytes`, and not under a name the call
 * already has (Wolkvox answers by name, so two files of one name could not be told apart).
 */
const fitsUpload =
	(maxBytes: number) =>
	(batch: Array<ItemWrite<WriteUnit>>, next: ItemWrite<WriteUnit>): boolean => {
		const bytes = batch.reduce((sum, item) => sum + item.unit.file!.data.length, 0);
		const name = next.unit.file!.fileName;
		return bytes + next.unit.file!.data.length <= maxBytes && !batch.some((item) => item.unit.file!.fileName === name);
	};

function failureItem(error: NodeApiError | Error, outcome: string, sent?: IDataObject): IDataObject {
	const description = (error as NodeApiError).description ?? null;
	return { error: error.message, description, outcome, ...(sent ? { sent } : {}) };
}

export async function runWrites(ctx: IExecuteFunctions, endpoint: Endpoint): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const node = ctx.getNode();
	const write = endpoint.write!;
	const continueOnFail = ctx.continueOnFail();
	const outputs: IDataObject[] = new Array(items.length);

	if (items.length === 0) return [[]];
	let connection: Connection;
	let timeout: number;
	try {
		connection = await connect(ctx, 0);
		timeout = numberParameter(ctx, 'options.timeout', 0, 'Timeout', DEFAULT_TIMEOUT_MS, 1000);
	} catch (error) {
		// Nothing can be sent without the credential: every item says so.
		const nodeError = toNodeError(node, error, 0);
		if (!continueOnFail) throw nodeError;
		return [items.map((_, itemIndex) => ({ json: failureItem(nodeError, OUTCOMES.invalid), pairedItem: { item: itemIndex } }))];
	}

	// Every item is checked before the first call: with continueOnFail off, one bad item sends nothing.
	const parameters = itemParameters(ctx);
	const writes: Array<ItemWrite<WriteUnit>> = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			writes.push(
				write.batching.kind === 'files'
					? await readFileWrite(ctx, itemIndex, endpoint, connection.timeZone)
					: readWrite(parameters, itemIndex, endpoint, items[itemIndex].json, connection.timeZone),
			);
		} catch (error) {
			const nodeError = toNodeError(node, error, itemIndex);
			if (!continueOnFail) throw nodeError;
			outputs[itemIndex] = failureItem(nodeError, OUTCOMES.invalid);
		}
	}

	if (write.template) {
		// Before the first send: a template that cannot go out refuses its item, and without continueOnFail, the run.
		const refused = await checkTemplates(ctx, connection, endpoint, writes, timeout);
		for (const [itemIndex, error] of refused) {
			const nodeError = toNodeError(node, error, itemIndex);
			if (!continueOnFail) throw nodeError;
			outputs[itemIndex] = failureItem(nodeError, OUTCOMES.invalid);
		}
		if (refused.size > 0) writes.splice(0, writes.length, ...writes.filter((w) => !refused.has(w.itemIndex)));
	}

	const { batching } = write;
	const cap = batching.kind === 'single' ? 1 : batching.kind === 'files' ? batching.maxFiles : endpoint.limits.recordsPerUpload;
	const batches = toBatches(writes, cap, batching.kind === 'files' ? fitsUpload(batching.maxBytes) : undefined);
	const ledger = ledgerOf(ctx);
	let failure: NodeApiError | undefined;

	const settle = (batch: Batch<WriteUnit>, result: WriteResult) => {
		const size = batch.items.length;
		const call = write.batching.kind === 'single' ? undefined : { number: batch.number, items: size };
		if (result.kind === 'done') {
			const data = answerData(endpoint, result.rows, connection.timeZone);
			if (write.byName) {
				// Wolkvox says file by file what it did: each item gets its own file's outcome.
				for (const { itemIndex, unit } of batch.items) {
					const name = typeof unit.own === 'string' ? unit.own : String(unit.own.file_name);
					const { outcome, file } = fileOutcome(endpoint, data, name, size);
					outputs[itemIndex] = { ...doneItem(outcome, sentBy(endpoint, unit), result.code, result.msg, undefined, call), ...(file ? { file } : {}) };
				}
				return;
			}
			const outcome = batchOutcome(endpoint, size, data);
			for (const { itemIndex, unit } of batch.items) {
				outputs[itemIndex] = doneItem(outcome, sentBy(endpoint, unit), result.code, result.msg, data, call);
			}
			return;
		}
		if (!continueOnFail) {
			failure ??= result.error;
			return;
		}
		const outcome = result.kind === 'unknown' ? OUTCOMES.unknown : OUTCOMES.refused;
		for (const { itemIndex, unit } of batch.items) outputs[itemIndex] = failureItem(result.error, outcome, sentBy(endpoint, unit));
	};

	await eachCall(
		connection,
		batches.length,
		async (index) => {
			const batch = batches[index];
			const first = batch.items[0];
			const request: Call = {
				script: endpoint.script,
				method: endpoint.method,
				api: endpoint.api,
				query: first.unit.query,
				body: bodyOf(endpoint, batch),
				form: batching.kind === 'files' ? uploadBody(batching.field, batch.items.map((item) => item.unit)) : undefined,
			};
			// A call is its place in the run and its bytes: n8n's retry of the node rebuilds the same calls in
			// the same order, while two items that ask the same thing are still two calls. An upload's bytes are
			// named by their fingerprint, not copied into the key.
			const built = requestOptions(connection.baseUrl, request, timeout);
			const sent = request.form ? `multipart ${request.form.bytes.length} ${request.form.fingerprint}` : String(built.body ?? '');
			const key = `${batch.number} ${built.method} ${built.url} ${JSON.stringify(built.qs)} ${sent}`;
			let result = ledger.get(key);
			if (!result) {
				result = await sendWrite(ctx, connection, request, { itemIndex: first.itemIndex, timeout, check: write.check });
				ledger.keep(key, result);
			}
			settle(batch, result);
		},
		// Without continueOnFail the node stops at the first failed call: nothing more is sent.
		() => failure !== undefined,
	);
	if (failure) {
		// The calls already made stay made: say which, so that the user re-sends only the rest.
		const done = batches.filter((batch) => outputs[batch.items[0].itemIndex] !== undefined);
		if (done.length > 0 && batches.length > 1) {
			const items = done.reduce((sum, batch) => sum + batch.items.length, 0);
			const note = `Before it, ${done.length} of ${batches.length} calls (${items} items) were done; the calls after it were not sent.`;
			// The ledger hands the same error to each run n8n's Retry On Fail makes: say it once.
			if (!failure.description?.endsWith(note)) failure.description = `${failure.description ?? ''} ${note}`.trim();
		}
		throw failure;
	}
	return [outputs.map((json, itemIndex) => ({ json, pairedItem: { item: itemIndex } }))];
}
