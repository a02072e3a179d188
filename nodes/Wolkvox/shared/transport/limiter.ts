/**
 * Wolkvox refuses more simultaneous requests per token than its limit (2, docs/wolkvox-api.md#limits), so every request
 * of one credential in this n8n process waits for a slot: across items, nodes and executions.
 */
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

export async function withSlot<T>(key: string, limit: number, task: () => Promise<T>): Promise<T> {
	let slots = byKey.get(key);
	if (!slots) {
		slots = new Slots(limit);
		byKey.set(key, slots);
	}
	slots.limit = limit;
	await slots.acquire();
	try {
		return await task();
	} finally {
		slots.release();
		if (slots.idle) byKey.delete(key);
	}
}
