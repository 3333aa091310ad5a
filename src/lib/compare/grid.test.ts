import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { BankModel, Level } from '../model';
import { bankOf, control } from '../scoring/fixtures';
import { scoreAssessment } from '../scoring';
import { CODES_66, fakeBank } from '../share/fixtures';
import { columnOf, resultOf } from './fixtures';
import { compareResults, medianOf, restrictBank, sharedCodes, spreadOf } from './grid';

/** Two developer controls (one critical), one platform control, one application control. */
const BANK: BankModel = bankOf([
	control(1, 'developer', 3),
	control(2, 'developer', 1),
	control(10, 'platform', 2),
	control(20, 'application', 2),
]);

describe('spreadOf', () => {
	test.each<[(Level | null)[], number | null]>([
		[[], null],
		[[null, null], null],
		[[2], 0],
		[[0, 3], 3],
		[[1, null, 3, 2], 2],
		[[3, 3, 3], 0],
	])('returns the highest minus the lowest level of %j: %s', (levels, spread) => {
		expect(spreadOf(levels)).toBe(spread);
	});

	test('returns a spread between 0 and 3 that ignores nulls', () => {
		fc.assert(
			fc.property(
				fc.array(fc.option(fc.constantFrom<Level>(0, 1, 2, 3), { nil: null })),
				(levels) => {
					const counted = levels.filter((l) => l !== null);
					const spread = spreadOf(levels);
					if (counted.length === 0) expect(spread).toBeNull();
					else expect(spread).toBe(Math.max(...counted) - Math.min(...counted));
				}
			)
		);
	});
});

describe('medianOf', () => {
	test.each<[(Level | null)[], number | null]>([
		[[], null],
		[[null], null],
		[[2], 2],
		[[0, 3, 1], 1],
		[[0, 3], 1.5],
		[[3, null, 1, 1, 2], 1.5],
		[[0, 0, 3], 0],
	])('returns the median of %j: %s', (levels, median) => {
		expect(medianOf(levels)).toBe(median);
	});
});

describe('compareResults', () => {
	const a = resultOf(BANK, 'Alpha', { 1: 0, 2: 2, 10: 'na', 20: 3 });
	const b = resultOf(BANK, 'Bravo', { 1: 3, 2: 'unknown', 10: 1 });
	const c = resultOf(BANK, 'Charlie', { 1: 1, 2: 3, 10: 'na' });
	const comparison = compareResults(BANK, [a, b, c].map(columnOf));

	test('merges the answers into one row per control, keyed by code, in column order', () => {
		expect(comparison.rows.map((r) => r.control.code)).toEqual([1, 2, 10, 20]);
		expect(comparison.rows.map((r) => r.values)).toEqual([
			[0, 3, 1],
			[2, 'unknown', 3],
			['na', 1, 'na'],
			[3, null, null],
		]);
	});

	test("counts Don't know as Traditional and leaves N/A and unanswered out", () => {
		const [first, second, third, fourth] = comparison.rows;
		expect(second?.levels).toEqual([2, 0, 3]);
		expect(second?.spread).toBe(3);
		expect(third).toMatchObject({ levels: [null, 1, null], counted: 1, spread: 0, median: 1 });
		expect(fourth).toMatchObject({ counted: 1, spread: 0, median: 3, discuss: false });
		expect(first).toMatchObject({ spread: 3, median: 1, discuss: true });
	});

	test('flags "discuss" when results differ by two stages or more', () => {
		expect(comparison.rows.filter((r) => r.discuss).map((r) => r.control.code)).toEqual([1, 2]);
		expect(comparison.discussCount).toBe(2);
		const close = compareResults(BANK, [
			columnOf(resultOf(BANK, 'x', { 1: 1 })),
			columnOf(resultOf(BANK, 'y', { 1: 2 })),
		]);
		expect(close.rows[0]?.discuss).toBe(false);
	});

	test('scores every result as the results page does', () => {
		expect(comparison.scores).toEqual(
			[a, b, c].map((r) => scoreAssessment(BANK, r.answers, r.targets))
		);
	});

	test('names the weakest result per environment, by score', () => {
		expect(comparison.weakest.map((w) => [w.environment, w.column])).toEqual([
			['developer', 0],
			['platform', 1],
			['application', 0],
		]);
		expect(comparison.weakest[1]).toMatchObject({ percent: 33, stage: 1 });
	});

	test('reports an environment no result assesses as having no weakest result', () => {
		const only = compareResults(BANK, [columnOf(resultOf(BANK, 'x', { 1: 2 }))]);
		expect(only.weakest[2]).toMatchObject({ column: null, percent: null, stage: null });
	});

	test('prefers the lower stage, then the first column, when scores tie', () => {
		const tie = compareResults(BANK, [
			columnOf(resultOf(BANK, 'x', { 10: 2 }), 0),
			columnOf(resultOf(BANK, 'y', { 10: 2 }), 1),
		]);
		expect(tie.weakest[1]?.column).toBe(0);
	});

	test('compares an empty list without failing', () => {
		const none = compareResults(BANK, []);
		expect(none.rows.every((r) => r.spread === null && r.median === null)).toBe(true);
		expect(none.mixedVersions).toBe(false);
	});
});

describe('comparing across bank versions', () => {
	// Version 3 is current. Version 1 lacked the last 26 codes and held retired 7 and 8.
	const bank = fakeBank(3, CODES_66, [
		{ version: 1, codes: [...CODES_66.slice(0, 40), 7, 8] },
		{ version: 2, codes: [...CODES_66.slice(0, 60), 8] },
	]);

	test('keeps only the controls every version and the current bank hold', () => {
		expect(sharedCodes(bank, [3])).toEqual([...CODES_66].sort((x, y) => x - y));
		expect(sharedCodes(bank, [1, 3])).toEqual(CODES_66.slice(0, 40).sort((x, y) => x - y));
		expect(sharedCodes(bank, [2, 1])).toEqual(CODES_66.slice(0, 40).sort((x, y) => x - y));
		expect(sharedCodes(bank, [9])).toEqual([]);
	});

	test('compares and scores on the shared controls only, and says so', () => {
		const old = resultOf(bank, 'Old', { 101: 3, 7: 0 }, 1);
		const now = resultOf(bank, 'New', { 101: 0, [CODES_66[65]!]: 0 });
		const comparison = compareResults(bank, [columnOf(old, 0), columnOf(now, 1)]);
		expect(comparison.mixedVersions).toBe(true);
		expect(comparison.versions).toEqual([1, 3]);
		expect(comparison.rows).toHaveLength(40);
		expect(comparison.excluded).toHaveLength(26);
		expect(comparison.rows.some((r) => r.control.code === CODES_66[65])).toBe(false);
		// The later result's answer to a control version 1 never asked does not count in its score.
		const restricted = restrictBank(bank, comparison.sharedCodes);
		expect(comparison.scores[1]).toEqual(scoreAssessment(restricted, now.answers, now.targets));
		expect(comparison.rows.find((r) => r.control.code === 101)?.discuss).toBe(true);
	});

	test('reports no mixed versions when all results use the current bank', () => {
		const x = resultOf(bank, 'x', { 101: 1 });
		expect(compareResults(bank, [columnOf(x)]).mixedVersions).toBe(false);
	});
});
