import type { Endpoint } from './types';

/** campaign.php: records of dialer campaigns, and the campaigns themselves (filled in by the catalog work). */
export const CAMPAIGN: Endpoint[] = [];
