/**
 * Who may send when. Wolkvox refuses more simultaneous requests per token than its limit (2, docs/wolkvox-api.md#limits),
 * so every request of one credential in this n8n process waits for one of the credential's slots:
 * across items, nodes and executions. Those slots are the only cap. The pools that feed them (an
 * execution's items, an item's date windows) only decide what starts, and in which order: they are
 * sized here from the slots, wide enough to keep every slot busy.
 */

/** Whose slots a request takes, and how many there are: one credential, one token. */
export interface SlotHolder {
	slotKey: string;
	maxConcurrent: number;
}

class Slots {
	private active = 0;
	private readonly waiting: Array<() => void> = [];

	constructor(public limit: number) {}

	get idle(): boolean {
		return this.active === 0 && this.waiting.length === 0;
	}

	async acquire(): Promise<void> {
		if (this.active < this.limit) {
			this.active++;
			return;
		}
		await new Promise<void>((resolve) => this.waiting.push(resolve));
	}

	release(): void {
		const next = this.waiting.shift();
		// The slot passes straight to the next waiter, so `active` stays as it is.
		if (next) next();
		else this.active--;
	}
}

const byKey = new Map<string, Slots>();

/** Runs `task` in one of the holder's slots, waiting in arrival order for one to free. */
export async function withSlot<T>(holder: SlotHolder, task: () => Promise<T>): Promise<T> {
	let slots = byKey.get(holder.slotKey);
	if (!slots) {
		slots = new Slots(holder.maxConcurrent);
		byKey.set(holder.slotKey, slots);
	}
	slots.limit = holder.maxConcurrent;
	await slots.acquire();
	try {
		return await task();
	} finally {
		slots.release();
		if (slots.idle) byKey.delete(holder.slotKey);
	}
}

/**
 * Runs `task(0)` … `task(count - 1)`, started in index order, at most `width` at once; the width may
 * grow while it runs. After the first failure, or once `enough()` says so, nothing new starts; the
 * tasks already running are waited for (so no request is left running behind the node), then that
 * first error is thrown.
 */
class Pool {
	private next = 0;
	private running = 0;
	private failure?: { error: unknown };
	private finish: () => void = () => undefined;

	constructor(
		private readonly count: number,
		private width: number,
		private readonly task: (index: number) => Promise<void>,
		private readonly enough: () => boolean = () => false,
	) {}

	async run(): Promise<void> {
		await new Promise<void>((resolve) => {
			this.finish = resolve;
			this.fill();
		});
		if (this.failure) throw this.failure.error;
	}

	widen(width: number): void {
		if (width <= this.width) return;
		this.width = width;
		this.fill();
	}

	private fill(): void {
		while (!this.failure && this.next < this.count && this.running < this.width && !this.enough()) this.start(this.next++);
		if (this.running === 0) this.finish();
	}

	private start(index: number): void {
		this.running++;
		let run: Promise<void>;
		try {
			run = this.task(index);
		} catch (error) {
			run = Promise.reject(error);
		}
		run
			.catch((error: unknown) => {
				this.failure ??= { error };
			})
			.finally(() => {
				this.running--;
				this.fill();
			});
	}
}

/**
 * Runs an execution's items. One item runs until it has its credential; then as many as the
 * credential has slots and one more, so the next item's request is ready the moment a slot frees
 * while requests still go out item by item. `task` calls `holds` with its connection once it has one.
 */
export async function eachItem(
	count: number,
	task: (itemIndex: number, holds: (holder: SlotHolder) => void) => Promise<void>,
): Promise<void> {
	const pool: Pool = new Pool(count, 1, async (itemIndex) => await task(itemIndex, (holder) => pool.widen(holder.maxConcurrent + 1)));
	await pool.run();
}

/**
 * Runs an item's date windows oldest first, as many side by side as its credential has slots; no
 * further window starts once `enough()` is true (a Limit already met).
 */
export async function eachWindow(
	holder: SlotHolder,
	count: number,
	task: (index: number) => Promise<void>,
	enough?: () => boolean,
): Promise<void> {
	await new Pool(count, holder.maxConcurrent, task, enough).run();
}

/**
 * Runs a write's calls in order of their first item, as many side by side as the credential has
 * slots; no further call starts once `stop()` is true (a failed call with continueOnFail off).
 */
export async function eachCall(holder: SlotHolder, count: number, task: (index: number) => Promise<void>, stop: () => boolean): Promise<void> {
	await new Pool(count, holder.maxConcurrent, task, stop).run();
}
