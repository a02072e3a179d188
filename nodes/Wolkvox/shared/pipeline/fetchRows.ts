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

/**
 * Every row of a plan, by request, oldest window first, so rows keep the API's order; a window that
 * comes back with the cap is fetched again in halves until no part is cut (each half its own part).
 */
export async function fetchParts(
	ctx: IExecuteFunctions | IPollFunctions,
	connection: Connection,
	plan: Plan,
	options: CallOptions,
): Promise<FetchedPart[]> {
	const { endpoint, params } = plan;
	// Wolkvox says nothing when it cuts a download at its cap.
	const cap = endpoint.limits.rowsPerDownload;
	const call = (query: Record<string, string>) =>
		getRows(ctx, connection, { script: endpoint.script, method: endpoint.method, api: endpoint.api, query: { ...params, ...query } }, options);

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
		return [...(await fetchWindow(halves[0])), ...(await fetchWindow(halves[1]))];
	};

	// Each window's rows land in its own place, so the order stays oldest first.
	const { windows } = plan;
	const parts: FetchedPart[][] = new Array(windows.length);
	await eachWindow(connection, windows.length, async (index) => {
		parts[index] = await fetchWindow(windows[index]);
	});
	return parts.flat();
}

/** Every row of a plan, in the order fetchParts gives them. */
export async function fetchRows(
	ctx: IExecuteFunctions | IPollFunctions,
	connection: Connection,
	plan: Plan,
	options: CallOptions,
): Promise<IDataObject[]> {
	return (await fetchParts(ctx, connection, plan, options)).flatMap((part) => part.rows);
}

function capError(ctx: IExecuteFunctions | IPollFunctions, api: string, cap: number, itemIndex: number, window?: DateWindow): NodeOperationError {
	const where = window ? ` for the single second ${formatWolkvox(window.start)}` : '';
	return new NodeOperationError(ctx.getNode(), `Wolkvox ${api}: ${cap} rows${where}, its maximum per request`, {
		itemIndex,
		description: 'The answer may be cut and cannot be narrowed further; rather than return part of it, the node stops. Use filters to ask for fewer rows.',
	});
}
