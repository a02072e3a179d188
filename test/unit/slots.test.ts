import { eachItem, eachWindow, withSlot } from '../../nodes/Wolkvox/shared/transport/slots';

const holder = (slotKey: string, maxConcurrent: number) => ({ slotKey, maxConcurrent });

/** Runs tasks through the slots and records how many were inside at once. */
async function peakOf(key: string, limit: number, tasks: number): Promise<{ peak: number; order: number[] }> {
	let inside = 0;
	let peak = 0;
	const order: number[] = [];
	await Promise.all(
		Array.from({ length: tasks }, (_, i) =>
			withSlot(holder(key, limit), async () => {
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
		await expect(withSlot(holder('e', 1), async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		await expect(withSlot(holder('e', 1), async () => 'next')).resolves.toBe('next');
	});
});

/** A task whose end the test decides: resolve(index) / reject(index). */
function controlled() {
	const started: number[] = [];
	const pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
	const task = (index: number) =>
		new Promise<void>((resolve, reject) => {
			started.push(index);
			pending.set(index, { resolve, reject });
		});
	const flush = () => new Promise((r) => setImmediate(r));
	return { started, pending, task, flush };
}

describe('eachWindow: the windows of an item, as many at once as the credential has slots', () => {
	it('starts windows in order, never more than the slots at once', async () => {
		const { started, pending, task, flush } = controlled();
		const done = eachWindow(holder('w1', 2), 5, task);
		await flush();
		expect(started).toEqual([0, 1]);
		pending.get(1)!.resolve();
		await flush();
		expect(started).toEqual([0, 1, 2]);
		for (const index of [0, 2, 3, 4]) {
			pending.get(index)!.resolve();
			await flush();
		}
		await expect(done).resolves.toBeUndefined();
		expect(started).toEqual([0, 1, 2, 3, 4]);
	});

	it('starts nothing after a failure, waits for the running windows, then throws the first error', async () => {
		const { started, pending, task, flush } = controlled();
		let settled = false;
		const done = eachWindow(holder('w2', 2), 6, task).finally(() => (settled = true));
		done.catch(() => undefined);
		await flush();
		pending.get(0)!.reject(new Error('first'));
		await flush();
		expect(settled).toBe(false); // window 1 still runs
		pending.get(1)!.reject(new Error('second'));
		await expect(done).rejects.toThrow('first');
		expect(started).toEqual([0, 1]);
	});

	it('starts nothing once enough() holds, and waits for the windows already running', async () => {
		const { started, pending, task, flush } = controlled();
		let enough = false;
		let settled = false;
		const done = eachWindow(holder('w5', 2), 6, task, () => enough).finally(() => (settled = true));
		await flush();
		expect(started).toEqual([0, 1]);
		enough = true;
		pending.get(1)!.resolve();
		await flush();
		expect(started).toEqual([0, 1]); // window 2 is not started
		expect(settled).toBe(false); // window 0 still runs
		pending.get(0)!.resolve();
		await expect(done).resolves.toBeUndefined();
		expect(started).toEqual([0, 1]);
	});

	it('runs one at a time with one slot, and nothing for no windows', async () => {
		const order: string[] = [];
		await eachWindow(holder('w3', 1), 3, async (index) => {
			order.push(`start ${index}`);
			await new Promise((r) => setImmediate(r));
			order.push(`end ${index}`);
		});
		expect(order).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
		const none = jest.fn(async () => undefined);
		await eachWindow(holder('w4', 2), 0, none);
		expect(none).not.toHaveBeenCalled();
	});
});

describe('eachItem: the items of an execution, sized by their credential', () => {
	/** Items that report their credential when the test says, then end when the test says. */
	function items(slots: number) {
		const { started, pending, flush } = controlled();
		const connect = new Map<number, () => void>();
		const task = (index: number, holds: (h: { slotKey: string; maxConcurrent: number }) => void) =>
			new Promise<void>((resolve, reject) => {
				started.push(index);
				pending.set(index, { resolve, reject });
				connect.set(index, () => holds(holder('items', slots)));
			});
		return { started, pending, flush, connect, task };
	}

	it('runs one item until it has its credential, then the slots and one more, in order', async () => {
		const { started, pending, flush, connect, task } = items(2);
		const done = eachItem(6, task);
		await flush();
		expect(started).toEqual([0]);
		connect.get(0)!();
		await flush();
		expect(started).toEqual([0, 1, 2]);
		pending.get(2)!.resolve();
		await flush();
		expect(started).toEqual([0, 1, 2, 3]);
		for (const index of [0, 1, 3, 4, 5]) {
			pending.get(index)!.resolve();
			await flush();
		}
		await expect(done).resolves.toBeUndefined();
		expect(started).toEqual([0, 1, 2, 3, 4, 5]);
	});

	it('with one slot keeps two items in flight, and starts none after a failure', async () => {
		const { started, pending, flush, connect, task } = items(1);
		const done = eachItem(5, task);
		done.catch(() => undefined);
		await flush();
		connect.get(0)!();
		await flush();
		expect(started).toEqual([0, 1]);
		pending.get(0)!.reject(new Error('first'));
		await flush();
		expect(started).toEqual([0, 1]);
		pending.get(1)!.resolve();
		await expect(done).rejects.toThrow('first');
		expect(started).toEqual([0, 1]);
	});

	it('goes on one item at a time while no item has reported a credential', async () => {
		const order: number[] = [];
		await eachItem(3, async (index) => {
			order.push(index);
			await new Promise((r) => setImmediate(r));
			order.push(-index - 1);
		});
		expect(order).toEqual([0, -1, 1, -2, 2, -3]);
	});
});
