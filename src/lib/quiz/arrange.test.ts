import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { arrangeQuiz } from './arrange';

const questions = Array.from({ length: 8 }, (_, i) => ({
	id: `q${i + 1}`,
	options: Array.from({ length: 3 + (i % 3) }, (_, j) => `option ${j}`),
}));

describe('arrangeQuiz', () => {
	test('returns the same arrangement for the same seed', () => {
		expect(arrangeQuiz(questions, 12345)).toEqual(arrangeQuiz(questions, 12345));
	});

	test('returns a different arrangement for another seed', () => {
		expect(arrangeQuiz(questions, 1)).not.toEqual(arrangeQuiz(questions, 2));
	});

	test('pins the arrangement of a known seed', () => {
		const arranged = arrangeQuiz(questions.slice(0, 3), 7);
		expect(arranged).toEqual([
			{ id: 'q2', options: [0, 1, 2, 3] },
			{ id: 'q3', options: [4, 3, 0, 1, 2] },
			{ id: 'q1', options: [1, 0, 2] },
		]);
	});

	test('keeps every question once and every option index once', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
				const arranged = arrangeQuiz(questions, seed);
				expect(arranged.map((q) => q.id).sort()).toEqual(questions.map((q) => q.id).sort());
				for (const q of arranged) {
					const original = questions.find((o) => o.id === q.id)!;
					expect([...q.options].sort()).toEqual(original.options.map((_, i) => i));
				}
			})
		);
	});

	test('puts each option first about equally often across seeds', () => {
		const firsts = [0, 0, 0, 0];
		for (let seed = 0; seed < 8000; seed++) {
			const arranged = arrangeQuiz([{ id: 'q', options: [1, 2, 3, 4] }], seed);
			firsts[arranged[0]!.options[0]!]!++;
		}
		for (const count of firsts) {
			expect(count).toBeGreaterThan(1800);
			expect(count).toBeLessThan(2200);
		}
	});

	test('returns an empty list for no questions', () => {
		expect(arrangeQuiz([], 3)).toEqual([]);
	});
});
