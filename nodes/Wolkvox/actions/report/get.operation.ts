import { splitRange, toWall } from '../../dates';
import { toNodeError } from '../../nodeError';
import type { Planner } from '../plan';
import { selectedEndpoint } from '../plan';

/** A report over [startDate, endDate], one query per window of at most 31 days, oldest first. */
export const get: Planner = (ctx, itemIndex, timeZone) => {
	const endpoint = selectedEndpoint(ctx, itemIndex, 'report');
	if (!endpoint.dateRange) return { endpoint, queries: [{}] };
	try {
		const start = toWall(ctx.getNodeParameter('startDate', itemIndex), timeZone, 'Start Date');
		const end = toWall(ctx.getNodeParameter('endDate', itemIndex), timeZone, 'End Date');
		const queries = splitRange(start, end).map((w) => ({ date_ini: w.start, date_end: w.end }));
		return { endpoint, queries };
	} catch (error) {
		throw toNodeError(ctx.getNode(), error, itemIndex);
	}
};
