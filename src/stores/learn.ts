/**
 * Training progress, saved in localStorage as the learner goes and kept in sync across tabs
 * (@nanostores/persistent listens to storage events). Reading is defensive, as for assessments:
 * damaged data is copied aside under a backup key, never deleted, and $learnProblem tells the page
 * what happened. Saving never throws: a refusal is reported in $learnSaveError.
 */
import { atom, computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import {
	readProgress,
	withAnswer,
	withRetry,
	withTourDone,
	type LearnProgress,
} from '../lib/learn/progress';
import { freshSeed, type ScorableQuestion } from '../lib/quiz';
import { keepAside as keepRawAside, type StorageProblem } from './backup';

export const LEARN_KEY = 'trustline:learn';
export { BACKUP_PREFIX } from './backup';

/** What could not be read, where it was kept, and the text itself for download. */
export type LearnProblem = StorageProblem;

/** Set when saved progress could not be read, or was partly dropped. */
export const $learnProblem = atom<LearnProblem | null>(null);
/** Set when the browser refused to save (storage full or switched off). */
export const $learnSaveError = atom<string | null>(null);

function keepAside(raw: string, problem: string): void {
	$learnProblem.set(keepRawAside(raw, problem, 'learn-'));
}

function decode(raw: string): LearnProgress | null {
	const outcome = readProgress(raw);
	if (outcome.status === 'unreadable') {
		keepAside(raw, outcome.problem);
		return null;
	}
	if (outcome.status === 'empty') return null;
	if (outcome.dropped.length > 0) {
		keepAside(raw, `some saved progress could not be read (${outcome.dropped.join('; ')})`);
	}
	return outcome.progress;
}

/** What is saved in the browser. */
const $saved = persistentAtom<LearnProgress | null>(LEARN_KEY, null, {
	encode: (value) => (value ? JSON.stringify(value) : undefined) as string,
	decode,
});

/**
 * Progress the browser refused to save. The page keeps working from it until saving succeeds
 * again, because a full or disabled storage must never stop a learner mid-quiz.
 */
const $unsaved = atom<{ progress: LearnProgress | null } | null>(null);

/** The learner's progress: saved, or held in memory when saving failed. */
export const $learn = computed([$saved, $unsaved], (saved, unsaved) =>
	unsaved ? unsaved.progress : saved
);

function write(next: LearnProgress | null): void {
	if (next === $learn.get()) return;
	try {
		$saved.set(next);
		$unsaved.set(null);
		$learnSaveError.set(null);
	} catch {
		$unsaved.set({ progress: next });
		$learnSaveError.set(
			'Your browser refused to save your progress (its storage may be full or switched off). You can keep going on this page, but your progress will be lost when you close it.'
		);
	}
}

/** Records a checked answer; completing the attempt records its score. */
export function answerQuestion(
	moduleId: string,
	questions: readonly ScorableQuestion[],
	questionId: string,
	option: number
): void {
	write(withAnswer($learn.get(), moduleId, questions, questionId, option, new Date()));
}

/** Starts a new attempt in a new order. */
export function retryModule(moduleId: string, seed = freshSeed()): void {
	write(withRetry($learn.get(), moduleId, seed));
}

/** Marks a module's guided tour as seen. */
export function finishTour(moduleId: string): void {
	write(withTourDone($learn.get(), moduleId));
}

/** Forgets all training progress on this device (backups stay). */
export function clearLearnProgress(): void {
	write(null);
	$learnProblem.set(null);
}

export function dismissLearnProblem(): void {
	$learnProblem.set(null);
}
