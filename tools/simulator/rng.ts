// Deterministic pseudo-randomness: every generated value is a pure function of (seed, key), never of
// call order or of the range asked, so windowed downloads add up exactly.

// Hot loops keep Math.imul in a module binding: under jest's vm context every global lookup (Math)
// goes through the context's interceptors and costs ~20x.
const imul = Math.imul;

/** FNV-1a over the joined parts, then murmur3's finaliser for avalanche. */
export function hash32(...parts: Array<string | number>): number {
	const s = parts.join('|');
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = imul(h, 0x01000193);
	}
	return fmix32(h);
}

/** Uniform in [0, 1). */
export const unit = (...parts: Array<string | number>): number => hash32(...parts) / 2 ** 32;

const salts = new Map<string, number>();

/** hash32 of a constant string, memoised (field names, salts). */
export function saltOf(s: string): number {
	let h = salts.get(s);
	if (h === undefined) {
		h = hash32(s);
		salts.set(s, h);
	}
	return h;
}

/** Combines two 32-bit hashes (murmur3 finaliser over a xor-multiply): cheap per-field draws from a row hash. */
export function mix(a: number, b: number): number {
	return fmix32((a ^ imul(b, 0x9e3779b1)) >>> 0);
}

/** murmur3's 32-bit finaliser: spreads every input bit over the whole hash. */
function fmix32(h: number): number {
	h ^= h >>> 16;
	h = imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}
