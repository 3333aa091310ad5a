/**
 * Review across an assessment: which answers are due, what the "Show" filter of the
 * questionnaire shows, "Confirm still true" for one or many answers with an Undo, and the counts
 * the results page gives per environment. Pure functions over answers that carry a checked-on
 * date; they never change a score.
 */
import type { AnswerValue, BankControl, EnvironmentId } from '../model';
import { ENVIRONMENT_IDS } from '../ids';
import { isDueForReview, type ReviewInterval } from './review';

/** What review needs of an answer: its value and the day it was last checked. */
export interface DatedAnswer {
	value: AnswerValue;
	/** YYYY-MM-DD; absent on answers saved before Trustline dated them. */
	checkedOn?: string;
}

/** The choices of the questionnaire's "Show" filter, in the order it lists them. */
export const SHOW_FILTERS = ['all', 'unanswered', 'due', 'suggested'] as const;
export type ShowFilter = (typeof SHOW_FILTERS)[number];

/** What the filter needs to know besides the answers. */
export interface ReviewContext {
	interval: ReviewInterval;
	/** Today, YYYY-MM-DD, in the user's time zone. */
	today: string;
	/** Codes of controls with a suggestion waiting for Accept or Dismiss. */
	suggested: ReadonlySet<number>;
}

/** Whether the answer to `code` (or its absence) is due for review. Unanswered is never due. */
export function isAnswerDue(
	answer: DatedAnswer | undefined,
	interval: ReviewInterval,
	today: string
): boolean {
	return answer !== undefined && isDueForReview(answer.checkedOn, interval, today);
}

/** Whether a control shows under a filter. */
export function isShown(
	filter: ShowFilter,
	code: number,
	answers: Readonly<Record<string, DatedAnswer | undefined>>,
	context: ReviewContext
): boolean {
	const answer = answers[String(code)];
	switch (filter) {
		case 'unanswered':
			return answer === undefined;
		case 'due':
			return isAnswerDue(answer, context.interval, context.today);
		case 'suggested':
			return context.suggested.has(code);
		default:
			return true;
	}
}

/** The codes of the answered controls among `codes` that are due for review, in the given order. */
export function dueCodes(
	codes: readonly number[],
	answers: Readonly<Record<string, DatedAnswer | undefined>>,
	interval: ReviewInterval,
	today: string
): number[] {
	return codes.filter((code) => isAnswerDue(answers[String(code)], interval, today));
}

/** The checked-on dates "Confirm" replaced, by code (null where there was none), for Undo. */
export type ConfirmUndo = Record<string, string | null>;

/**
 * "Confirm still true" for the answered controls among `codes`: their checked-on date becomes
 * `today`. Unanswered codes, and answers already checked today, are skipped. Returns a new
 * answers object, the codes whose date moved, and what Undo needs.
 */
export function confirmAnswers<A extends DatedAnswer>(
	answers: Readonly<Record<string, A>>,
	codes: readonly number[],
	today: string
): { answers: Record<string, A>; confirmed: number[]; undo: ConfirmUndo } {
	const next: Record<string, A> = { ...answers };
	const undo: ConfirmUndo = {};
	const confirmed: number[] = [];
	for (const code of codes) {
		const key = String(code);
		const answer = Object.hasOwn(answers, key) ? answers[key] : undefined;
		if (!answer || answer.checkedOn === today || Object.hasOwn(undo, key)) continue;
		undo[key] = answer.checkedOn ?? null;
		next[key] = { ...answer, checkedOn: today };
		confirmed.push(code);
	}
	return { answers: next, confirmed, undo };
}

/**
 * Undoes a confirmation: each answer confirmed gets back its earlier checked-on date. An answer
 * changed or cleared since is left as it now is, so Undo never brings back an old answer.
 */
export function undoConfirm<A extends DatedAnswer>(
	answers: Readonly<Record<string, A>>,
	undo: ConfirmUndo,
	confirmedOn: string
): Record<string, A> {
	const next: Record<string, A> = { ...answers };
	for (const [key, previous] of Object.entries(undo)) {
		const answer = Object.hasOwn(answers, key) ? answers[key] : undefined;
		if (!answer || answer.checkedOn !== confirmedOn) continue;
		const restored = { ...answer };
		if (previous === null) delete restored.checkedOn;
		else restored.checkedOn = previous;
		next[key] = restored;
	}
	return next;
}

/** The results page's view of review: what is due, per environment, and whether it matters. */
export interface ReviewSummary {
	/** Controls whose answers are due for review, per environment, in bank order. */
	due: Record<EnvironmentId, BankControl[]>;
	/** How many answers are due in all. */
	total: number;
	/**
	 * Whether any weight-3 (critical) answer is due: the result is then provisional, because a
	 * critical control caps the stage and its answer may no longer be true.
	 */
	criticalDue: boolean;
}

/** Which answered controls of the bank are due for review on `today`. */
export function reviewSummary(
	controls: readonly BankControl[],
	answers: Readonly<Record<string, DatedAnswer | undefined>>,
	interval: ReviewInterval,
	today: string
): ReviewSummary {
	const due = Object.fromEntries(
		ENVIRONMENT_IDS.map((env) => [env, [] as BankControl[]])
	) as Record<EnvironmentId, BankControl[]>;
	let total = 0;
	let criticalDue = false;
	for (const control of controls) {
		if (!isAnswerDue(answers[String(control.code)], interval, today)) continue;
		due[control.environment].push(control);
		total++;
		if (control.weight === 3) criticalDue = true;
	}
	return { due, total, criticalDue };
}
