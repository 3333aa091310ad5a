import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue, BankModel } from '../model';
import { bankOf, control } from '../scoring/fixtures';
import { columnOf, resultOf } from './fixtures';
import { compareResults } from './grid';
import { groupRows, sortRows, type SortKey } from './sort';

/** Controls in two capabilities that interleave by code, as content may. */
const BANK: BankModel = (() => {
	const controls = [
		{ ...control(1, 'developer', 2), title: 'Zeta', capability: 'Identity' },
		{ ...control(2, 'developer', 2), title: 'alpha', capability: 'Branches' },
		{ ...control(3, 'developer', 2), title: 'Beta', capability: 'Identity' },
		{ ...control(10, 'platform', 2), title: 'Gamma', capability: 'Pipelines' },
	];
	return bankOf(controls);
})();

const comparison = compareResults(BANK, [
	columnOf(resultOf(BANK, 'A', { 1: 0, 2: 3, 3: 'na', 10: 'unknown' }), 0),
	columnOf(resultOf(BANK, 'B', { 1: 3, 2: 2, 10: 1 }), 1),
]);
const codes = (key: SortKey, direction?: 'ascending' | 'descending', grouped?: boolean) =>
	sortRows(comparison.rows, key, direction, grouped).map((r) => r.control.code);

describe('sortRows', () => {
	test('returns bank order by default', () => {
		expect(codes({ by: 'order' })).toEqual([1, 2, 3, 10]);
	});

	test.each<[SortKey, 'ascending' | 'descending', number[]]>([
		[{ by: 'spread' }, 'descending', [1, 2, 10, 3]],
		[{ by: 'spread' }, 'ascending', [2, 10, 1, 3]],
		[{ by: 'median' }, 'ascending', [10, 1, 2, 3]],
		[{ by: 'median' }, 'descending', [2, 1, 10, 3]],
		[{ by: 'title' }, 'ascending', [2, 3, 10, 1]],
		[{ by: 'column', column: 0 }, 'ascending', [10, 1, 2, 3]],
		[{ by: 'column', column: 0 }, 'descending', [2, 1, 10, 3]],
		[{ by: 'column', column: 1 }, 'descending', [1, 2, 10, 3]],
	])('sorts by %j %s, with rows that have no value last', (key, direction, expected) => {
		expect(codes(key, direction)).toEqual(expected);
	});

	test('keeps rows inside their environment and capability group when grouped', () => {
		expect(codes({ by: 'order' }, 'ascending', true)).toEqual([1, 3, 2, 10]);
		expect(codes({ by: 'title' }, 'ascending', true)).toEqual([3, 1, 2, 10]);
		expect(
			groupRows(sortRows(comparison.rows, { by: 'order' }, 'ascending', true)).map((g) => [
				g.capability,
				g.rows.length,
			])
		).toEqual([
			['Identity', 2],
			['Branches', 1],
			['Pipelines', 1],
		]);
	});

	test('returns a permutation of the rows, stable for equal keys, for any answers', () => {
		const value = fc.option(fc.constantFrom<AnswerValue>(0, 1, 2, 3, 'na', 'unknown'), {
			nil: null,
		});
		const result = fc.array(fc.tuple(value, value, value, value), { minLength: 1, maxLength: 5 });
		const key = fc.constantFrom<SortKey>(
			{ by: 'order' },
			{ by: 'spread' },
			{ by: 'median' },
			{ by: 'title' },
			{ by: 'column', column: 0 }
		);
		fc.assert(
			fc.property(result, key, fc.boolean(), fc.boolean(), (values, k, up, grouped) => {
				const columns = values.map((v, i) => {
					const answers: Record<number, AnswerValue> = {};
					[1, 2, 3, 10].forEach((code, j) => {
						if (v[j] !== null && v[j] !== undefined) answers[code] = v[j];
					});
					return columnOf(resultOf(BANK, `R${i}`, answers), i);
				});
				const rows = compareResults(BANK, columns).rows;
				const sorted = sortRows(rows, k, up ? 'ascending' : 'descending', grouped);
				expect([...sorted].sort((a, b) => a.order - b.order)).toEqual(rows);
				expect(sortRows(sorted, k, up ? 'ascending' : 'descending', grouped)).toEqual(sorted);
			}),
			{ numRuns: 300 }
		);
	});
});
