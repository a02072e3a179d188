// Fault injection state, changed at run time by setFaults() or POST /__sim/faults.

import { NO_FAULTS, type Faults } from './types';

type Counted = 'html502' | 'status5xx' | 'malformedJson' | 'concurrencyRejections' | 'stalls' | AfterWrite;

/** The faults that hit a write after it was applied. */
export type AfterWrite = 'afterWriteTimeout' | 'afterWrite5xx' | 'afterWriteCut' | 'afterWriteHtml';
export const AFTER_WRITE: ReadonlyArray<AfterWrite> = ['afterWriteTimeout', 'afterWrite5xx', 'afterWriteCut', 'afterWriteHtml'];

export class FaultState {
	current: Faults = { ...NO_FAULTS };
	/** 500s served so far, so they alternate JSON / plain text. */
	served5xx = 0;

	set(patch: Partial<Faults>): void {
		for (const [k, v] of Object.entries(patch)) {
			if (!(k in NO_FAULTS)) throw new Error(`Unknown fault ${k}`);
			const expected = typeof NO_FAULTS[k as keyof Faults];
			if (typeof v !== expected || (typeof v === 'number' && !(v >= 0))) throw new Error(`Bad value for ${k}`);
		}
		this.current = { ...this.current, ...patch };
	}

	/** True (and one fewer left) when a counted fault applies to this request. */
	take(kind: Counted): boolean {
		if (this.current[kind] <= 0 || this.current.faultsAfter > 0) return false;
		this.current[kind]--;
		return true;
	}

	/** The first after-write fault that applies (one per request), taken. */
	takeAfterWrite(): AfterWrite | undefined {
		return AFTER_WRITE.find((k) => this.take(k));
	}

	/** One API request has arrived and been decided: one fewer to wait before counted faults apply. */
	passed(): void {
		if (this.current.faultsAfter > 0) this.current.faultsAfter--;
	}

	reset(): void {
		this.current = { ...NO_FAULTS };
		this.served5xx = 0;
	}
}
