import type { Endpoint } from './types';

/** Do-not-call and Law 2300 lists (campaign.php and configuration.php; filled in by the catalog work). */
export const DO_NOT_CALL: Endpoint[] = [];
