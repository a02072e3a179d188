import type { IDataObject } from 'n8n-workflow';

import type { BodyField, Endpoint } from '../../shared/catalog';
import { flagParameter } from '../../shared/parameters';
import type { ParamSource } from '../../shared/parameters';
import { paramsOf } from '../../shared/pipeline/plan';
import type { ItemWrite } from '../../shared/writes/batches';
import type { FilePart } from '../../shared/writes/multipart';
import { textOf } from '../../shared/writes/bodyValues';
import { BATCHED_VALUE, bodyFields, RECORD_FIELDS, refuse, valueOf } from '../../shared/writes/bodyParameters';

/**
 * One input item's write, read and checked before anything is sent: its query, the body fields it
 * shares with other items, and its own unit (a record, a value, or a whole body).
 */
export interface WriteUnit {
	query: Record<string, string>;
	/** Body fields every item of the call sends alike (values writes: type_call). */
	shared: IDataObject;
	/** The item's record (records), its value (values) or its body (single). */
	own: IDataObject | string;
	/** An upload's file (files): `own` then says its name, type and size. */
	file?: FilePart;
}

const byName = new WeakMap<BodyField[], Map<string, BodyField>>();

/** A record's fields by name, made once per endpoint (a bulk write looks them up for every item). */
function fieldsByName(fields: BodyField[]): Map<string, BodyField> {
	let known = byName.get(fields);
	if (!known) {
		known = new Map(fields.map((field) => [field.name, field]));
		byName.set(fields, known);
	}
	return known;
}

interface Mapping {
	mappingMode?: string;
	value?: IDataObject | null;
}

/**
 * An item's record: its keys that are record fields (Map Automatically) or the fields defined in
 * the node. A key that is no record field is refused, unless Options → Ignore Unknown Fields: a
 * misspelt `tel_1` must not quietly send a record without its phone.
 */
function recordOf(ctx: ParamSource, itemIndex: number, endpoint: Endpoint, json: IDataObject, timeZone: string): IDataObject {
	const body = endpoint.body!;
	const mapping = (ctx.getNodeParameter(RECORD_FIELDS, itemIndex, {}) ?? {}) as Mapping;
	const source = mapping.mappingMode === 'defineBelow' ? (mapping.value ?? {}) : json;
	const ignoreUnknown = flagParameter(ctx, 'options.ignoreUnknownFields', itemIndex, 'Ignore Unknown Fields', false);
	const known = fieldsByName(body.fields);
	const record: IDataObject = {};
	for (const [key, raw] of Object.entries(source)) {
		const field = known.get(key);
		if (!field) {
			if (ignoreUnknown) continue;
			throw refuse(
				ctx,
				itemIndex,
				endpoint,
				`item ${itemIndex + 1} has the field "${key}", which is not a Wolkvox record field`,
				`Record fields: ${[...known.keys()].join(', ')}. Rename or remove "${key}" (an Edit Fields node before this one), define the fields below, or turn on Options → Ignore Unknown Fields. Nothing was sent.`,
			);
		}
		const value = valueOf(ctx, itemIndex, endpoint, field, raw, timeZone, `field "${key}"`);
		if (value !== '') record[key] = value;
	}
	for (const field of body.fields) {
		if (field.required && record[field.name] === undefined) {
			throw refuse(ctx, itemIndex, endpoint, `item ${itemIndex + 1} has no "${field.name}"`, `${field.description}. Nothing was sent.`);
		}
	}
	if (body.requireOneOf && !body.requireOneOf.some((name) => record[name] !== undefined)) {
		throw refuse(ctx, itemIndex, endpoint, `item ${itemIndex + 1} has no telephone`, `A record needs at least one of ${body.requireOneOf.join(', ')}. Nothing was sent.`);
	}
	return record;
}

/** The value a values write takes from one item (one telephone, one customer ID); `join` may not be in it. */
function batchedValueOf(ctx: ParamSource, itemIndex: number, endpoint: Endpoint, field: BodyField, timeZone: string, join?: string): string {
	const raw = ctx.getNodeParameter(BATCHED_VALUE(field), itemIndex, '') as unknown;
	if (Array.isArray(raw)) {
		throw refuse(ctx, itemIndex, endpoint, `${field.displayName} of item ${itemIndex + 1} is a list: give one value per item`, 'Split the list into items first (a Split Out node). Nothing was sent.');
	}
	const value = valueOf(ctx, itemIndex, endpoint, field, textOf(raw, field.displayName), timeZone);
	if (value === '') throw refuse(ctx, itemIndex, endpoint, `${field.displayName} of item ${itemIndex + 1} is empty`);
	// The values go out joined by it: one inside a value would split it into two.
	if (join !== undefined && value.includes(join)) {
		throw refuse(ctx, itemIndex, endpoint, `${field.displayName} of item ${itemIndex + 1} contains "${join}"`, `Wolkvox reads "${join}" as the end of one value: give one value per item. Nothing was sent.`);
	}
	return value;
}

/** Reads and checks one item's write; throws a NodeOperationError naming the item and the field. */
export function readWrite(ctx: ParamSource, itemIndex: number, endpoint: Endpoint, json: IDataObject, timeZone: string): ItemWrite<WriteUnit> {
	const query = paramsOf(ctx, itemIndex, endpoint);
	const write = endpoint.write!;
	const fields = endpoint.body?.fields ?? [];
	const batching = write.batching;
	if (batching.kind === 'records') {
		const own = recordOf(ctx, itemIndex, endpoint, json, timeZone);
		return { itemIndex, sharedKey: JSON.stringify(query), unit: { query, shared: {}, own } };
	}
	if (batching.kind === 'values') {
		const field = fields.find((f) => f.name === batching.field)!;
		const shared = bodyFields(ctx, itemIndex, endpoint, fields.filter((f) => f !== field), timeZone);
		const own = batchedValueOf(ctx, itemIndex, endpoint, field, timeZone, batching.join);
		return { itemIndex, sharedKey: JSON.stringify([query, shared]), unit: { query, shared, own } };
	}
	const own = { ...endpoint.body?.fixed, ...bodyFields(ctx, itemIndex, endpoint, fields, timeZone) };
	return { itemIndex, sharedKey: `item ${itemIndex}`, unit: { query, shared: {}, own } };
}
