import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { capOfLevel, stageOfScore, toPercent } from './stages';

describe('stageOfScore', () => {
	test.each([
		[0, 0],
		[0.2499, 0],
		[0.25, 1],
		[0.4999, 1],
		[0.5, 2],
		[0.7499, 2],
		[0.75, 3],
		[1, 3],
	])('returns stage %s -> %i at and around each band boundary', (score, stage) => {
		expect(stageOfScore(score)).toBe(stage);
	});

	test('returns the band of the exact score, not of the rounded percent', () => {
		// 0.2496 shows as 25 % but has not reached the Initial band.
		expect(toPercent(0.2496)).toBe(25);
		expect(stageOfScore(0.2496)).toBe(0);
	});

	test('returns Traditional for a score that is not a number', () => {
		expect(stageOfScore(Number.NaN)).toBe(0);
	});
});

describe('capOfLevel', () => {
	test.each([
		[0, 1],
		[1, 2],
		[2, 3],
		[3, 3],
	] as const)('returns a cap of %i -> %i (one stage above, at most Optimal)', (level, cap) => {
		expect(capOfLevel(level)).toBe(cap);
	});
});

describe('toPercent', () => {
	test.each([
		[0, 0],
		[1, 100],
		[0.125, 13],
		[2 / 3, 67],
		[1 / 3, 33],
		[11 / 18, 61],
		// 0.145 * 100 and 0.285 * 100 land just below the half in floating point.
		[0.145, 15],
		[0.285, 29],
		[0.005, 1],
		[0.0049, 0],
		[0.994, 99],
		[0.995, 100],
	])('returns %s -> %i', (x, percent) => {
		expect(toPercent(x)).toBe(percent);
	});

	test('returns every exact half rounded up', () => {
		for (let k = 0; k <= 200; k += 1) expect(toPercent(k / 200)).toBe(Math.ceil(k / 2));
	});

	test('returns the half-up rounding of any ratio of small integers', () => {
		fc.assert(
			fc.property(
				fc
					.integer({ min: 1, max: 5000 })
					.chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
				([m, n]) => {
					// floor(100 m / n + 1/2), computed in integers.
					expect(toPercent(m / n)).toBe(Math.floor((200 * m + n) / (2 * n)));
				}
			),
			{ numRuns: 2000 }
		);
	});

	test('returns 0, never -0, for tiny negative input', () => {
		expect(Object.is(toPercent(-0.001), 0)).toBe(true);
		expect(Object.is(toPercent(-0), 0)).toBe(true);
	});

	test('returns non-finite input unchanged', () => {
		expect(toPercent(Number.NaN)).toBeNaN();
		expect(toPercent(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
	});
});
