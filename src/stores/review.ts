/**
 * Review and evidence actions on the active assessment: evidence per answer, the checked-on day,
 * the review interval, "Confirm still true" with its Undo, and accepting a suggested answer.
 * Apart from ./assessments.ts so that only the questionnaire pages load them.
 */
import { atom } from 'nanostores';
import type { Answers, Level } from '../lib/model';
import { MAX_EVIDENCE, type Evidence } from '../lib/evidence/evidence';
import { localToday, type ReviewInterval } from '../lib/evidence/review';
import { confirmAnswers, undoConfirm, type ConfirmUndo } from '../lib/evidence/review-set';
import {
	withAnswer,
	withAnswers,
	withCheckedOn,
	withEvidence,
	withReviewInterval,
} from '../lib/assessment/ops';
import { updateActive } from './assessments';

/** Replaces a control's evidence (the caller has checked each entry with lib/evidence). */
export function setEvidence(code: number, evidence: readonly Evidence[]): void {
	updateActive((a, now) => withEvidence(a, code, evidence, now));
}

/** Sets the day a control's answer was last checked (a valid day, checked by the caller). */
export function setCheckedOn(code: number, day: string): void {
	updateActive((a, now) => withCheckedOn(a, code, day, now));
}

/** Sets how often the active assessment's answers are due for review. */
export function setReviewInterval(interval: ReviewInterval): void {
	updateActive((a, now) => withReviewInterval(a, interval, now));
}

/** What the last "Confirm" changed, for Undo: the earlier dates and the day it confirmed. */
export const $lastConfirm = atom<{
	undo: ConfirmUndo;
	day: string;
	count: number;
	/** The answers as confirmed: one changed since is a new object, and Undo leaves it alone. */
	confirmed: Answers;
} | null>(null);

/**
 * "Confirm still true" for the answered controls among `codes`: their checked-on day becomes
 * today. Returns how many answers moved; `undoLastConfirm()` puts their earlier days back.
 */
export function confirmStillTrue(codes: readonly number[]): number {
	let count = 0;
	updateActive((a, now) => {
		const day = localToday(now);
		const { answers, confirmed, undo } = confirmAnswers(a.answers, codes, day);
		count = confirmed.length;
		if (count === 0) return a;
		$lastConfirm.set({ undo, day, count, confirmed: answers });
		return withAnswers(a, answers, now);
	});
	return count;
}

/** Undoes the last confirmation; answers changed since are left as they are. */
export function undoLastConfirm(): void {
	const last = $lastConfirm.get();
	if (!last) return;
	$lastConfirm.set(null);
	updateActive((a, now) => {
		const untouched = Object.fromEntries(
			Object.entries(last.undo).filter(([key]) => a.answers[key] === last.confirmed[key])
		);
		return withAnswers(a, undoConfirm(a.answers, untouched, last.day), now);
	});
}

/**
 * Accepts a suggested answer: it becomes the control's answer, dated today, and keeps `evidence`
 * (the Scorecard result that suggested it) beside any evidence the answer already had.
 */
export function acceptSuggestedAnswer(
	code: number,
	level: Level,
	evidence: Evidence,
	bankVersion: number
): void {
	updateActive((a, now) => {
		const answered = withAnswer(a, code, level, now);
		const list = answered.answers[String(code)]?.evidence ?? [];
		const same = list.some((e) => JSON.stringify(e) === JSON.stringify(evidence));
		// At most five entries: the oldest gives way to the Scorecard result when the list is full.
		const next = same ? list : [...list, evidence].slice(-MAX_EVIDENCE);
		return withEvidence(answered, code, next, now);
	}, bankVersion);
}
