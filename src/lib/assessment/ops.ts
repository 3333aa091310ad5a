/** Pure operations on assessments; the stores call these and persist the result. */
import {
	DEFAULT_TARGET,
	type Answers,
	type AnswerValue,
	type Assessment,
	type Level,
} from '../model';
import type { EnvironmentId } from '../ids';
import { cleanName, cleanNote } from '../text';
import type { Evidence } from '../evidence/read';
import { DEFAULT_REVIEW_INTERVAL, localToday, type ReviewInterval } from '../evidence/days';

/** A random id for local use (not security relevant). */
export function newId(random: () => number = Math.random): string {
	return Array.from(
		{ length: 12 },
		() => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)]
	).join('');
}

export function createAssessment(
	name: string,
	bankVersion: number,
	now: Date,
	id = newId()
): Assessment {
	const stamp = now.toISOString();
	return {
		id,
		name: cleanName(name) || 'My assessment',
		createdAt: stamp,
		updatedAt: stamp,
		bankVersion,
		targets: { developer: DEFAULT_TARGET, platform: DEFAULT_TARGET, application: DEFAULT_TARGET },
		answers: {},
		reviewInterval: DEFAULT_REVIEW_INTERVAL,
	};
}

const touch = (a: Assessment, now: Date): Assessment => ({ ...a, updatedAt: now.toISOString() });

/**
 * Sets or clears (value null) a control's answer, keeping its note and evidence. Giving an answer
 * dates it: its checked-on day becomes today.
 */
export function withAnswer(
	a: Assessment,
	code: number,
	value: AnswerValue | null,
	now: Date
): Assessment {
	const answers: Answers = { ...a.answers };
	const key = String(code);
	const previous = answers[key];
	const pending = { ...a.pendingNotes };
	if (value === null) {
		delete answers[key];
		// Clearing an answer keeps its note, waiting for the next answer.
		if (previous?.note) pending[key] = previous.note;
	} else {
		const next = { ...previous, value, checkedOn: localToday(now) };
		if (value !== 'na') delete next.naReason;
		if (value !== 'unknown') delete next.checker;
		const waiting = pending[key];
		if (!previous && waiting) next.note = waiting;
		delete pending[key];
		answers[key] = next;
	}
	return touch(withPending({ ...a, answers }, pending), now);
}

/** The assessment with these pending notes, leaving the field out when there are none. */
function withPending(a: Assessment, pending: Record<string, string>): Assessment {
	const { pendingNotes: _old, ...rest } = a;
	return Object.keys(pending).length ? { ...rest, pendingNotes: pending } : rest;
}

/**
 * Sets a control's note, N/A reason or who will find out (a name, cleaned like one); an empty text
 * removes it. Needs an answer to attach to.
 */
export function withText(
	a: Assessment,
	code: number,
	field: 'note' | 'naReason' | 'checker',
	text: string,
	now: Date
): Assessment {
	const key = String(code);
	const clean = field === 'checker' ? cleanName(text) : cleanNote(text);
	const current = a.answers[key];
	if (!current) {
		// A note may be written before the question is answered; the other fields need an answer.
		if (field !== 'note') return a;
		const pending = { ...a.pendingNotes };
		if (clean) pending[key] = clean;
		else if (key in pending) delete pending[key];
		else return a;
		return touch(withPending(a, pending), now);
	}
	const next = { ...current };
	if (clean) next[field] = clean;
	else delete next[field];
	return touch({ ...a, answers: { ...a.answers, [key]: next } }, now);
}

/** Replaces a control's evidence (an empty list removes it). Needs an answer to attach to. */
export function withEvidence(
	a: Assessment,
	code: number,
	evidence: readonly Evidence[],
	now: Date
): Assessment {
	const key = String(code);
	const current = a.answers[key];
	if (!current) return a;
	const next = { ...current };
	if (evidence.length > 0) next.evidence = [...evidence];
	else delete next.evidence;
	return touch({ ...a, answers: { ...a.answers, [key]: next } }, now);
}

/** Sets the day a control's answer was last checked (a valid date the caller has checked). */
export function withCheckedOn(a: Assessment, code: number, day: string, now: Date): Assessment {
	const key = String(code);
	const current = a.answers[key];
	if (!current || current.checkedOn === day) return a;
	return touch({ ...a, answers: { ...a.answers, [key]: { ...current, checkedOn: day } } }, now);
}

/** Sets how often the assessment's answers are due for review. */
export function withReviewInterval(a: Assessment, interval: ReviewInterval, now: Date): Assessment {
	return a.reviewInterval === interval ? a : touch({ ...a, reviewInterval: interval }, now);
}

/** Replaces all answers at once (Confirm all shown, and its Undo). */
export function withAnswers(a: Assessment, answers: Assessment['answers'], now: Date): Assessment {
	return touch({ ...a, answers }, now);
}

export function withName(a: Assessment, name: string, now: Date): Assessment {
	const clean = cleanName(name);
	return clean ? touch({ ...a, name: clean }, now) : a;
}

export function withTarget(a: Assessment, env: EnvironmentId, level: Level, now: Date): Assessment {
	return touch({ ...a, targets: { ...a.targets, [env]: level } }, now);
}

/** A name not yet used in the list: "Name (copy)", "Name (copy 2)", ... */
export function uniqueName(base: string, taken: string[]): string {
	if (!taken.includes(base)) return base;
	for (let i = 2; ; i++) {
		const candidate = `${base} (${i})`;
		if (!taken.includes(candidate)) return candidate;
	}
}

export function duplicateAssessment(
	a: Assessment,
	taken: string[],
	now: Date,
	id = newId()
): Assessment {
	const stamp = now.toISOString();
	return {
		...structuredClone(a),
		id,
		name: uniqueName(cleanName(`${a.name} (copy)`), taken),
		createdAt: stamp,
		updatedAt: stamp,
	};
}
