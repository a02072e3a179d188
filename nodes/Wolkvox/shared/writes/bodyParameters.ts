import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { BodyField, Endpoint } from '../catalog';
import { DateInputError } from '../dates';
import { toNodeError } from '../nodeError';
import type { ParamSource } from '../parameters';
import { bodyValue, BodyValueError } from './bodyValues';

/**
 * A request body read from the node's parameters (a one-call write, a values write's shared fields,
 * a read that takes a body): where each body field is set in the editor, and its value checked.
 */

/** The resource mapper that maps items to records (records writes). */
export const RECORD_FIELDS = 'recordFields';
/** A `rows` body field's fixedCollection entry (campaign_filter's filters). */
export const ROW_OPTION = 'values';
/** The parameter a values write reads each item's value from (its body field's name). */
export const BATCHED_VALUE = (field: BodyField): string => field.name;

/** Optional text fields live in Additional Fields; the rest are parameters of their own. */
export const isAdditional = (field: BodyField) => field.type === 'string' && !field.required;

function parameterPath(field: BodyField): string {
	return isAdditional(field) ? `additionalFields.${field.name}` : field.name;
}

export const refuse = (ctx: ParamSource, itemIndex: number, endpoint: Endpoint, message: string, description?: string) =>
	new NodeOperationError(ctx.getNode(), `${endpoint.name}: ${message}`, {
		itemIndex,
		description: description ?? 'Nothing was sent to Wolkvox for this item.',
	});

/** One body value, its error naming the item and the field. */
export function valueOf(ctx: ParamSource, itemIndex: number, endpoint: Endpoint, field: BodyField, raw: unknown, timeZone: string, label = field.displayName): string {
	try {
		return bodyValue(field, raw, label, timeZone);
	} catch (error) {
		if (error instanceof BodyValueError || error instanceof DateInputError) throw refuse(ctx, itemIndex, endpoint, `item ${itemIndex + 1}, ${error.message}`);
		throw toNodeError(ctx.getNode(), error, itemIndex);
	}
}

/** A text list from a list or a comma-separated text. */
function listOf(raw: unknown): unknown[] {
	if (Array.isArray(raw)) return raw;
	const text = typeof raw === 'string' ? raw : raw === undefined || raw === null ? '' : raw;
	return typeof text === 'string' ? text.split(',').filter((part) => part.trim() !== '') : [text];
}

/** The body fields of a single write, or the shared ones of a values write, from the node's parameters. */
export function bodyFields(ctx: ParamSource, itemIndex: number, endpoint: Endpoint, fields: BodyField[], timeZone: string): IDataObject {
	const body: IDataObject = {};
	for (const field of fields) {
		const raw = ctx.getNodeParameter(parameterPath(field), itemIndex, field.type === 'string' ? '' : undefined) as unknown;
		if (field.type === 'string') {
			const value = valueOf(ctx, itemIndex, endpoint, field, raw, timeZone);
			if (value !== '') body[field.name] = value;
		} else if (field.type === 'list') {
			const values = listOf(raw).map((one) => valueOf(ctx, itemIndex, endpoint, field, one, timeZone)).filter((v) => v !== '');
			if (values.length > 0) body[field.name] = field.joinWith === undefined ? values : values.join(field.joinWith);
		} else if (field.type === 'json') {
			const value = jsonOf(ctx, itemIndex, endpoint, field, raw);
			if (value !== undefined) body[field.name] = value;
		} else if (field.type === 'object') {
			const given = (raw ?? {}) as IDataObject;
			const object = bodyFieldsFrom(ctx, itemIndex, endpoint, field.fields ?? [], given, timeZone, field.displayName);
			if (Object.keys(object).length > 0) body[field.name] = object;
		} else {
			const rows = (((raw ?? {}) as IDataObject)[ROW_OPTION] ?? []) as IDataObject[];
			const list = rows
				.map((row, n) => bodyFieldsFrom(ctx, itemIndex, endpoint, field.fields ?? [], row, timeZone, `${field.displayName} ${n + 1}`))
				.filter((row) => Object.keys(row).length > 0);
			if (list.length > 0) body[field.name] = list;
		}
		if (field.required && body[field.name] === undefined) {
			throw refuse(ctx, itemIndex, endpoint, `${field.displayName} is required (item ${itemIndex + 1})`, `${field.description}. Nothing was sent to Wolkvox for this item.`);
		}
	}
	return body;
}

/** A JSON value given as JSON text or as an object or list from an expression; blank is undefined. */
function jsonOf(ctx: ParamSource, itemIndex: number, endpoint: Endpoint, field: BodyField, raw: unknown): IDataObject | IDataObject[] | undefined {
	if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return undefined;
	let value: unknown = raw;
	if (typeof raw === 'string') {
		try {
			value = JSON.parse(raw);
		} catch {
			throw refuse(ctx, itemIndex, endpoint, `item ${itemIndex + 1}, ${field.displayName} is not valid JSON`, `${field.description}. Nothing was sent to Wolkvox for this item.`);
		}
	}
	if (typeof value !== 'object' || value === null) {
		throw refuse(ctx, itemIndex, endpoint, `item ${itemIndex + 1}, ${field.displayName} must be a JSON object or list`);
	}
	return value as IDataObject | IDataObject[];
}

/** String fields of a nested object (a filter, the optional labels) from what the user gave. */
function bodyFieldsFrom(ctx: ParamSource, itemIndex: number, endpoint: Endpoint, fields: BodyField[], given: IDataObject, timeZone: string, where: string): IDataObject {
	const object: IDataObject = {};
	for (const field of fields) {
		const value = valueOf(ctx, itemIndex, endpoint, field, given[field.name], timeZone, `${where}: ${field.displayName}`);
		if (value !== '') object[field.name] = value;
		else if (field.required && Object.keys(given).length > 0) throw refuse(ctx, itemIndex, endpoint, `${where}: ${field.displayName} is required (item ${itemIndex + 1})`);
	}
	return object;
}

