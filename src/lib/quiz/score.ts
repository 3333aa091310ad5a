/**
 * Quiz scoring and the pass mark. Answers are indexes into a question's options in content order,
 * so shuffling the display never changes what an answer means.
 */

/** The share of correct answers a module's knowledge check needs, in percent. */
export const PASS_MARK_PERCENT = 80;

/** What scoring needs of a question: its id and which options are correct. */
export interface ScorableQuestion {
	id: string;
	options: readonly { correct: boolean }[];
}

/** Checked answers: question id -> index of the chosen option (content order). */
export type QuizAnswers = Readonly<Record<string, number>>;

export interface QuizScore {
	/** Questions answered correctly. */
	correct: number;
	/** Questions with a valid answer. */
	answered: number;
	/** Questions in the quiz. */
	total: number;
	/** `correct / total` as a whole percent, rounded down so 79.9 % never displays as 80 %. */
	percent: number;
	/** True once every question has a valid answer. */
	complete: boolean;
	/** True when complete and at or above the pass mark. */
	passed: boolean;
}

/** Whether `correct` out of `total` reaches the pass mark (exact integer arithmetic, no rounding). */
export function isPassing(correct: number, total: number): boolean {
	return (
		total > 0 && correct >= 0 && correct <= total && correct * 100 >= PASS_MARK_PERCENT * total
	);
}

/** The fewest correct answers that pass a quiz of `total` questions. */
export function passThreshold(total: number): number {
	return Math.ceil((PASS_MARK_PERCENT * total) / 100);
}

/** Whether `option` is a valid answer to `question`: an index of one of its options. */
export function isValidAnswer(question: ScorableQuestion, option: unknown): option is number {
	return (
		Number.isInteger(option) &&
		(option as number) >= 0 &&
		(option as number) < question.options.length
	);
}

/**
 * Scores answers against the questions. Answers to unknown questions and out-of-range indexes are
 * ignored (counted as unanswered), never thrown on: they may come from storage written by an
 * earlier version of the content.
 */
export function scoreQuiz(questions: readonly ScorableQuestion[], answers: QuizAnswers): QuizScore {
	let correct = 0;
	let answered = 0;
	for (const question of questions) {
		if (!Object.hasOwn(answers, question.id)) continue;
		const option = answers[question.id];
		if (!isValidAnswer(question, option)) continue;
		answered++;
		if (question.options[option]?.correct) correct++;
	}
	const total = questions.length;
	const complete = total > 0 && answered === total;
	return {
		correct,
		answered,
		total,
		percent: total === 0 ? 0 : Math.floor((correct * 100) / total),
		complete,
		passed: complete && isPassing(correct, total),
	};
}
