/**
 * The backoff schedule of the simultaneous-requests 403 (retryDelayMs), as a pure function: its
 * bounds, the total wait of the default policy, and the spread that keeps workers out of lockstep.
 */
import { DEFAULT_RETRY, retryDelayMs } from '../../nodes/Wolkvox/shared/transport/request';

/** A seeded generator (mulberry32), so the spread checks see the same draws on every run. */
function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const attempts = Array.from({ length: DEFAULT_RETRY.retries }, (_, attempt) => attempt);

describe('retryDelayMs', () => {
	it('doubles from the base up to the ceiling, each wait in the upper half of its step', () => {
		const low = attempts.map((a) => retryDelayMs(DEFAULT_RETRY, a, () => 0));
		const high = attempts.map((a) => retryDelayMs(DEFAULT_RETRY, a, () => 1));
		expect(low).toEqual([500, 1000, 2000, 4000, 4000, 4000, 4000, 4000]);
		expect(high).toEqual([1000, 2000, 4000, 8000, 8000, 8000, 8000, 8000]);
	});

	it('keeps every draw within those bounds', () => {
		const random = seeded(7);
		for (const attempt of attempts) {
			const ceiling = Math.min(DEFAULT_RETRY.maxDelayMs!, DEFAULT_RETRY.baseDelayMs * 2 ** attempt);
			for (let i = 0; i < 200; i++) {
				const delay = retryDelayMs(DEFAULT_RETRY, attempt, random);
				expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
				expect(delay).toBeLessThanOrEqual(ceiling);
			}
		}
	});

	it('gives up a genuinely busy token within Wolkvox’s 60 s call limit, after at least 20 s of trying', () => {
		const total = (random: () => number) => attempts.reduce((sum, a) => sum + retryDelayMs(DEFAULT_RETRY, a, random), 0);
		expect(total(() => 0)).toBe(23_500);
		expect(total(() => 1)).toBe(47_000);
	});

	it('spreads workers refused at the same moment over the whole upper half', () => {
		const random = seeded(42);
		// 20 workers refused together, their first retry: distinct instants, in every quarter of the range.
		const firstWaits = Array.from({ length: 20 }, () => retryDelayMs(DEFAULT_RETRY, 0, random));
		expect(new Set(firstWaits).size).toBeGreaterThan(15);
		const quarters = new Set(firstWaits.map((d) => Math.min(3, Math.floor((d - 500) / 125))));
		expect([...quarters].sort()).toEqual([0, 1, 2, 3]);
	});

	it('has no ceiling when the policy sets none', () => {
		expect(retryDelayMs({ retries: 12, baseDelayMs: 1000 }, 10, () => 1)).toBe(1024 * 1000);
	});
});
