import { runPool } from '../../nodes/Wolkvox/shared/transport/pool';

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

describe('runPool', () => {
	it('starts tasks in index order, never more than the width at once', async () => {
		const { started, pending, task, flush } = controlled();
		const done = runPool(5, 2, task);
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

	it('starts nothing after a failure, waits for the running tasks, then throws the first error', async () => {
		const { started, pending, task, flush } = controlled();
		let settled = false;
		const done = runPool(6, 2, task).finally(() => (settled = true));
		done.catch(() => undefined);
		await flush();
		pending.get(0)!.reject(new Error('first'));
		await flush();
		expect(settled).toBe(false); // task 1 still runs
		pending.get(1)!.reject(new Error('second'));
		await expect(done).rejects.toThrow('first');
		expect(started).toEqual([0, 1]);
	});

	it('runs one at a time with width 1, and nothing for no tasks', async () => {
		const order: string[] = [];
		await runPool(3, 1, async (index) => {
			order.push(`start ${index}`);
			await new Promise((r) => setImmediate(r));
			order.push(`end ${index}`);
		});
		expect(order).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
		const none = jest.fn(async () => undefined);
		await runPool(0, 2, none);
		expect(none).not.toHaveBeenCalled();
	});
});
