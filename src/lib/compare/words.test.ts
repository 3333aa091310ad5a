import { describe, expect, test } from 'vitest';
import * as exportLabels from '../export/labels';
import { ANSWER_WORDS, answerWord, medianWord, spreadWord, UNANSWERED } from './words';

describe('words', () => {
	test.each([
		[null, '–'],
		[0, 'Traditional'],
		[1.5, 'Initial to Advanced'],
		[3, 'Optimal'],
	])('medianWord(%j) returns %j', (median, word) => {
		expect(medianWord(median)).toBe(word);
	});

	test('returns answers and spreads in words', () => {
		expect([answerWord(null), answerWord('na'), answerWord('unknown'), answerWord(2)]).toEqual([
			'Unanswered',
			'Not applicable',
			"Don't know",
			'Advanced',
		]);
		expect([spreadWord(null), spreadWord(1), spreadWord(3)]).toEqual(['–', '1 stage', '3 stages']);
	});
});

describe('ANSWER_WORDS', () => {
	test('returns the words the exports use', () => {
		expect(ANSWER_WORDS).toEqual(exportLabels.ANSWER_WORDS);
		expect(UNANSWERED).toBe(exportLabels.UNANSWERED);
	});
});
