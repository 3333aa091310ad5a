/**
 * Seeded randomness for quizzes. A seed makes an arrangement reproducible: the first attempt of a
 * module is the same on the server and in the browser (so hydration matches), a saved attempt comes
 * back in the same order after a reload, and tests can pin the outcome.
 */

/** Mulberry32: a tiny 32-bit generator, fine for shuffling (not for anything secret). */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A 32-bit seed derived from text (FNV-1a), e.g. from a module id for its first attempt. */
export function seedFromText(text: string): number {
	let hash = 2166136261;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
	return hash >>> 0;
}

/** A fresh seed for a retry: from the platform's generator when there is one. */
export function freshSeed(random: () => number = Math.random): number {
	try {
		if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') {
			return crypto.getRandomValues(new Uint32Array(1))[0]!;
		}
	} catch {
		// Fall back to Math.random below; a quiz order needs no strong randomness.
	}
	return Math.floor(random() * 4294967296) >>> 0;
}

/** A shuffled copy of `items` (Fisher-Yates); `random` returns numbers in [0, 1). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}
