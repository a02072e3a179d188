import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { formatDay, wallAt } from '../shared/dates';
import { getRows } from '../shared/transport/request';
import type { Connection } from '../shared/transport/request';
import { pollsPerDay, quotaProblem } from './budget';
import type { PollTime } from './budget';

interface QuotaCache {
	day: string;
	limit: number;
}

/** The daily token limit, asked of token_info at most once a day (the answer is kept in static data). */
async function dailyLimit(ctx: IPollFunctions, connection: Connection, staticData: IDataObject, now: number): Promise<number | undefined> {
	const day = formatDay(wallAt(now, connection.timeZone));
	const cached = staticData.quota as QuotaCache | undefined;
	if (cached?.day === day) return cached.limit;
	const [row] = await getRows(ctx, connection, { script: 'information', api: 'token_info' }, { itemIndex: 0 });
	const limit = Number(String(row?.token_limit ?? '').trim());
	if (!Number.isFinite(limit) || limit <= 0) return undefined;
	staticData.quota = { day, limit };
	return limit;
}

/**
 * Refuses poll times whose calls alone would spend the operation's daily quota, when both are
 * knowable; says nothing (and costs nothing) when the poll times are an unreadable cron.
 */
export async function assertQuota(
	ctx: IPollFunctions,
	connection: Connection,
	callsPerPoll: number,
	staticData: IDataObject,
	now: number,
): Promise<void> {
	const perDay = pollsPerDay(ctx.getNodeParameter('pollTimes', {}) as { item?: PollTime[] });
	if (perDay === undefined) return;
	const limit = await dailyLimit(ctx, connection, staticData, now);
	if (limit === undefined) return;
	const problem = quotaProblem(perDay, callsPerPoll, limit);
	if (!problem) return;
	throw new NodeOperationError(ctx.getNode(), problem, {
		description:
			'Poll less often (Wolkvox suggests every 5 minutes or more: Every X, 5 minutes, is 288 polls a day), watch fewer products, or ask Wolkvox for a larger quota.',
	});
}
