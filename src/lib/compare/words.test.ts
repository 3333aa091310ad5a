import { describe, expect, test } from 'vitest';
import * as exportLabels from '../export/labels';
import {
	additionStatus,
	ANSWER_WORDS,
	answerWord,
	medianWord,
	spreadWord,
	UNANSWERED,
} from './words';

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

describe('additionStatus', () => {
	test.each([
		[2, [], 0, '2 results added.'],
		[1, [], 1, '1 result added. 1 entry could not be read.'],
		[
			0,
			['Payments team'],
			0,
			'0 results added. “Payments team” is already in the comparison and was ignored.',
		],
		[
			1,
			['A', 'B', ''],
			2,
			'1 result added. 3 results are already in the comparison and were ignored: “A”, “B” and “Unnamed result”. 2 entries could not be read.',
		],
		[
			0,
			['1', '2', '3', '4', '5', '6', '7'],
			0,
			'0 results added. 7 results are already in the comparison and were ignored: “1”, “2”, “3”, “4”, “5” and 2 more.',
		],
	])(
		'returns words for %i added, duplicates %j and %i problems',
		(added, duplicates, problems, text) => {
			expect(additionStatus(added, duplicates, problems)).toBe(text);
		}
	);
});
