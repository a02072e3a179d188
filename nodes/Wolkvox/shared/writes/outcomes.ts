import type { IDataObject } from 'n8n-workflow';

import type { Endpoint } from '../catalog';
import { simplifyRow } from '../typing';

/**
 * What each item of a write's call says happened to it (docs/wolkvox-api.md#writes). Pure. A success
 * item never has an `error` key, not even null: n8n's Retry On Fail repeats a node whose first item
 * has one, and Wolkvox's own answer carries `"error": null`.
 */

/** Outcomes besides a write's own (`added`, `removed`…). */
export const OUTCOMES = {
	/** Wolkvox's totals count every record of the call as rejected. */
	rejected: 'rejected',
	/** Its totals count some of the call's records as rejected, without saying which. */
	unconfirmed: 'unconfirmed',
	/** The write may or may not have been done (a timeout, a cut connection, a 5xx); it was not sent again. */
	unknown: 'unknown',
	/** Wolkvox refused the write before doing anything. */
	refused: 'refused',
	/** The item's input was refused before anything was sent. */
	invalid: 'invalid',
} as const;

/** `" 12 "` → 12; blanks and non-numbers → undefined (Wolkvox's example totals are blank). */
function countOf(value: unknown): number | undefined {
	const text = String(value ?? '').trim();
	return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** The outcome of every item of one call of `size` items, from Wolkvox's totals when it gives them. */
export function batchOutcome(endpoint: Endpoint, size: number, data: IDataObject | undefined): string {
	const write = endpoint.write!;
	const accepted = write.totals?.accepted ? countOf(data?.[write.totals.accepted]) : undefined;
	const rejected = write.totals?.rejected ? countOf(data?.[write.totals.rejected]) : undefined;
	if (accepted === 0 && (rejected === undefined || rejected >= size)) return OUTCOMES.rejected;
	if ((accepted !== undefined && accepted < size) || (rejected !== undefined && rejected > 0)) return OUTCOMES.unconfirmed;
	return write.outcome;
}

/** Wolkvox's `data` of a write's answer: its first row, typed by the endpoint's fields (all text when it declares none). */
export function answerData(endpoint: Endpoint, rows: IDataObject[], timeZone: string): IDataObject | undefined {
	const [row] = rows;
	if (!row) return undefined;
	return endpoint.fields.length > 0 ? simplifyRow(row, endpoint.fields, timeZone) : row;
}

export interface CallReport {
	/** 1-based, in send order; only writes that batch items. */
	number?: number;
	items: number;
}

/** One item's success output. */
export function doneItem(outcome: string, sent: IDataObject, code: number, msg: string, data: IDataObject | undefined, call?: CallReport): IDataObject {
	const item: IDataObject = { outcome, sent, code, msg };
	if (data !== undefined) item.data = data;
	if (call) item.call = { ...call };
	return item;
}

const nameOf = (entry: unknown): string | undefined => {
	if (typeof entry === 'string') return entry;
	if (entry === null || typeof entry !== 'object') return undefined;
	const { name, file_name: fileName, file } = entry as IDataObject;
	const found = [name, fileName, file].find((value) => typeof value === 'string');
	return found as string | undefined;
};

const listAt = (data: IDataObject | undefined, key: string | undefined): unknown[] => {
	const list = key ? data?.[key] : undefined;
	return Array.isArray(list) ? list : [];
};

/** An entry as an item shows it: an object as sent, a bare text as its message. */
const entryOf = (entry: unknown): IDataObject => (entry !== null && typeof entry === 'object' ? (entry as IDataObject) : { message: String(entry) });

/**
 * What one file of a call became, by its name in Wolkvox's per-file lists (`Write.byName`): done
 * (unless its own code is not 2xx), rejected, or unconfirmed when its name is in neither list. A call
 * of one file whose answer lists one file is that file, whatever name Wolkvox gives it.
 */
export function fileOutcome(endpoint: Endpoint, data: IDataObject | undefined, fileName: string, filesInCall: number): { outcome: string; file?: IDataObject } {
	const write = endpoint.write!;
	const { done, failed } = write.byName!;
	const doneList = listAt(data, done);
	const failedList = listAt(data, failed);
	const named = (list: unknown[]) => list.find((entry) => nameOf(entry) === fileName);
	const only = (list: unknown[], other: unknown[]) => (filesInCall === 1 && list.length === 1 && other.length === 0 ? list[0] : undefined);
	const rejected = named(failedList) ?? only(failedList, doneList);
	if (rejected !== undefined) return { outcome: OUTCOMES.rejected, file: entryOf(rejected) };
	const taken = named(doneList) ?? only(doneList, failedList);
	if (taken === undefined) return { outcome: OUTCOMES.unconfirmed };
	const code = countOf((entryOf(taken)).code);
	return { outcome: code !== undefined && (code < 200 || code >= 300) ? OUTCOMES.rejected : write.outcome, file: entryOf(taken) };
}
