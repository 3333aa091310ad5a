import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue, BankModel, Level } from '../model';
import { bankOf, control } from '../scoring/fixtures';
import { columnOf, resultOf } from '../compare/fixtures';
import { parseAssessment } from '../assessment/validate';
import {
	answerWord,
	unanimousAnswers,
	workshopAssessment,
	workshopComparison,
	workshopItems,
	workshopName,
	workshopSummary,
} from './session';

const BANK: BankModel = bankOf([
	control(1, 'developer', 3),
	control(2, 'developer', 1),
	control(10, 'platform', 2),
	control(20, 'application', 2),
]);

/** Three participants: they differ by 3 stages on 1, by 2 on 20 (Don't know counts as 0), by 1 on 10, and agree on 2. */
const TEAM = [
	resultOf(BANK, 'Ana', { 1: 0, 2: 2, 10: 1, 20: 'unknown' }),
	resultOf(BANK, 'Ben', { 1: 3, 2: 2, 10: 2, 20: 2 }),
	resultOf(BANK, 'Chloé', { 1: 1, 2: 'na', 20: 1 }),
].map(columnOf);

describe('workshopItems', () => {
	test('returns the controls whose answers differ by two stages or more, in bank order', () => {
		const items = workshopItems(workshopComparison(BANK, TEAM));
		expect(items.map((i) => [i.control.code, i.spread, i.lowest, i.highest])).toEqual([
			[1, 3, 0, 3],
			[20, 2, 0, 2],
		]);
	});

	test('lists each participant’s answer by name, in words', () => {
		const [first, second] = workshopItems(workshopComparison(BANK, TEAM));
		expect(first?.answers).toEqual([
			{ name: 'Ana', value: 0, word: 'Traditional' },
			{ name: 'Ben', value: 3, word: 'Optimal' },
			{ name: 'Chloé', value: 1, word: 'Initial' },
		]);
		expect(second?.answers.map((a) => a.word)).toEqual(["Don't know", 'Advanced', 'Initial']);
	});

	test('names a participant without a name by position, as the comparison does', () => {
		const columns = [{ ...TEAM[0]!, label: '  ' }, TEAM[1]!];
		expect(workshopItems(workshopComparison(BANK, columns))[0]?.answers[0]?.name).toBe('Result 1');
	});

	test('returns nothing for one participant or for answers within one stage', () => {
		expect(workshopItems(workshopComparison(BANK, TEAM.slice(0, 1)))).toEqual([]);
		const close = [
			resultOf(BANK, 'A', { 1: 1, 10: 2 }),
			resultOf(BANK, 'B', { 1: 2, 10: 'na' }),
		].map(columnOf);
		expect(workshopItems(workshopComparison(BANK, close))).toEqual([]);
	});

	test('returns exactly the rows with a spread of two or more, for any answers', () => {
		const value = fc.constantFrom<AnswerValue | undefined>(0, 1, 2, 3, 'na', 'unknown', undefined);
		fc.assert(
			fc.property(
				fc.array(fc.array(value, { minLength: 4, maxLength: 4 }), { maxLength: 6 }),
				(table) => {
					const columns = table.map((row, i) => {
						const values: Record<number, AnswerValue> = {};
						[1, 2, 10, 20].forEach((code, c) => {
							if (row[c] !== undefined) values[code] = row[c];
						});
						return columnOf(resultOf(BANK, `P${i}`, values), i);
					});
					const comparison = workshopComparison(BANK, columns);
					const items = workshopItems(comparison);
					expect(items.map((i) => i.control.code)).toEqual(
						comparison.rows.filter((r) => (r.spread ?? 0) >= 2).map((r) => r.control.code)
					);
					for (const item of items) expect(item.highest - item.lowest).toBeGreaterThanOrEqual(2);
				}
			)
		);
	});
});

describe('unanimousAnswers', () => {
	test('returns the stages every participant who answered gave alike', () => {
		expect([...unanimousAnswers(workshopComparison(BANK, TEAM))]).toEqual([]);
		const alike = [
			resultOf(BANK, 'A', { 1: 2, 2: 'na', 10: 1 }),
			resultOf(BANK, 'B', { 1: 2, 2: 'na', 10: 1, 20: 3 }),
		].map(columnOf);
		// 2 is Not applicable for both: not a stage, so not saved; 20 only B answered, alike with nobody against.
		expect([...unanimousAnswers(workshopComparison(BANK, alike))]).toEqual([
			[1, 2],
			[10, 1],
			[20, 3],
		]);
	});
});

describe('workshopSummary', () => {
	const items = workshopItems(workshopComparison(BANK, TEAM));

	test('lists each discussed control with its agreed stage or none', () => {
		const summary = workshopSummary(items, new Map<number, Level>([[1, 2]]), 0);
		expect(summary.lines.map((l) => [l.item.control.code, l.agreed])).toEqual([
			[1, 2],
			[20, null],
		]);
		expect(summary.agreedCount).toBe(1);
		expect(summary.sentence).toBe('The group agreed on 1 of 2 controls; 1 control is still open.');
	});

	test.each<[Map<number, Level>, string]>([
		[
			new Map([
				[1, 2],
				[20, 1],
			]),
			'The group agreed on 2 of 2 controls.',
		],
		[new Map(), 'The group agreed on 0 of 2 controls; 2 controls are still open.'],
	])('returns the sentence for %j', (agreed, sentence) => {
		expect(workshopSummary(items, agreed, 0).sentence).toBe(sentence);
	});

	test('says so when nothing needed discussing', () => {
		expect(workshopSummary([], new Map(), 3).sentence).toBe(
			'No control was discussed: the answers differ by less than two stages everywhere.'
		);
	});
});

describe('workshopName', () => {
	test('returns "Workshop" and the local calendar day', () => {
		expect(workshopName(new Date(2026, 10, 30, 23, 59))).toBe('Workshop 2026-11-30');
		expect(workshopName(new Date(2027, 0, 5, 0, 1))).toBe('Workshop 2027-01-05');
	});
});

describe('workshopAssessment', () => {
	const now = new Date(2026, 10, 30, 14, 0);

	test('returns a valid assessment named after the day with the agreed and the unanimous answers', () => {
		const team = [
			resultOf(BANK, 'A', { 1: 0, 2: 1, 10: 3 }),
			resultOf(BANK, 'B', { 1: 3, 2: 1, 10: 1 }),
		].map(columnOf);
		const comparison = workshopComparison(BANK, team);
		const saved = workshopAssessment(
			BANK,
			comparison,
			new Map<number, Level>([[1, 2]]),
			now,
			'abc'
		);

		expect(saved).toMatchObject({
			id: 'abc',
			name: 'Workshop 2026-11-30',
			bankVersion: BANK.version,
			targets: { developer: 2, platform: 2, application: 2 },
			answers: { '1': { value: 2 }, '2': { value: 1 } },
		});
		// 10 was discussed but not agreed: left unanswered.
		expect(Object.keys(saved.answers)).toEqual(['1', '2']);
		// What the stores would read back from storage is the same assessment.
		expect(parseAssessment(JSON.parse(JSON.stringify(saved)))).toEqual({
			ok: true,
			assessment: saved,
		});
	});

	test('ignores an agreed stage for a control that was not discussed', () => {
		const comparison = workshopComparison(BANK, TEAM);
		const saved = workshopAssessment(BANK, comparison, new Map<number, Level>([[10, 3]]), now);
		expect(saved.answers['10']).toBeUndefined();
	});
});

describe('answerWord', () => {
	test.each<[AnswerValue | null, string]>([
		[0, 'Traditional'],
		[3, 'Optimal'],
		['na', 'Not applicable'],
		['unknown', "Don't know"],
		[null, 'Unanswered'],
	])('returns the word for %j', (value, word) => {
		expect(answerWord(value)).toBe(word);
	});
});
