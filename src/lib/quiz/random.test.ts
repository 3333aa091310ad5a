import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { freshSeed, mulberry32, seedFromText, shuffle } from './random';

describe('mulberry32', () => {
	test('returns the same sequence for the same seed', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const first = Array.from({ length: 5 }, a);
		expect(Array.from({ length: 5 }, b)).toEqual(first);
	});

	test('returns numbers in [0, 1)', () => {
		const random = mulberry32(7);
		for (let i = 0; i < 10_000; i++) {
			const x = random();
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThan(1);
		}
	});

	test('returns different sequences for different seeds', () => {
		expect(mulberry32(1)()).not.toBe(mulberry32(2)());
	});

	test('treats seeds modulo 2^32', () => {
		expect(mulberry32(2 ** 32 + 5)()).toBe(mulberry32(5)());
	});
});

describe('seedFromText', () => {
	test('returns a stable unsigned 32-bit number', () => {
		const seed = seedFromText('developer');
		expect(seed).toBe(seedFromText('developer'));
		expect(Number.isInteger(seed)).toBe(true);
		expect(seed).toBeGreaterThanOrEqual(0);
		expect(seed).toBeLessThan(2 ** 32);
		expect(seedFromText('platform')).not.toBe(seed);
	});
});

describe('freshSeed', () => {
	test('returns an unsigned 32-bit integer', () => {
		for (let i = 0; i < 100; i++) {
			const seed = freshSeed();
			expect(Number.isInteger(seed)).toBe(true);
			expect(seed).toBeGreaterThanOrEqual(0);
			expect(seed).toBeLessThan(2 ** 32);
		}
	});
});

describe('shuffle', () => {
	test('returns a permutation and leaves the input alone', () => {
		fc.assert(
			fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
				const copy = [...items];
				const out = shuffle(items, mulberry32(seed));
				expect(items).toEqual(copy);
				expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
			})
		);
	});

	test('returns the same order for the same seed', () => {
		const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
		expect(shuffle(items, mulberry32(99))).toEqual(shuffle(items, mulberry32(99)));
	});

	test('returns every order of three items about equally often', () => {
		const counts = new Map<string, number>();
		const random = mulberry32(2024);
		const runs = 60_000;
		for (let i = 0; i < runs; i++) {
			const key = shuffle(['a', 'b', 'c'], random).join('');
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		expect(counts.size).toBe(6);
		for (const count of counts.values()) {
			expect(count).toBeGreaterThan((runs / 6) * 0.95);
			expect(count).toBeLessThan((runs / 6) * 1.05);
		}
	});
});
