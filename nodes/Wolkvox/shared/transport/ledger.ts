import type { IExecuteFunctions } from 'n8n-workflow';

import type { WriteResult } from './request';

/**
 * The writes one run of a node has sent, so that n8n's own Retry On Fail cannot send them twice.
 * n8n retries a node by running it again with the same execute data after it threw, or when its
 * first output item has an `error` key (a continueOnFail error item): without this, every batch
 * sent before the failure would be sent again. A write already answered, or whose outcome is
 * unknown, is not sent again within the same run; its result is reused. A refusal is not kept:
 * nothing was done, so sending it again is safe.
 */
const byRun = new WeakMap<object, Map<string, WriteResult>>();

export interface Ledger {
	get(key: string): WriteResult | undefined;
	keep(key: string, result: WriteResult): void;
}

export function ledgerOf(ctx: IExecuteFunctions): Ledger {
	const run = ctx.getExecuteData() as object | undefined;
	let sent = run ? byRun.get(run) : undefined;
	if (run && !sent) {
		sent = new Map();
		byRun.set(run, sent);
	}
	const kept = sent ?? new Map<string, WriteResult>();
	return {
		get: (key) => kept.get(key),
		keep: (key, result) => {
			if (result.kind !== 'refused') kept.set(key, result);
		},
	};
}
