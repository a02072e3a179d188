import type { IDataObject } from 'n8n-workflow';

/** JSON with object keys sorted at every level: equal content, equal text, whatever the key order. */
function stableText(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableText).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.keys(value as IDataObject)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${stableText((value as IDataObject)[key])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** 32-bit FNV-1a over UTF-16 code units, from a chosen offset basis (two bases give 64 bits). */
function fnv1a(text: string, basis: number): string {
	let hash = basis;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A short, stable identity of a row's content (16 hex digits). Rows are identified by what they
 * say, never by their position in an answer, so a re-read window recognises rows it already gave.
 */
export function fingerprint(row: IDataObject): string {
	const text = stableText(row);
	return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x050c5d1f);
}

/**
 * Fingerprints of a batch of rows; rows with identical content (two calls in the same second, alike
 * in every field) are told apart by their rank among equals, which is the same in every read
 * because equal rows share their time and so always fall in the same window.
 */
export function fingerprints(rows: IDataObject[]): string[] {
	const counts = new Map<string, number>();
	return rows.map((row) => {
		const base = fingerprint(row);
		const n = counts.get(base) ?? 0;
		counts.set(base, n + 1);
		return n === 0 ? base : `${base}.${n}`;
	});
}
