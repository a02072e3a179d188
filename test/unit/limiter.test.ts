import { withSlot } from '../../nodes/Wolkvox/shared/transport/limiter';

/** Runs tasks through the limiter and records how many were inside at once. */
async function peakOf(key: string, limit: number, tasks: number): Promise<{ peak: number; order: number[] }> {
	let inside = 0;
	let peak = 0;
	const order: number[] = [];
	await Promise.all(
		Array.from({ length: tasks }, (_, i) =>
			withSlot(key, limit, async () => {
				inside++;
				peak = Math.max(peak, inside);
				await new Promise((resolve) => setImmediate(resolve));
				order.push(i);
				inside--;
			}),
		),
	);
	return { peak, order };
}

describe('withSlot: per-credential concurrency', () => {
	it('never lets more than the limit in, and serves in arrival order', async () => {
		expect(await peakOf('a', 1, 10)).toEqual({ peak: 1, order: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] });
		expect((await peakOf('b', 2, 10)).peak).toBe(2);
	});

	it('keeps credentials apart', async () => {
		const [a, b] = await Promise.all([peakOf('c', 1, 5), peakOf('d', 1, 5)]);
		expect([a.peak, b.peak]).toEqual([1, 1]);
	});

	it('frees the slot when a task fails', async () => {
		await expect(withSlot('e', 1, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		await expect(withSlot('e', 1, async () => 'next')).resolves.toBe('next');
	});
});
