// Authentication, daily quota and per-token concurrency (docs/wolkvox-api.md#errors, #limits).

import { DAY_MS, wallMs } from './clock';
import { MSG } from './envelope';
import type { ResolvedOptions } from './types';

export type Admission =
	| { ok: true; release: () => void }
	| { ok: false; status: number; msg: string };

export class TokenGate {
	private used = 0;
	private day = -1;
	/** Requests holding a concurrency slot, per token: what the 403 limit is checked against. */
	private readonly accepted = new Map<string, number>();
	/** Every open request per presented token, rejected ones included: what `peak` measures. */
	private readonly open = new Map<string, number>();
	peak = 0;

	constructor(private readonly o: ResolvedOptions) {}

	/** Tokens spent today; the quota day rolls over at local midnight of the operation (inferred). */
	usedToday(): number {
		const day = Math.floor(wallMs(this.o.now(), this.o.timezone) / DAY_MS);
		if (day !== this.day) {
			this.day = day;
			this.used = 0;
		}
		return this.used;
	}

	/** Counts a request as open from arrival to answer; returns the function that closes it. */
	arrive(token: string | undefined): () => void {
		if (!token) return () => undefined;
		const n = (this.open.get(token) ?? 0) + 1;
		this.open.set(token, n);
		this.peak = Math.max(this.peak, n);
		return once(() => this.open.set(token, (this.open.get(token) ?? 1) - 1));
	}

	/**
	 * Order (inferred): token present, token valid, quota left; then the call is charged (docs/wolkvox-api.md#daily-token-quota:
	 * "every call costs one, whatever it returns"), then the concurrency slot is checked.
	 */
	admit(token: string | undefined, forceReject: () => boolean): Admission {
		if (!token) return { ok: false, status: 401, msg: MSG.noToken };
		if (token !== this.o.token) return { ok: false, status: 403, msg: MSG.badToken };
		if (this.usedToday() >= this.o.dailyQuota) return { ok: false, status: 403, msg: MSG.quota };
		this.used++;
		const busy = this.accepted.get(token) ?? 0;
		if (busy >= this.o.maxConcurrent || forceReject()) return { ok: false, status: 403, msg: MSG.concurrency };
		this.accepted.set(token, busy + 1);
		return { ok: true, release: once(() => this.accepted.set(token, (this.accepted.get(token) ?? 1) - 1)) };
	}

	/** Quota and peak back to zero; open requests stay counted since they are still running. */
	reset(): void {
		this.used = 0;
		this.peak = 0;
	}
}

function once(f: () => void): () => void {
	let done = false;
	return () => {
		if (!done) {
			done = true;
			f();
		}
	};
}
