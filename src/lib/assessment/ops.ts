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
	};
}

const touch = (a: Assessment, now: Date): Assessment => ({ ...a, updatedAt: now.toISOString() });

/** Sets or clears (value null) a control's answer, keeping its note. */
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
		const next = { ...previous, value };
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
