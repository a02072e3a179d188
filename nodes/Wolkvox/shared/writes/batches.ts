/**
 * How a write's items become calls (docs/wolkvox-api.md#writes): items that send the same query and
 * the same other body fields share a call, in their order, up to the endpoint's upload cap; calls
 * follow each other in the order of their first item. Pure.
 */

/** What one item sends: `shared` (query and common body fields) decides which call it may join. */
export interface ItemWrite<Unit> {
	itemIndex: number;
	/** Everything but the item's own unit, as one comparable text. */
	sharedKey: string;
	/** The item's record or value (or, for a single write, its whole body). */
	unit: Unit;
}

export interface Batch<Unit> {
	/** 1-based, in send order. */
	number: number;
	items: Array<ItemWrite<Unit>>;
}

/**
 * `fits`, when given, says whether one more item may join a call that has some already (an upload's
 * bytes, its file names); an item goes first into a call of its own whatever it says.
 */
export function toBatches<Unit>(
	writes: Array<ItemWrite<Unit>>,
	cap: number,
	fits: (batch: Array<ItemWrite<Unit>>, next: ItemWrite<Unit>) => boolean = () => true,
): Array<Batch<Unit>> {
	const open = new Map<string, Array<ItemWrite<Unit>>>();
	const ordered: Array<Array<ItemWrite<Unit>>> = [];
	for (const write of writes) {
		let batch = open.get(write.sharedKey);
		if (!batch || batch.length >= cap || !fits(batch, write)) {
			batch = [];
			open.set(write.sharedKey, batch);
			ordered.push(batch);
		}
		batch.push(write);
	}
	return ordered.map((items, index) => ({ number: index + 1, items }));
}
