import { describe, expect, test } from 'vitest';
import type { ControlAnswer } from '../model';
import { example } from './fixtures';
import {
	answerOf,
	answerWord,
	assessmentDay,
	notesOf,
	percentText,
	stageWord,
	targetWord,
} from './labels';

describe('answerWord', () => {
	test.each<[ControlAnswer | undefined, string]>([
		[{ value: 0 }, 'Traditional'],
		[{ value: 1 }, 'Initial'],
		[{ value: 2 }, 'Advanced'],
		[{ value: 3 }, 'Optimal'],
		[{ value: 'na' }, 'Not applicable'],
		[{ value: 'unknown' }, "Don't know"],
		[undefined, 'Unanswered'],
		[{ value: 4 } as unknown as ControlAnswer, 'Unanswered'],
	])('words %j as %j', (answer, word) => {
		expect(answerWord(answer?.value)).toBe(word);
	});
});

describe('stageWord and targetWord', () => {
	test('return stage names, "Not assessed" for no stage, and Advanced for a bad target', () => {
		expect(stageWord(0)).toBe('Traditional');
		expect(stageWord(null)).toBe('Not assessed');
		expect(targetWord(3)).toBe('Optimal');
		expect(targetWord('x')).toBe('Advanced');
	});
});

describe('percentText', () => {
	test('writes a percent with a space, or an en dash for none', () => {
		expect(percentText(56)).toBe('56 %');
		expect(percentText(null)).toBe('–');
	});
});

describe('assessmentDay', () => {
	test('returns the date part of the last change, or nothing for a bad timestamp', () => {
		expect(assessmentDay(example())).toBe('2026-11-26');
		expect(assessmentDay(example({ updatedAt: '26/11/2026' }))).toBe('');
	});
});

describe('answerOf', () => {
	test('reads own answers only', () => {
		const assessment = example({ answers: Object.create({ '101': { value: 3 } }) });
		expect(answerOf(assessment, 101)).toBeUndefined();
		expect(answerOf(example(), 101)?.value).toBe(3);
	});
});

describe('notesOf', () => {
	test('returns the note, then the N/A reason for Not applicable only', () => {
		expect(notesOf({ value: 'na', note: 'n', naReason: 'r' })).toStrictEqual([
			'n',
			'N/A reason: r',
		]);
		expect(notesOf({ value: 2, note: 'n', naReason: 'r' })).toStrictEqual(['n']);
		expect(notesOf({ value: 'na', note: '  ', naReason: 'r' })).toStrictEqual(['N/A reason: r']);
		expect(notesOf(undefined)).toStrictEqual([]);
	});
});
