/** Knowledge-check logic: seeded arrangement, scoring and the pass mark. Pure, no DOM. */
export { arrangeQuiz, type ArrangedQuestion } from './arrange';
export { freshSeed, mulberry32, seedFromText, shuffle } from './random';
export {
	isPassing,
	isValidAnswer,
	PASS_MARK_PERCENT,
	passThreshold,
	scoreQuiz,
	type QuizAnswers,
	type QuizScore,
	type ScorableQuestion,
} from './score';
