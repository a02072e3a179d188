import type { Planner } from '../plan';
import { selectedEndpoint } from '../plan';

/** Billing endpoints take no parameters: they report the current month (API.md). */
export const getUsage: Planner = (ctx, itemIndex) => ({
	endpoint: selectedEndpoint(ctx, itemIndex, 'billing'),
	queries: [{}],
});
