import type { IDataObject } from 'n8n-workflow';

/** What a Wolkvox answer says, however loosely it was spelled. */
export interface Envelope {
	/** HTTP status, or the envelope's own `code` when the HTTP layer said 2xx but the body disagrees. */
	status: number;
	/** The envelope's own `code` as a number (201, 202 on writes), when it has one. */
	code?: number;
	msg: string;
	rows: IDataObject[];
}

export type ParsedAnswer = { json: true; envelope: Envelope } | { json: false; text: string };

export function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `code` comes as 200, "200", "0" or "" (docs/wolkvox-api.md#response-envelope); only a real error code overrides a 2xx. */
function codeOf(value: unknown): number | undefined {
	const code = typeof value === 'number' ? value : Number(String(value ?? '').trim());
	return Number.isInteger(code) && code >= 100 ? code : undefined;
}

/**
 * PHP's json_encode turns a list whose keys have gaps into `{"0": {…}, "1": {…}}`: rows, not one
 * row of objects. Keyed objects with other keys (cdr_4's bands) stay one object (`Endpoint.keyedBy`).
 */
function isIndexedList(data: IDataObject): boolean {
	const entries = Object.entries(data);
	return entries.length > 0 && entries.every(([key, value]) => /^\d+$/.test(key) && isObject(value));
}

/** `data` is usually an array of flat objects, on a few endpoints one object, on errors null. */
function rowsOf(data: unknown): IDataObject[] {
	// Reports run to 60,000 rows: the list is copied only when something in it is not a row.
	if (Array.isArray(data)) return data.every(isObject) ? (data as IDataObject[]) : data.filter(isObject);
	if (!isObject(data)) return [];
	return isIndexedList(data) ? (Object.values(data) as IDataObject[]) : [data];
}

/** The value at a dotted path (`data.meta_templates`): rows nested in the answer's `data` object. */
function at(value: IDataObject, path: string): unknown {
	let here: unknown = value;
	for (const key of path.split('.')) here = isObject(here) ? here[key] : undefined;
	return here;
}

/** `rowsKey`: where the rows are (`data`, campaign_15's `records`, or a dotted path: list_templates' `data.meta_templates`). */
export function parseAnswer(httpStatus: number, body: unknown, rowsKey = 'data'): ParsedAnswer {
	let value = body;
	if (typeof body === 'string' || body instanceof Buffer) {
		const sent = body.toString();
		const text = sent.charCodeAt(0) === 0xfeff ? sent.slice(1) : sent;
		try {
			value = JSON.parse(text);
		} catch {
			return { json: false, text };
		}
	}
	// real_time campaigns answers a bare list of rows on some calls (collection example).
	if (Array.isArray(value)) return { json: true, envelope: { status: httpStatus, msg: '', rows: rowsOf(value) } };
	if (!isObject(value)) return { json: false, text: String(body ?? '') };
	const code = codeOf(value.code);
	const status = httpStatus >= 300 || code === undefined || code < 300 ? httpStatus : code;
	const msg = typeof value.msg === 'string' ? value.msg.trim() : '';
	return { json: true, envelope: { status, code, msg, rows: rowsOf(rowsKey.includes('.') ? at(value, rowsKey) : value[rowsKey]) } };
}
