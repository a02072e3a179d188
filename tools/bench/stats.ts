/** The benchmark's pure parts: summaries over rounds, ratios against goals, markdown. */

export interface Summary {
	median: number;
	min: number;
	max: number;
	rounds: number;
}

export function median(values: number[]): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(values: number[]): Summary {
	return { median: median(values), min: Math.min(...values), max: Math.max(...values), rounds: values.length };
}

/** What was measured over what the physical limit allows (1.00 = no overhead at all). */
export function ratio(measured: number, ideal: number): number {
	if (!(ideal > 0)) throw new Error(`ideal must be positive, got ${ideal}`);
	return measured / ideal;
}

/** One line of the results: a value per round, and the goal it is held to (lower is better). */
export interface Metric {
	section: string;
	label: string;
	unit: 'ratio' | 'ms' | 'MB' | 'kB' | 'count';
	values: number[];
	/** At most this (same unit); absent when the line only informs. */
	goal?: number;
}

const DIGITS: Record<Metric['unit'], number> = { ratio: 2, ms: 0, MB: 0, kB: 1, count: 0 };

export function formatValue(value: number, unit: Metric['unit']): string {
	if (!Number.isFinite(value)) return 'n/a';
	const text = value.toFixed(DIGITS[unit]);
	return unit === 'ratio' ? `${text}×` : unit === 'count' ? text : `${text} ${unit}`;
}

/** "met", or how far the median is from the goal; empty for lines without a goal. */
export function verdict(metric: Metric): string {
	if (metric.goal === undefined) return '';
	const m = median(metric.values);
	if (!Number.isFinite(m)) return 'not measured';
	if (m <= metric.goal) return 'met';
	// A miss too small to show at the table's precision still is one.
	const step = 10 ** -DIGITS[metric.unit];
	const miss = m - metric.goal;
	return miss < step / 2 ? `missed by < ${formatValue(step, metric.unit)}` : `missed by ${formatValue(miss, metric.unit)}`;
}

export function markdownTable(headers: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
	return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The results table: one row per metric with median, min–max, goal and verdict. */
export function metricsTable(metrics: Metric[]): string {
	return markdownTable(
		['scenario', 'measure', 'median', 'min – max', 'goal', 'verdict'],
		metrics.map((m) => {
			const s = summarize(m.values);
			return [
				m.section,
				m.label,
				formatValue(s.median, m.unit),
				`${formatValue(s.min, m.unit)} – ${formatValue(s.max, m.unit)}`,
				m.goal === undefined ? '' : `≤ ${formatValue(m.goal, m.unit)}`,
				verdict(m),
			];
		}),
	);
}

/** How many of the expected records a store holds once, not at all, and how many copies beyond the first. */
export interface Copies {
	once: number;
	missing: number;
	/** Copies past the first of any record (a record stored three times counts 2). */
	extra: number;
}

export function storedCopies(expected: Iterable<string>, stored: Iterable<string>): Copies {
	const counts = new Map<string, number>();
	for (const id of expected) counts.set(id, 0);
	for (const id of stored) {
		const n = counts.get(id);
		if (n !== undefined) counts.set(id, n + 1);
	}
	const copies: Copies = { once: 0, missing: 0, extra: 0 };
	for (const n of counts.values()) {
		if (n === 0) copies.missing++;
		else copies.extra += n - 1;
		if (n === 1) copies.once++;
	}
	return copies;
}

/** A line said in a round (0: said once, outside the rounds). */
export interface Said {
	text: string;
	round: number;
}

/**
 * Each distinct line once, in the order first said, naming its rounds unless it held in every one
 * (a workflow that failed in one round of three says so).
 */
export function factLines(said: Said[], rounds: number): string[] {
	const byText = new Map<string, Set<number>>();
	for (const { text, round } of said) byText.set(text, (byText.get(text) ?? new Set()).add(round));
	return [...byText].map(([text, seen]) => {
		const list = [...seen].filter((r) => r > 0).sort((a, b) => a - b);
		if (list.length === 0 || list.length === rounds) return text;
		return `${text} (round${list.length > 1 ? 's' : ''} ${list.join(', ')})`;
	});
}
