/**
 * Plain-text tables for terminal output (demo): one column per field, in order of first appearance.
 */

export interface TableOptions {
	/** Rows shown; the rest are counted on one line. */
	maxRows?: number;
	/** Longest cell; longer values are cut with an ellipsis. */
	maxCell?: number;
}

function cell(value: unknown, maxCell: number): string {
	const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
	const flat = text.replace(/\s+/g, ' ');
	return flat.length > maxCell ? `${flat.slice(0, maxCell - 1)}…` : flat;
}

export function formatTable(rows: Array<Record<string, unknown>>, { maxRows = 12, maxCell = 32 }: TableOptions = {}): string {
	if (rows.length === 0) return '  (no items)';
	const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
	const shown = rows.slice(0, maxRows);
	const cells = shown.map((row) => columns.map((c) => cell(row[c], maxCell)));
	// Numbers read better right-aligned; a column is numeric when every shown value is a number.
	const numeric = columns.map((c) => shown.every((row) => typeof row[c] === 'number' || row[c] === null || row[c] === undefined));
	const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
	const line = (values: string[]) =>
		'  ' + values.map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
	const out = [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
	if (rows.length > shown.length) out.push(`  … ${rows.length - shown.length} more`);
	return out.join('\n');
}
