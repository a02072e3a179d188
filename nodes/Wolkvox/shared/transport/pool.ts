/**
 * Runs `task(0)` … `task(count - 1)`, at most `width` at once, started in index order. After the
 * first failure nothing new starts; the tasks already running are waited for (so no request is left
 * running behind the node), then that first error is thrown.
 */
export async function runPool(count: number, width: number, task: (index: number) => Promise<void>): Promise<void> {
	let next = 0;
	let failed = false;
	let failure: unknown;
	const worker = async () => {
		while (!failed && next < count) {
			const index = next++;
			try {
				await task(index);
			} catch (error) {
				if (!failed) failure = error;
				failed = true;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(count, width)) }, worker));
	if (failed) throw failure;
}
