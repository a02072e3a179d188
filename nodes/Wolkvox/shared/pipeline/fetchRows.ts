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
	const request = { script: endpoint.script, method: endpoint.method, api: endpoint.api, query: params, body, rowsKey: endpoint.rowsKey };
	const call = (query: Record<string, string>) => getRows(ctx, connection, { ...request, query: { ...params, ...query } }, options);

	if (endpoint.pages) return [{ rows: await pagedRows(ctx, plan, limit, options.itemIndex, (page) => getRows(ctx, connection, { ...request, body: page }, options)) }];

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

/** The value at a dotted path of an answer's `data` (`pagination.next_page_token`). */
function valueAt(data: IDataObject | undefined, path: string): unknown {
	return path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as IDataObject)[key] : undefined), data);
}

/**
 * The rows of an endpoint that answers a page at a time (list_files): each answer's `data` holds a
 * page of rows and the token of the next, sent back until none comes or the rows reach `limit`.
 */
async function pagedRows(
	ctx: IExecuteFunctions | IPollFunctions,
	plan: Plan,
	limit: number,
	itemIndex: number,
	fetchPage: (body: IDataObject) => Promise<IDataObject[]>,
): Promise<IDataObject[]> {
	const pages = plan.endpoint.pages!;
	const rows: IDataObject[] = [];
	const seen = new Set<string>();
	let token: string | undefined;
	do {
		const page: IDataObject = { ...plan.body, [pages.sizeField]: pages.size, ...(token === undefined ? {} : { [pages.token]: token }) };
		// A page with no rows is a 404 (no rows) or a `data` without its list.
		const [data] = await fetchPage(page);
		const list = valueAt(data, pages.rows);
		if (Array.isArray(list)) rows.push(...list.filter((row): row is IDataObject => row !== null && typeof row === 'object' && !Array.isArray(row)));
		const next = valueAt(data, pages.next);
		token = typeof next === 'string' && next.trim() !== '' ? next : undefined;
		if (token !== undefined && seen.has(token)) {
			throw new NodeOperationError(ctx.getNode(), `Wolkvox ${plan.endpoint.api}: the same page token came back twice`, {
				itemIndex,
				description: 'Wolkvox kept answering the same page; rather than loop, the node stops. Narrow the Path, or try again later.',
			});
		}
		if (token !== undefined) seen.add(token);
	} while (token !== undefined && rows.length < limit);
	return rows;
}

function capError(ctx: IExecuteFunctions | IPollFunctions, api: string, cap: number, itemIndex: number, window?: DateWindow): NodeOperationError {
	const where = window ? ` for the single second ${formatWolkvox(window.start)}` : '';
	return new NodeOperationError(ctx.getNode(), `Wolkvox ${api}: ${cap} rows${where}, its maximum per request`, {
		itemIndex,
		description: 'The answer may be cut and cannot be narrowed further; rather than return part of it, the node stops. Use filters to ask for fewer rows.',
	});
}
