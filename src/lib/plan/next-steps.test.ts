import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { scoreAssessment } from '../scoring';
import {
	answersFromValues,
	answersOf,
	bankArb,
	bankOf,
	control,
	targetsOf,
	threat,
	valuesArb,
} from '../scoring/fixtures';
import { actionReason, isQuickCheck, quickCheckSize, splitRoadmap } from './next-steps';

const BANK = bankOf(
	[
		control(1, 'developer', 3, ['a', 'b', 'c']),
		control(2, 'developer', 2, ['a', 'd', 'd', 'ghost']),
		control(3, 'platform', 1, []),
		control(4, 'application', 3, ['e']),
	],
	[threat('a', 3), threat('b', 3), threat('c', 3), threat('d', 2), threat('e', 1)]
);

describe('actionReason', () => {
	test.each([
		[1, 'critical control; mitigates 3 high-severity threats'],
		[2, 'important control; mitigates 1 high-severity threat and 1 medium-severity threat'],
		[3, 'standard control; mitigates no listed threat'],
		[4, 'critical control; mitigates 1 low-severity threat'],
	])('words control %i as "%s"', (code, reason) => {
		expect(
			actionReason(
				BANK.controls.find((c) => c.code === code)!,
				BANK.threats
			)
		).toBe(reason);
	});

	test('lists three severities with commas and "and"', () => {
		const c = control(9, 'developer', 1, ['a', 'd', 'e']);
		expect(actionReason(c, BANK.threats)).toBe(
			'standard control; mitigates 1 high-severity threat, 1 medium-severity threat and 1 low-severity threat'
		);
	});
});

describe('splitRoadmap', () => {
	test('moves "Don\'t know" answers to findOut and keeps the roadmap order in both lists', () => {
		const answers = answersOf({ 1: 'unknown', 2: 0, 3: 'unknown', 4: 1 });
		const { roadmap } = scoreAssessment(BANK, answers, targetsOf());
		const { actions, findOut } = splitRoadmap(roadmap, answers);
		expect(findOut.map((i) => i.control.code)).toEqual([1, 3]);
		expect(actions.map((i) => i.control.code)).toEqual([2, 4]);
	});

	test('partitions any roadmap: nothing lost, nothing added, no "Don\'t know" among the actions', () => {
		fc.assert(
			fc.property(
				bankArb.chain((bank) => fc.tuple(fc.constant(bank), valuesArb(bank))),
				([bank, values]) => {
					const answers = answersFromValues(bank, values);
					const { roadmap } = scoreAssessment(bank, answers, targetsOf());
					const { actions, findOut } = splitRoadmap(roadmap, answers);
					expect(actions.length + findOut.length).toBe(roadmap.length);
					expect(actions.every((i) => answers[String(i.control.code)]?.value !== 'unknown')).toBe(
						true
					);
					expect(findOut.every((i) => answers[String(i.control.code)]?.value === 'unknown')).toBe(
						true
					);
					// Each list keeps the roadmap's order.
					const rank = new Map(roadmap.map((i, n) => [i, n]));
					for (const list of [actions, findOut]) {
						const ranks = list.map((i) => rank.get(i)!);
						expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
					}
				}
			)
		);
	});
});

describe('isQuickCheck', () => {
	test.each([
		['no answers', {}, false],
		['critical controls only', { 1: 0, 4: 'unknown' }, true],
		['one critical control', { 4: 2 }, true],
		['a critical and a standard control', { 1: 0, 3: 2 }, false],
		['only a standard control', { 3: 'na' }, false],
	] as const)('returns the right answer for %s', (_, values, expected) => {
		expect(isQuickCheck(BANK, answersOf(values))).toBe(expected);
	});

	test('returns false when every control is critical and answered: that is the full assessment', () => {
		const bank = bankOf([control(1, 'developer', 3), control(2, 'platform', 3)]);
		expect(isQuickCheck(bank, answersOf({ 1: 0, 2: 1 }))).toBe(false);
		expect(isQuickCheck(bank, answersOf({ 1: 0 }))).toBe(true);
	});

	test('counts the critical controls', () => {
		expect(quickCheckSize(BANK)).toBe(2);
	});
});
