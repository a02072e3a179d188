import type { IDataObject, IExecuteFunctions, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { formatWolkvox, halveWindow } from '../dates';
import type { DateWindow } from '../dates';
import { getRows } from '../transport/request';
import type { CallOptions, Connection } from '../transport/request';
import { eachWindow } from '../transport/slots';
import type { Plan } from './plan';

/** The rows one request brought, and the window it asked for (none for undated endpoints). */
export interface FetchedPart {
	window?: DateWindow;
	rows: IDataObject[];
}

const count = (parts: FetchedPart[]) => parts.reduce((sum, part) => sum + part.rows.length, 0);

/**
 * Every row of a plan (or enough for its `plan.limit`), by request, oldest window first, so rows keep
 * the API's order; a window that comes back with the cap is fetched again in halves until no part is
 * cut (each half its own part). With a limit, no window starts once the windows before it hold
 * enough rows: the rows of later windows could only come after them. The caller cuts to the limit.
 */
export async function fetchParts(
	ctx: IExecuteFunctions | IPollFunctions,
	connection: Connection,
	plan: Plan,
	options: CallOptions,
): Promise<FetchedPart[]> {
	const { endpoint, params, body, limit = Infinity } = plan;
	// Wolkvox says nothing when it cuts a download at its cap.
	const cap = endpoint.limits.rowsPerDownload;
	const call = (query: Record<string, string>) =>
		getRows(ctx, connection, { script: endpoint.script, method: endpoint.method, api: endpoint.api, query: { ...params, ...query }, body, rowsKey: endpoint.rowsKey }, options);

	if (!plan.windows) {
		const rows = await call({});
		if (rows.length >= cap) throw capError(ctx, endpoint.api, cap, options.itemIndex);
		return [{ rows }];
	}

	const fetchWindow = async (window: DateWindow): Promise<FetchedPart[]> => {
		const rows = await call({ date_ini: formatWolkvox(window.start), date_end: formatWolkvox(window.end) });
		if (rows.length < cap) return [{ window, rows }];
		const halves = halveWindow(window);
		if (!halves) throw capError(ctx, endpoint.api, cap, options.itemIndex, window);
		const older = await fetchWindow(halves[0]);
		if (count(older) >= limit) return older;
		return [...older, ...(await fetchWindow(halves[1]))];
	};

	// Each window's rows land in its own place, so the order stays oldest first. Every window done
	// is older than the next to start, so once they hold `limit` rows the next is not needed.
	const { windows } = plan;
	const parts: FetchedPart[][] = new Array(windows.length);
	let fetched = 0;
	await eachWindow(
		connection,
		windows.length,
		async (index) => {
			parts[index] = await fetchWindow(windows[index]);
			fetched += count(parts[index]);
		},
		() => fetched >= limit,
	);
	return parts.flat();
}

/** Every row of a plan (at most `plan.limit`), in the order fetchParts gives them. */
export async function fetchRows(
	ctx: IExecuteFunctions | IPollFunctions,
	connection: Connection,
	plan: Plan,
	options: CallOptions,
): Promise<IDataObject[]> {
	return (await fetchParts(ctx, connection, plan, options)).flatMap((part) => part.rows).slice(0, plan.limit);
}

function capError(ctx: IExecuteFunctions | IPollFunctions, api: string, cap: number, itemIndex: number, window?: DateWindow): NodeOperationError {
	const where = window ? ` for the single second ${formatWolkvox(window.start)}` : '';
	return new NodeOperationError(ctx.getNode(), `Wolkvox ${api}: ${cap} rows${where}, its maximum per request`, {
		itemIndex,
		description: 'The answer may be cut and cannot be narrowed further; rather than return part of it, the node stops. Use filters to ask for fewer rows.',
	});
}
