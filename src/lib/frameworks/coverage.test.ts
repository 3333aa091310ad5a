import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AnswerValue, Level } from '../model';
import { answerValueArb, levelArb } from '../scoring/fixtures';
import { COVERAGE_WORDS } from '../words';
import {
	COVERAGE_STATUSES,
	coverageOf,
	coverageSentence,
	coverageStatus,
	frameworkCoverage,
	coverageTotals,
	type CoverageStatus,
} from './coverage';
import type { FrameworkCrosswalk } from './crosswalk';

describe('coverageStatus', () => {
	test.each<[string, (Level | null)[], CoverageStatus]>([
		['every counted control at Advanced or above', [2, 3, 2], 'met'],
		['one control, at Optimal', [3], 'met'],
		['some counted controls at Advanced or above', [3, 1], 'partly-met'],
		['no counted control at Advanced or above', [1, 0, 1], 'not-met'],
		['no counted control', [null, null], 'not-assessed'],
		['no control at all', [], 'not-assessed'],
		['uncounted controls left out of "every"', [2, null], 'met'],
		['uncounted controls left out of "none"', [0, null], 'not-met'],
	])('returns the status for %s', (_, levels, status) => {
		expect(coverageStatus(levels)).toBe(status);
	});
});

/**
 * The hand-computed example (the browser test checks the same figures on /results/):
 *
 * | ID | Controls (answer)                       | Counted | At Advanced+ | Status       |
 * | A  | 1 (Optimal), 2 (Advanced)               | 2       | 2            | met          |
 * | B  | 1 (Optimal), 3 (Initial)                | 2       | 1            | partly met   |
 * | C  | 3 (Initial), 4 (Don't know = Trad.)     | 2       | 0            | not met      |
 * | D  | 5 (Not applicable)                      | 0       | 0            | not assessed |
 * | E  | 6 (unanswered)                          | 0       | 0            | not assessed |
 * | F  | 2 (Advanced), 5 (Not applicable)        | 1       | 1            | met          |
 * | G  | none (no control cites it)              | -       | -            | left out     |
 * | H  | 4 (Don't know), 7 (Traditional)         | 2       | 0            | not met      |
 *
 * 7 IDs cited: met 2 (2/7 = 28.57 % -> 29 %), partly met 1 (14.29 % -> 14 %), not met 2 (29 %),
 * not assessed 2 (29 %). The percents add up to 101 because each is rounded on its own.
 */
const EXAMPLE: FrameworkCrosswalk = {
	framework: 'ssdf',
	entries: [
		{ id: 'A', codes: [2, 1] },
		{ id: 'B', codes: [1, 3] },
		{ id: 'C', codes: [3, 4] },
		{ id: 'D', codes: [5] },
		{ id: 'E', codes: [6] },
		{ id: 'F', codes: [2, 5] },
		{ id: 'G', codes: [] },
		{ id: 'H', codes: [4, 7] },
	],
};
const VALUES = new Map<number, AnswerValue>([
	[1, 3],
	[2, 2],
	[3, 1],
	[4, 'unknown'],
	[5, 'na'],
	[7, 0],
]);

describe('frameworkCoverage', () => {
	test('returns the hand-computed statuses, counts and percents', () => {
		const coverage = frameworkCoverage(EXAMPLE, VALUES);
		expect(coverage.ids.map((i) => [i.id, i.status, i.counted, i.reached])).toEqual([
			['A', 'met', 2, 2],
			['B', 'partly-met', 2, 1],
			['C', 'not-met', 2, 0],
			['D', 'not-assessed', 0, 0],
			['E', 'not-assessed', 0, 0],
			['F', 'met', 1, 1],
			['H', 'not-met', 2, 0],
		]);
		expect(coverage.total).toBe(7);
		expect(coverage.counts).toEqual({ met: 2, 'partly-met': 1, 'not-met': 2, 'not-assessed': 2 });
		expect(coverage.percents).toEqual({
			met: 29,
			'partly-met': 14,
			'not-met': 29,
			'not-assessed': 29,
		});
	});

	test('returns the codes of each ID sorted and once each', () => {
		const coverage = frameworkCoverage(
			{ framework: 'slsa', entries: [{ id: 'Build L1', codes: [9, 2, 9] }] },
			new Map()
		);
		expect(coverage.ids[0]?.codes).toEqual([2, 9]);
	});

	test('returns null percents for a framework no control cites', () => {
		const coverage = frameworkCoverage(
			{ framework: 'slsa', entries: [{ id: 'Build L1', codes: [] }] },
			VALUES
		);
		expect(coverage.total).toBe(0);
		expect(coverage.ids).toEqual([]);
		expect(Object.values(coverage.percents)).toEqual([null, null, null, null]);
	});

	test('returns everything not assessed before any answer', () => {
		const coverage = frameworkCoverage(EXAMPLE, new Map());
		expect(coverage.counts['not-assessed']).toBe(7);
		expect(coverage.percents['not-assessed']).toBe(100);
	});
});

describe('coverageOf', () => {
	test('returns one coverage per framework, in the crosswalk order', () => {
		const result = coverageOf([EXAMPLE, { framework: 'msZtw', entries: [] }], VALUES);
		expect(result.map((c) => c.framework)).toEqual(['ssdf', 'msZtw']);
	});
});

describe('coverageSentence', () => {
	test('returns the hand-computed example as a sentence', () => {
		expect(coverageSentence(frameworkCoverage(EXAMPLE, VALUES), 'NIST SSDF')).toBe(
			'NIST SSDF: of 7 cited IDs, 2 met (29 %), 1 partly met (14 %), 2 not met (29 %), 2 not assessed (29 %).'
		);
	});

	test('returns a sentence for a framework no control cites', () => {
		expect(
			coverageSentence(frameworkCoverage({ framework: 'slsa', entries: [] }, VALUES), 'SLSA')
		).toBe('SLSA: no control cites it.');
	});
});

describe('COVERAGE_WORDS', () => {
	test('returns a word for every status', () => {
		expect(COVERAGE_STATUSES.map((s) => COVERAGE_WORDS[s])).toEqual([
			'Met',
			'Partly met',
			'Not met',
			'Not assessed',
		]);
	});
});

describe('coverage properties', () => {
	const codes = [1, 2, 3, 4, 5, 6];
	const crosswalkArb = fc
		.array(fc.subarray(codes), { minLength: 1, maxLength: 8 })
		.map((lists): FrameworkCrosswalk => ({
			framework: 'scorecard',
			entries: lists.map((list, i) => ({ id: `ID-${i}`, codes: list })),
		}));
	const valuesArb = fc
		.array(fc.option(answerValueArb, { nil: null }), { minLength: 6, maxLength: 6 })
		.map((list) => {
			const values = new Map<number, AnswerValue>();
			list.forEach((value, i) => {
				if (value !== null) values.set(i + 1, value);
			});
			return values;
		});

	test('returns counts that add up to the cited IDs', () => {
		fc.assert(
			fc.property(crosswalkArb, valuesArb, (crosswalk, values) => {
				const coverage = frameworkCoverage(crosswalk, values);
				const sum = COVERAGE_STATUSES.reduce((n, s) => n + coverage.counts[s], 0);
				expect(sum).toBe(coverage.total);
				expect(coverage.total).toBe(crosswalk.entries.filter((e) => e.codes.length > 0).length);
			})
		);
	});

	test('coverageTotals returns the totals of frameworkCoverage, which the results page shows', () => {
		fc.assert(
			fc.property(crosswalkArb, valuesArb, (crosswalk, values) => {
				const { total, counts, percents } = frameworkCoverage(crosswalk, values);
				expect(coverageTotals(crosswalk, values)).toStrictEqual({ total, counts, percents });
			})
		);
	});

	test('returns no worse a status for any ID when one counted control is raised', () => {
		const rank: Record<CoverageStatus, number> = {
			met: 0,
			'partly-met': 1,
			'not-met': 2,
			'not-assessed': 3,
		};
		fc.assert(
			fc.property(
				crosswalkArb,
				valuesArb,
				fc.constantFrom(...codes),
				levelArb,
				(crosswalk, values, code, raised) => {
					const before = levelOfAnswer(values.get(code));
					if (before === null || raised <= before) return;
					const after = new Map(values).set(code, raised);
					const a = frameworkCoverage(crosswalk, values).ids;
					const b = frameworkCoverage(crosswalk, after).ids;
					a.forEach((id, i) => {
						expect(rank[b[i]?.status ?? 'not-assessed']).toBeLessThanOrEqual(rank[id.status]);
					});
				}
			)
		);
	});
});

function levelOfAnswer(value: AnswerValue | undefined): Level | null {
	if (value === 'unknown') return 0;
	return value === undefined || value === 'na' ? null : value;
}
