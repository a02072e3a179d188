import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { findEndpoint } from '../shared/catalog';
import { formatDay, instantOfIso, wallAt } from '../shared/dates';
import { typedRows } from '../shared/pipeline/typedRows';
import { connect, getRows } from '../shared/transport/request';
import type { Connection } from '../shared/transport/request';
import { assertQuota } from './quota';
import { checkThreshold, thresholdKey } from './threshold';
import type { ThresholdState } from './threshold';

interface Watched {
	product: string;
	threshold: number;
}

interface Usage {
	product: string;
	/** The product's English name (the description is Spanish or English by product). */
	product_name: string;
	description: string | null;
	usage: number;
	/** `YYYY-MM` of the counter, in the operation's zone. */
	month: string;
	date: string | null;
}

function watchedOf(ctx: IPollFunctions): Watched[] {
	const entries = ctx.getNodeParameter('thresholds.values', []) as IDataObject[];
	const watched = entries.map((entry) => ({ product: String(entry.product ?? ''), threshold: Number(entry.threshold) }));
	if (watched.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'No threshold to watch', {
			description: 'Add at least one Threshold: a product and the monthly usage at which to fire.',
		});
	}
	for (const { product, threshold } of watched) {
		if (!findEndpoint('billing', product)) {
			throw new NodeOperationError(ctx.getNode(), `Unknown product "${product}"`, { description: 'Use a Wolkvox billing API name such as ivr_calls' });
		}
		if (!Number.isFinite(threshold)) {
			throw new NodeOperationError(ctx.getNode(), `The threshold of ${product} is not a number`);
		}
		if (threshold <= 0) {
			throw new NodeOperationError(ctx.getNode(), `Set the Threshold of ${findEndpoint('billing', product)?.name ?? product}: it is ${threshold}`, {
				description: "Give the monthly usage at which to fire, a number above 0; at 0 the trigger would fire at once, on every month's first poll.",
			});
		}
	}
	return watched;
}

/** One product's counter; the month is the counter's own (its `date`), so it follows Wolkvox's clock. */
async function usageOf(ctx: IPollFunctions, connection: Connection, product: string, now: number): Promise<Usage | undefined> {
	const endpoint = findEndpoint('billing', product);
	const raw = await getRows(ctx, connection, { script: 'billing', api: product }, { itemIndex: 0 });
	if (raw.length === 0 || !endpoint) return undefined;
	const [typed] = typedRows(raw.slice(0, 1), endpoint, connection.timeZone);
	// A readable date is typed as ISO 8601 in the operation's zone, which starts with its month.
	const date = typeof typed.date === 'string' && instantOfIso(typed.date) !== undefined ? typed.date : null;
	return {
		product,
		product_name: endpoint.name,
		description: typeof typed.description === 'string' ? typed.description : null,
		usage: Number(typed.items),
		month: date?.slice(0, 7) ?? formatDay(wallAt(now, connection.timeZone)).slice(0, 7),
		date: typeof typed.date === 'string' ? typed.date : null,
	};
}

function item(usage: Usage, threshold: number): INodeExecutionData {
	return { json: { ...usage, threshold }, pairedItem: { item: 0 } };
}

/** One poll of "Usage Threshold Crossed": one call per product, one item per threshold that fires. */
export async function pollUsage(ctx: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const now = Date.now();
	const watched = watchedOf(ctx);
	const connection = await connect(ctx, 0);
	const products = [...new Set(watched.map((w) => w.product))];
	const manual = ctx.getMode() === 'manual';
	// Fetch Test Event reads no state and writes none.
	const staticData = manual ? {} : ctx.getWorkflowStaticData('node');
	if (!manual) await assertQuota(ctx, connection, products.length, staticData, now);

	const usages = new Map<string, Usage>();
	for (const product of products) {
		const usage = await usageOf(ctx, connection, product, now);
		if (usage) usages.set(product, usage);
	}

	if (manual) {
		const items = watched.flatMap((w) => {
			const usage = usages.get(w.product);
			return usage ? [item(usage, w.threshold)] : [];
		});
		if (items.length === 0) {
			throw new NodeOperationError(ctx.getNode(), 'Wolkvox returned no usage for the chosen products', {
				description: 'There is no sample to show: Wolkvox has no counter for these products this month. Check the products, or try another one.',
			});
		}
		return [items];
	}

	const previous = (staticData.thresholds as Record<string, ThresholdState> | undefined) ?? {};
	// Only the thresholds still listed are kept, so removed ones do not pile up in static data.
	const states: Record<string, ThresholdState> = {};
	const fired: INodeExecutionData[] = [];
	for (const w of watched) {
		const key = thresholdKey(w.product, w.threshold);
		const usage = usages.get(w.product);
		if (!usage) {
			if (previous[key]) states[key] = previous[key];
			continue;
		}
		const { fire, state } = checkThreshold(previous[key], usage.month, usage.usage, w.threshold);
		states[key] = state;
		if (fire) fired.push(item(usage, w.threshold));
	}
	staticData.thresholds = states;
	return fired.length > 0 ? [fired] : null;
}
