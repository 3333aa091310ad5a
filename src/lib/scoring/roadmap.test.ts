import { describe, expect, test } from 'vitest';
import type { AnswerValue } from '../model';
import { readAnswers } from './answers';
import { answersOf, bankOf, control, threat } from './fixtures';
import { buildRoadmap } from './roadmap';

function roadmap(bank: ReturnType<typeof bankOf>, values: Record<number, AnswerValue>) {
	return buildRoadmap(bank.controls, bank.threats, readAnswers(bank.controls, answersOf(values)));
}

describe('buildRoadmap', () => {
	const bank = bankOf(
		[
			control(1, 'developer', 3, ['t1', 't2']),
			control(2, 'developer', 1, ['t1']),
			control(3, 'platform', 2, ['t2']),
			control(4, 'platform', 3, ['t1']),
			control(5, 'application', 3, ['t1']),
			control(6, 'application', 3, ['t1']),
			control(7, 'application', 2, ['t2']),
		],
		[threat('t1', 3), threat('t2', 2)]
	);

	test('returns counted controls below Optimal ranked by weight x (1 + severities) x (3 - L)', () => {
		const items = roadmap(bank, { 1: 0, 2: 2, 3: 'unknown', 4: 3, 5: 'na', 7: 1 });
		expect(items.map((i) => [i.control.code, i.priority])).toEqual([
			[1, 3 * (1 + 5) * 3],
			[3, 2 * (1 + 2) * 3],
			[7, 2 * (1 + 2) * 2],
			[2, 1 * (1 + 3) * 1],
		]);
	});

	test('returns the next level and the anchor of that step', () => {
		const items = roadmap(bank, { 1: 0, 2: 2, 3: 'unknown', 7: 1 });
		expect(items.map((i) => [i.control.code, i.current, i.next, i.anchor])).toEqual([
			[1, 0, 1, 'from-traditional-to-initial'],
			[3, 0, 1, 'from-traditional-to-initial'],
			[7, 1, 2, 'from-initial-to-advanced'],
			[2, 2, 3, 'from-advanced-to-optimal'],
		]);
	});

	test('returns the control itself, so its guide id is at hand', () => {
		expect(roadmap(bank, { 2: 1 })[0]?.control.guide).toBe('guide-2');
	});

	test('returns ties ordered by lower level, then lower code', () => {
		const tied = bankOf(
			[
				control(9, 'developer', 1, ['s']),
				control(8, 'developer', 2, ['s']),
				control(3, 'developer', 2, ['s']),
			],
			[threat('s', 1)]
		);
		// 9: 1 x 2 x 2 = 4 at Initial; 8 and 3: 2 x 2 x 1 = 4 at Advanced.
		const items = roadmap(tied, { 9: 1, 8: 2, 3: 2 });
		expect(items.map((i) => [i.control.code, i.priority])).toEqual([
			[9, 4],
			[3, 4],
			[8, 4],
		]);
	});

	test('returns no severity for unknown threat ids and counts a repeated id once', () => {
		const odd = bankOf([control(1, 'developer', 1, ['t', 't', 'ghost'])], [threat('t', 2)]);
		expect(roadmap(odd, { 1: 0 })[0]?.priority).toBe(1 * (1 + 2) * 3);
	});

	test('returns an empty roadmap when everything counted is Optimal or nothing is counted', () => {
		expect(roadmap(bank, { 1: 3, 2: 3, 3: 'na' })).toEqual([]);
		expect(roadmap(bank, {})).toEqual([]);
	});
});
