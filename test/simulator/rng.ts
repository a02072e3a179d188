// Deterministic pseudo-randomness: every generated value is a pure function of (seed, key), never of
// call order or of the range asked, so windowed downloads add up exactly.

/** FNV-1a over the joined parts, then murmur3's finaliser for avalanche. */
export function hash32(...parts: Array<string | number>): number {
	const s = parts.join('|');
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** Uniform in [0, 1). */
export const unit = (...parts: Array<string | number>): number => hash32(...parts) / 2 ** 32;
