import { describe, expect, test } from 'vitest';
import { STAGE_THRESHOLDS } from './scoring/stages';
import { answerWord, percentText, stageBands, stageWord, targetWord, UNANSWERED } from './words';

describe('words', () => {
	test.each([
		[0, 'Traditional'],
		[3, 'Optimal'],
		['na', 'Not applicable'],
		['unknown', "Don't know"],
		[null, UNANSWERED],
		[undefined, UNANSWERED],
		[4, UNANSWERED],
		['0', UNANSWERED],
		['toString', UNANSWERED],
	])('answerWord(%j) returns %j', (value, word) => {
		expect(answerWord(value)).toBe(word);
	});

	test('returns stages, targets and percents in words', () => {
		expect([stageWord(null), stageWord(2), targetWord('x'), targetWord(0)]).toEqual([
			'Not assessed',
			'Advanced',
			'Advanced',
			'Traditional',
		]);
		expect([percentText(null), percentText(0), percentText(100)]).toEqual(['–', '0 %', '100 %']);
	});

	test('returns the stage bands from the thresholds scoring uses', () => {
		expect(STAGE_THRESHOLDS).toEqual([0.25, 0.5, 0.75]);
		expect(stageBands()).toEqual([
			{ stage: 'Traditional', band: 'below 25 %' },
			{ stage: 'Initial', band: '25 % to below 50 %' },
			{ stage: 'Advanced', band: '50 % to below 75 %' },
			{ stage: 'Optimal', band: '75 % and above' },
		]);
	});
});
