import { afterEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { deflate, inflate } from './deflate';

const text = new TextEncoder().encode('Branch protection on every repository. '.repeat(50));

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('deflate and inflate', () => {
	test('return the bytes that were compressed', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
				expect(await inflate(await deflate(bytes), 2000)).toEqual(bytes);
			}),
			{ numRuns: 100 }
		);
	});

	test('compresses repetitive text', async () => {
		expect((await deflate(text)).length).toBeLessThan(text.length / 10);
	});

	test('falls back to stored blocks that inflate still reads when CompressionStream is missing', async () => {
		vi.stubGlobal('CompressionStream', undefined);
		const big = new Uint8Array(150_000).map((_, i) => i % 251);
		for (const bytes of [new Uint8Array(), text, big]) {
			const stored = await deflate(bytes);
			expect(stored.length).toBe(bytes.length + 5 * Math.max(1, Math.ceil(bytes.length / 0xffff)));
			vi.unstubAllGlobals();
			expect(await inflate(stored, 200_000)).toEqual(bytes);
			vi.stubGlobal('CompressionStream', undefined);
		}
	});
});

describe('inflate', () => {
	test('returns null when the output would exceed maxBytes', async () => {
		const bomb = await deflate(new Uint8Array(10_000_000));
		expect(bomb.length).toBeLessThan(20_000);
		expect(await inflate(bomb, 65_536)).toBeNull();
	});

	test('returns null for damaged, truncated or padded data', async () => {
		const good = await deflate(text);
		expect(await inflate(Uint8Array.from([1, 2, 3, 4, 5]), 10_000)).toBeNull();
		expect(await inflate(good.subarray(0, good.length - 3), 10_000)).toBeNull();
		expect(await inflate(Uint8Array.from([...good, 0, 1, 2]), 10_000)).toBeNull();
	});

	test('returns null when DecompressionStream is missing', async () => {
		const good = await deflate(text);
		vi.stubGlobal('DecompressionStream', undefined);
		expect(await inflate(good, 10_000)).toBeNull();
	});

	test('never rejects on random input', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 100 }), async (bytes) => {
				const out = await inflate(bytes, 1000);
				expect(out === null || out.length <= 1000).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});
});
