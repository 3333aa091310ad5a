/**
 * The order an attempt shows questions and options in, derived from the attempt's seed alone, so a
 * saved attempt reappears in the same order and a retry (new seed) in a new one.
 */
import { mulberry32, shuffle } from './random';

/** One question of an arranged attempt: its id, and its options' content indexes in display order. */
export interface ArrangedQuestion {
	id: string;
	options: number[];
}

/**
 * Shuffles the questions, then each question's options, with one generator seeded by `seed`.
 * Deterministic: the same questions and seed always give the same arrangement.
 */
export function arrangeQuiz(
	questions: readonly { id: string; options: readonly unknown[] }[],
	seed: number
): ArrangedQuestion[] {
	const random = mulberry32(seed);
	return shuffle(questions, random).map((question) => ({
		id: question.id,
		options: shuffle(
			question.options.map((_, index) => index),
			random
		),
	}));
}
