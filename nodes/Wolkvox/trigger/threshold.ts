/**
 * "Usage Threshold Crossed": per watched (product, threshold), whether it fired in a month. Pure:
 * the poll reads the usage and stores what this returns.
 */
export interface ThresholdState {
	/** `YYYY-MM` in the operation's zone. */
	month: string;
	fired: boolean;
}

/** The key a threshold's state is stored under; two thresholds on one product are kept apart. */
export function thresholdKey(product: string, threshold: number): string {
	return `${product}@${threshold}`;
}

/**
 * Fires once per month, the first time usage is at or above the threshold; a later month re-arms.
 * Activated while already above, it fires on its first poll: the month has crossed, and nobody
 * has been told yet.
 */
export function checkThreshold(
	previous: ThresholdState | undefined,
	month: string,
	usage: number,
	threshold: number,
): { fire: boolean; state: ThresholdState } {
	// A counter still dated last month (a stale answer at the month's turn) must not re-arm it.
	if (previous && month < previous.month) return { fire: false, state: previous };
	const armed = !previous || previous.month !== month || !previous.fired;
	const fire = armed && Number.isFinite(usage) && usage >= threshold;
	return { fire, state: { month, fired: fire || (previous?.month === month && previous.fired) } };
}
