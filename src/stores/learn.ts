/**
 * Training progress, saved in localStorage as the learner goes and kept in sync across tabs,
 * through the persisted-store factory (./persisted.ts): damaged data is copied aside, never
 * deleted, and a refused save keeps the progress in memory, because a full or disabled storage
 * must never stop a learner mid-quiz.
 */
import {
	readProgress,
	withAnswer,
	withRetry,
	withTourDone,
	type LearnProgress,
} from '../lib/learn/progress';
import { freshSeed, type ScorableQuestion } from '../lib/quiz';
import type { StorageProblem } from './backup';
import { persistedStore } from './persisted';

export const LEARN_KEY = 'trustline:learn';
export { BACKUP_PREFIX } from './backup';

/** What could not be read, where it was kept, and the text itself for download. */
export type LearnProblem = StorageProblem;

const store = persistedStore<LearnProgress>({
	key: LEARN_KEY,
	read: (raw) => {
		const outcome = readProgress(raw);
		return outcome.status === 'ok'
			? { status: 'ok', value: outcome.progress, dropped: outcome.dropped }
			: outcome;
	},
	partlyRead: (dropped) => `some saved progress could not be read (${dropped.join('; ')})`,
	saveError:
		'Your browser refused to save your progress (its storage may be full or switched off). You can keep going on this page; your progress is saved as soon as the browser allows, but lost if you close the page before.',
	backupLabel: 'learn-',
});

/** The learner's progress: saved, or held in memory while saving is refused. */
export const $learn = store.$value;
/** Set when saved progress could not be read, or was partly dropped. */
export const $learnProblem = store.$problem;
/** Set while the browser refuses to save (storage full or switched off). */
export const $learnSaveError = store.$saveError;

function write(next: LearnProgress | null): void {
	if (next !== $learn.get()) store.write(next);
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
	store.dismiss();
}

export function dismissLearnProblem(): void {
	store.dismiss();
}
