/**
 * The user's assessments, saved in localStorage as they go and kept in sync across tabs (the
 * store itself is in ./saved.ts), and the actions that change them.
 */
import { atom } from 'nanostores';
import type { AnswerValue, Assessment, Level } from '../lib/model';
import type { EnvironmentId } from '../lib/ids';
import { SAVED_SCHEMA } from '../lib/assessment/saved-state';
import {
	createAssessment as create,
	duplicateAssessment as duplicate,
	uniqueName,
	withAnswer,
	withName,
	withTarget,
	withText,
} from '../lib/assessment/ops';

export {
	$activeAssessment,
	$assessments,
	$saved,
	$saveError,
	$storageNotice,
	$storageProblem,
	BACKUP_PREFIX,
	dismissStorageProblem,
	STORAGE_KEY,
	type StorageProblem,
} from './saved';
import { $activeAssessment, $saved, write } from './saved';

/** The last deleted assessment and where it was, for "Undo". */
export const $lastDeleted = atom<{
	assessment: Assessment;
	index: number;
	wasActive: boolean;
} | null>(null);

/**
 * Changes the active assessment (creating a first one if there is none) and saves it. For actions
 * of this store and of the stores that build on it (./review.ts).
 */
export function updateActive(
	change: (a: Assessment, now: Date) => Assessment,
	bankVersion?: number
): void {
	const now = new Date();
	let state = $saved.get();
	if (!state) {
		const first = create('My assessment', bankVersion ?? 1, now);
		state = { schema: SAVED_SCHEMA, activeId: first.id, assessments: [first] };
	}
	const active = state.assessments.find((a) => a.id === state.activeId) ?? state.assessments[0];
	if (!active) return;
	let changed = change(active, now);
	if (changed === active && $saved.get()) return;
	// An answer given on today's questions belongs to today's bank: an assessment started on an
	// earlier bank version moves up with its first change, so links carry its newest answers.
	if (bankVersion !== undefined && changed.bankVersion < bankVersion)
		changed = { ...changed, bankVersion };
	write({
		...state,
		assessments: state.assessments.map((a) => (a.id === active.id ? changed : a)),
	});
}

/** Answers a control of the active assessment (null clears the answer). */
export function setAnswer(code: number, value: AnswerValue | null, bankVersion: number): void {
	updateActive((a, now) => withAnswer(a, code, value, now), bankVersion);
}

export function setNote(code: number, text: string): void {
	updateActive((a, now) => withText(a, code, 'note', text, now));
}

export function setNaReason(code: number, text: string): void {
	updateActive((a, now) => withText(a, code, 'naReason', text, now));
}

/** Records who will find out where a control answered "Don't know" stands. */
export function setChecker(code: number, text: string): void {
	updateActive((a, now) => withText(a, code, 'checker', text, now));
}

export function setTarget(env: EnvironmentId, level: Level, bankVersion: number): void {
	updateActive((a, now) => withTarget(a, env, level, now), bankVersion);
}

export function renameActive(name: string): void {
	updateActive((a, now) => withName(a, name, now));
}

/** Creates a new, empty assessment and makes it active. Returns its id. */
export function createAssessment(name: string, bankVersion: number): string {
	const state = $saved.get();
	const taken = state?.assessments.map((a) => a.name) ?? [];
	const fresh = create(uniqueName(name.trim() || 'New assessment', taken), bankVersion, new Date());
	write({
		schema: SAVED_SCHEMA,
		activeId: fresh.id,
		assessments: [...(state?.assessments ?? []), fresh],
	});
	return fresh.id;
}

/** Adds a complete assessment (from an import or a shared link) as a new one and makes it active. */
export function addAssessment(assessment: Assessment): string {
	const state = $saved.get();
	const taken = state?.assessments.map((a) => a.name) ?? [];
	const ids = new Set(state?.assessments.map((a) => a.id));
	const fresh = {
		...assessment,
		id: ids.has(assessment.id) ? create('x', 1, new Date()).id : assessment.id,
		name: uniqueName(assessment.name, taken),
	};
	write({
		schema: SAVED_SCHEMA,
		activeId: fresh.id,
		assessments: [...(state?.assessments ?? []), fresh],
	});
	return fresh.id;
}

/** Replaces an existing assessment (same id) with imported data, after the user agreed. */
export function replaceAssessment(assessment: Assessment): void {
	const state = $saved.get();
	if (!state) return;
	write({
		...state,
		activeId: assessment.id,
		assessments: state.assessments.map((a) => (a.id === assessment.id ? assessment : a)),
	});
}

export function duplicateActive(): void {
	const state = $saved.get();
	const active = $activeAssessment.get();
	if (!state || !active) return;
	const copy = duplicate(
		active,
		state.assessments.map((a) => a.name),
		new Date()
	);
	write({ ...state, activeId: copy.id, assessments: [...state.assessments, copy] });
}

export function switchAssessment(id: string): void {
	const state = $saved.get();
	if (state?.assessments.some((a) => a.id === id)) write({ ...state, activeId: id });
}

/** Deletes an assessment; undoDelete() puts it back where it was. */
export function deleteAssessment(id: string): void {
	const state = $saved.get();
	if (!state) return;
	const index = state.assessments.findIndex((a) => a.id === id);
	const assessment = state.assessments[index];
	if (!assessment) return;
	$lastDeleted.set({ assessment, index, wasActive: state.activeId === id });
	const rest = state.assessments.filter((a) => a.id !== id);
	const nextActive =
		state.activeId === id ? (rest[Math.max(0, index - 1)]?.id ?? '') : state.activeId;
	write(rest.length ? { ...state, activeId: nextActive, assessments: rest } : null);
}

export function undoDelete(): void {
	const last = $lastDeleted.get();
	if (!last) return;
	const state = $saved.get();
	const list = [...(state?.assessments ?? [])];
	list.splice(Math.min(last.index, list.length), 0, last.assessment);
	write({
		schema: SAVED_SCHEMA,
		activeId: last.wasActive || !state ? last.assessment.id : state.activeId,
		assessments: list,
	});
	$lastDeleted.set(null);
}
