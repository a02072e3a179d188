/**
 * What polling costs in Wolkvox tokens. Every call costs one token, whatever it returns (docs/wolkvox-api.md#daily-token-quota),
 * and the daily quota is shared by the whole operation, so a trigger that alone would spend it is
 * refused. n8n's poll-times setting tells how often a poll runs; a custom cron too, when simple.
 */

export interface PollTime {
	mode?: string;
	value?: number;
	unit?: string;
	cronExpression?: string;
}

const FIELD_SIZES = [60, 60, 24]; // seconds, minutes, hours

/** How many values one cron field matches in a range of `size` (`*`, `*\/N`, `a,b`, `a-b`, `N`). */
function matches(field: string, size: number): number | undefined {
	let total = 0;
	for (const part of field.split(',')) {
		const step = /^(\*|\d+-\d+)\/(\d+)$/.exec(part);
		const range = /^(\d+)-(\d+)$/.exec(part);
		if (part === '*') total += size;
		else if (step) {
			const [from, to] = step[1] === '*' ? [0, size - 1] : step[1].split('-').map(Number);
			total += Math.floor((to - from) / Number(step[2])) + 1;
		} else if (range) total += Number(range[2]) - Number(range[1]) + 1;
		else if (/^\d+$/.test(part)) total += 1;
		else return undefined;
	}
	return total;
}

/** Most times a cron expression fires in one day (5 fields, or 6 with seconds); undefined if unreadable. */
export function cronPerDay(expression: string): number | undefined {
	const fields = expression.trim().split(/\s+/);
	if (fields.length !== 5 && fields.length !== 6) return undefined;
	const [seconds, minutes, hours] = fields.length === 6 ? fields : ['0', ...fields];
	const counts = [seconds, minutes, hours].map((field, i) => matches(field, FIELD_SIZES[i]));
	if (counts.some((n) => n === undefined)) return undefined;
	return (counts as number[]).reduce((a, b) => a * b, 1);
}

/** Most polls in one day of one poll-times entry. */
function entryPerDay(item: PollTime): number | undefined {
	const every = Math.max(1, Math.floor(Number(item.value) || 1));
	switch (item.mode) {
		case 'everyMinute':
			return 1440;
		case 'everyHour':
			return 24;
		case 'everyX':
			if (item.unit === 'minutes') return 24 * Math.ceil(60 / every);
			if (item.unit === 'hours') return Math.ceil(24 / every);
			return undefined;
		case 'everyDay':
		case 'everyWeek':
		case 'everyMonth':
			return 1;
		case 'custom':
			return cronPerDay(item.cronExpression ?? '');
		default:
			return undefined;
	}
}

/** Most polls in one day of the whole poll-times setting; undefined when any entry is unknowable. */
export function pollsPerDay(pollTimes: { item?: PollTime[] } | undefined): number | undefined {
	const items = pollTimes?.item ?? [];
	if (items.length === 0) return undefined;
	let total = 0;
	for (const item of items) {
		const n = entryPerDay(item);
		if (n === undefined) return undefined;
		total += n;
	}
	return total;
}

/** The problem with a set-up whose polls alone would spend the daily quota, or undefined if it fits. */
export function quotaProblem(perDay: number, callsPerPoll: number, dailyLimit: number): string | undefined {
	const cost = perDay * callsPerPoll;
	if (cost < dailyLimit) return undefined;
	return `These poll times would cost ${cost} Wolkvox tokens a day (${perDay} polls × ${callsPerPoll} call${callsPerPoll === 1 ? '' : 's'}), and the operation's daily limit is ${dailyLimit}`;
}
