import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { realBank } from '../../test/content';
import type { AnswerValue } from '../model';
import {
	confirmAnswers,
	dueCodes,
	isShown,
	reviewSummary,
	SHOW_FILTERS,
	undoConfirm,
	type DatedAnswer,
} from './review-set';

const TODAY = '2026-11-30';
const context = { interval: 6 as const, today: TODAY, suggested: new Set([11, 101]) };

const answers: Record<string, DatedAnswer> = {
	11: { value: 2, checkedOn: '2026-05-30' }, // six months ago today: due
	12: { value: 1, checkedOn: '2026-06-01' }, // due tomorrow (31 May would be due today: November has 30 days)
	13: { value: 'na', checkedOn: '2025-01-01' },
	101: { value: 'unknown' }, // saved before answers were dated
};

describe('the Show filter', () => {
	test.each([
		['all', [11, 12, 13, 14, 101]],
		['unanswered', [14]],
		['due', [11, 13, 101]],
		['suggested', [11, 101]],
	] as const)('shows %s: %j', (filter, shown) => {
		expect([11, 12, 13, 14, 101].filter((code) => isShown(filter, code, answers, context))).toEqual(
			shown
		);
	});

	test('offers All, Unanswered, Due for review and Suggested, in that order', () => {
		expect(SHOW_FILTERS).toEqual(['all', 'unanswered', 'due', 'suggested']);
	});

	test('shows nothing as due when the assessment has no review interval', () => {
		expect(dueCodes([11, 12, 13, 101], answers, 'none', TODAY)).toEqual([]);
	});
});

describe('Confirm still true', () => {
	test('moves the checked-on date of answered controls to today and skips the rest', () => {
		const { answers: next, confirmed, undo } = confirmAnswers(answers, [11, 14, 101], TODAY);
		expect(confirmed).toEqual([11, 101]);
		expect(next['11']).toEqual({ value: 2, checkedOn: TODAY });
		expect(next['101']).toEqual({ value: 'unknown', checkedOn: TODAY });
		expect(next['14']).toBeUndefined();
		expect(next['12']).toBe(answers['12']);
		expect(undo).toEqual({ 11: '2026-05-30', 101: null });
		expect(dueCodes([11, 12, 13, 101], next, 6, TODAY)).toEqual([13]);
	});

	test('Undo puts back the earlier dates, leaving answers changed since as they are', () => {
		const { answers: confirmed, undo } = confirmAnswers(answers, [11, 13, 101], TODAY);
		const changed = { ...confirmed, 13: { value: 3 as const, checkedOn: '2026-12-01' } };
		const undone = undoConfirm(changed, undo, TODAY);
		expect(undone['11']).toEqual(answers['11']);
		expect(undone['101']).toEqual({ value: 'unknown' });
		expect(undone['13']).toEqual({ value: 3, checkedOn: '2026-12-01' });
	});

	test('Undo after everything shown was confirmed gives back exactly the answers before', () => {
		const valueArb = fc.constantFrom<AnswerValue[]>(0, 1, 2, 3, 'na', 'unknown');
		const dayArb = fc.constantFrom(undefined, '2025-11-30', '2026-05-30', '2026-05-31', TODAY);
		const answersArb = fc.dictionary(
			fc.integer({ min: 1, max: 40 }).map(String),
			fc.record({ value: valueArb, checkedOn: dayArb }, { requiredKeys: ['value'] })
		);
		fc.assert(
			fc.property(answersArb, fc.array(fc.integer({ min: 1, max: 45 })), (before, codes) => {
				const clean = JSON.parse(JSON.stringify(before)) as Record<string, DatedAnswer>;
				const { answers: after, confirmed, undo } = confirmAnswers(clean, codes, TODAY);
				for (const code of confirmed) expect(after[String(code)]?.checkedOn).toBe(TODAY);
				expect(dueCodes(confirmed, after, 3, TODAY)).toEqual([]);
				expect(undoConfirm(after, undo, TODAY)).toEqual(clean);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('reviewSummary', () => {
	const bank = realBank();
	const critical = bank.controls.find((c) => c.weight === 3)!;
	const standard = bank.controls.find((c) => c.weight === 1 && c.environment === 'application')!;

	test('counts due answers per environment and lists them in bank order', () => {
		const summary = reviewSummary(
			bank.controls,
			{
				[standard.code]: { value: 1, checkedOn: '2025-01-01' },
				[critical.code]: { value: 2, checkedOn: TODAY },
			},
			6,
			TODAY
		);
		expect(summary.total).toBe(1);
		expect(summary.due.application.map((c) => c.code)).toEqual([standard.code]);
		expect(summary.due.developer).toEqual([]);
		expect(summary.criticalDue).toBe(false);
	});

	test('marks the result provisional while any weight-3 answer is due', () => {
		const summary = reviewSummary(
			bank.controls,
			{ [critical.code]: { value: 2, checkedOn: '2026-02-28' } },
			3,
			TODAY
		);
		expect(summary.total).toBe(1);
		expect(summary.criticalDue).toBe(true);
		expect(reviewSummary(bank.controls, {}, 3, TODAY)).toMatchObject({
			total: 0,
			criticalDue: false,
		});
	});
});
