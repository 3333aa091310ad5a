import { describe, expect, test } from 'vitest';
import { isPassing, isValidAnswer, PASS_MARK_PERCENT, passThreshold, scoreQuiz } from './score';

/** A quiz of `n` questions whose correct option is the second (index 1). */
function quiz(n: number) {
	return Array.from({ length: n }, (_, i) => ({
		id: `q${i + 1}`,
		options: [{ correct: false }, { correct: true }, { correct: false }],
	}));
}

/** Answers the first `right` questions correctly and the rest wrongly. */
function answers(n: number, right: number): Record<string, number> {
	return Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i + 1}`, i < right ? 1 : 0]));
}

describe('the pass mark', () => {
	test('is 80 percent', () => {
		expect(PASS_MARK_PERCENT).toBe(80);
	});

	test.each([
		[8, 7, true],
		[8, 6, false],
		[10, 8, true],
		[10, 7, false],
		[5, 4, true],
		[9, 8, true],
		[9, 7, false],
		[1, 1, true],
		[1, 0, false],
		[0, 0, false],
	])('isPassing(%i questions, %i correct) returns %s', (total, correct, expected) => {
		expect(isPassing(correct, total)).toBe(expected);
	});

	test.each([
		[8, 7],
		[9, 8],
		[10, 8],
		[12, 10],
		[5, 4],
	])('passThreshold(%i) returns %i', (total, threshold) => {
		expect(passThreshold(total)).toBe(threshold);
		expect(isPassing(threshold, total)).toBe(true);
		expect(isPassing(threshold - 1, total)).toBe(false);
	});

	test('returns false for impossible counts', () => {
		expect(isPassing(9, 8)).toBe(false);
		expect(isPassing(-1, 8)).toBe(false);
	});
});

describe('scoreQuiz', () => {
	test('returns a passed, complete score for 7 of 8', () => {
		expect(scoreQuiz(quiz(8), answers(8, 7))).toEqual({
			correct: 7,
			answered: 8,
			total: 8,
			percent: 87,
			complete: true,
			passed: true,
		});
	});

	test('returns a failed score for 6 of 8 (75 percent)', () => {
		const score = scoreQuiz(quiz(8), answers(8, 6));
		expect(score.percent).toBe(75);
		expect(score.passed).toBe(false);
		expect(score.complete).toBe(true);
	});

	test('does not pass an incomplete attempt, even with every answer right so far', () => {
		const partial = answers(8, 8);
		delete partial['q8'];
		const score = scoreQuiz(quiz(8), partial);
		expect(score).toMatchObject({ correct: 7, answered: 7, complete: false, passed: false });
	});

	test('ignores unknown questions, out-of-range and non-integer answers', () => {
		const score = scoreQuiz(quiz(3), { q1: 1, q2: 3, q3: 1.5, zz: 1 });
		expect(score).toMatchObject({ correct: 1, answered: 1, total: 3, complete: false });
	});

	test('ignores inherited properties', () => {
		const inherited = Object.create({ q1: 1 }) as Record<string, number>;
		expect(scoreQuiz(quiz(1), inherited).answered).toBe(0);
	});

	test('rounds the percent down', () => {
		expect(scoreQuiz(quiz(3), answers(3, 2)).percent).toBe(66);
	});

	test('returns zero and not passed for an empty quiz', () => {
		expect(scoreQuiz([], {})).toEqual({
			correct: 0,
			answered: 0,
			total: 0,
			percent: 0,
			complete: false,
			passed: false,
		});
	});
});

describe('isValidAnswer', () => {
	test('accepts only option indexes', () => {
		const question = quiz(1)[0]!;
		expect(isValidAnswer(question, 0)).toBe(true);
		expect(isValidAnswer(question, 2)).toBe(true);
		expect(isValidAnswer(question, 3)).toBe(false);
		expect(isValidAnswer(question, -1)).toBe(false);
		expect(isValidAnswer(question, '1')).toBe(false);
	});
});
