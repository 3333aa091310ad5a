/**
 * Reading answers defensively. Answers come from localStorage, imported JSON files and result
 * links, so anything may sit under a key; the engine reads only what the model allows and treats
 * everything else as unanswered rather than throwing.
 */
import type { AnswerValue, BankControl, Level } from '../model';

/** True for the values a control's answer may hold: a level 0..3, 'na' or 'unknown'. */
export function isAnswerValue(value: unknown): value is AnswerValue {
	return (
		value === 0 ||
		value === 1 ||
		value === 2 ||
		value === 3 ||
		value === 'na' ||
		value === 'unknown'
	);
}

/**
 * The answer values of the bank's controls, keyed by code. Unanswered controls, answers whose
 * value is not a valid `AnswerValue`, and answers to codes the bank does not hold are left out.
 */
export function readAnswers(
	controls: readonly BankControl[],
	answers: unknown
): Map<number, AnswerValue> {
	const values = new Map<number, AnswerValue>();
	// An array would otherwise answer codes by position; no valid answer set is one.
	if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return values;
	for (const control of controls) {
		const key = String(control.code);
		// Own keys only, so an inherited property can never pose as an answer.
		if (!Object.hasOwn(answers, key)) continue;
		const entry: unknown = (answers as Record<string, unknown>)[key];
		if (typeof entry !== 'object' || entry === null) continue;
		const value: unknown = (entry as { value?: unknown }).value;
		if (isAnswerValue(value)) values.set(control.code, value);
	}
	return values;
}

/**
 * The level a value enters the sums with: "Don't know" counts as Traditional (0), because a
 * control nobody can vouch for protects no better than an absent one. Null for 'na' and for
 * unanswered, which stay out of every sum.
 */
export function levelOfValue(value: AnswerValue | null | undefined): Level | null {
	if (value === 'unknown') return 0;
	if (value === 'na' || value === null || value === undefined) return null;
	return value;
}
