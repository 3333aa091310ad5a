/**
 * Validation of assessments that come from untrusted places: browser storage, imported JSON files
 * and shared links. Hand-written rather than zod so the browser bundle stays small; every function
 * returns a clean copy or an explanation and never throws.
 */
import {
	DEFAULT_TARGET,
	ENVIRONMENT_IDS,
	type Answers,
	type AnswerValue,
	type Assessment,
	type ControlAnswer,
	type Level,
	type Targets,
} from '../model';
import { cleanName, cleanNote } from '../text';
import { cleanEvidenceList } from '../evidence/read';
import { isIsoDate, isReviewInterval } from '../evidence/days';

export const MAX_ASSESSMENTS = 200;

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

export const isLevel = (x: unknown): x is Level => x === 0 || x === 1 || x === 2 || x === 3;

export function isAnswerValue(x: unknown): x is AnswerValue {
	return isLevel(x) || x === 'na' || x === 'unknown';
}

export function cleanTargets(x: unknown): Targets {
	const source = isObject(x) ? x : {};
	const targets = {} as Targets;
	for (const env of ENVIRONMENT_IDS) {
		const value = source[env];
		targets[env] = isLevel(value) ? value : DEFAULT_TARGET;
	}
	return targets;
}

/** Keeps answers whose key is a positive integer code and whose value is valid. */
export function cleanAnswers(x: unknown): Answers {
	const answers: Answers = {};
	if (!isObject(x)) return answers;
	for (const [key, raw] of Object.entries(x)) {
		if (!/^[1-9]\d{0,5}$/.test(key) || !isObject(raw) || !isAnswerValue(raw['value'])) continue;
		const answer: ControlAnswer = { value: raw['value'] };
		const note = cleanNote(raw['note']);
		if (note) answer.note = note;
		const reason = cleanNote(raw['naReason']);
		if (reason && answer.value === 'na') answer.naReason = reason;
		const checker = cleanName(raw['checker']);
		if (checker && answer.value === 'unknown') answer.checker = checker;
		const { evidence } = cleanEvidenceList(raw['evidence']);
		if (evidence.length > 0) answer.evidence = evidence;
		if (isIsoDate(raw['checkedOn'])) answer.checkedOn = raw['checkedOn'];
		answers[key] = answer;
	}
	return answers;
}

/** Notes written before answering: code keys as for answers, cleaned text, empty ones left out. */
function pendingNotesOf(x: unknown): { pendingNotes?: Record<string, string> } {
	if (!isObject(x)) return {};
	const notes: Record<string, string> = {};
	for (const [key, raw] of Object.entries(x)) {
		const note = cleanNote(raw);
		if (/^[1-9]\d{0,5}$/.test(key) && note) notes[key] = note;
	}
	return Object.keys(notes).length ? { pendingNotes: notes } : {};
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** A valid assessment, or a reason why the value is not one. */
export function parseAssessment(
	x: unknown
): { ok: true; assessment: Assessment } | { ok: false; problem: string } {
	if (!isObject(x)) return { ok: false, problem: 'it is not an object' };
	const name = cleanName(x['name']);
	if (!name) return { ok: false, problem: 'it has no name' };
	const id = typeof x['id'] === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(x['id']) ? x['id'] : '';
	if (!id) return { ok: false, problem: `"${name}" has no valid id` };
	const bankVersion = x['bankVersion'];
	if (typeof bankVersion !== 'number' || !Number.isInteger(bankVersion) || bankVersion < 1) {
		return { ok: false, problem: `"${name}" has no valid question-bank version` };
	}
	if (!isObject(x['answers'])) return { ok: false, problem: `"${name}" has no answers object` };
	const createdAt =
		typeof x['createdAt'] === 'string' && ISO.test(x['createdAt']) ? x['createdAt'] : '';
	const updatedAt =
		typeof x['updatedAt'] === 'string' && ISO.test(x['updatedAt']) ? x['updatedAt'] : '';
	if (!createdAt || !updatedAt) return { ok: false, problem: `"${name}" has invalid dates` };
	const assessment: Assessment = {
		id,
		name,
		createdAt,
		updatedAt,
		bankVersion,
		targets: cleanTargets(x['targets']),
		answers: cleanAnswers(x['answers']),
		...pendingNotesOf(x['pendingNotes']),
	};
	// Assessments saved before reviews existed have no interval and keep the default (6 months).
	if (isReviewInterval(x['reviewInterval'])) assessment.reviewInterval = x['reviewInterval'];
	// Optional, and only a detail: a repository that is not "owner/name" is dropped, not the assessment.
	// Only cleaned here: the tracker panel checks it is "owner/name" (isRepository) before use.
	const repository = cleanName(x['repository']);
	if (repository) assessment.repository = repository;
	return { ok: true, assessment };
}
