/**
 * The user's saved assessments as the pages read them: the persisted store (./persisted.ts)
 * under one key, damaged data copied aside, never deleted, and a refused save kept in memory
 * until the next save that succeeds. Apart from the actions (./assessments.ts) so that pages that
 * only read answers, such as the threat model, do not load the code that changes them.
 */
import { computed } from 'nanostores';
import { readSavedState, type SavedState } from '../lib/assessment/saved-state';
import { persistedStore } from './persisted';

export const STORAGE_KEY = 'trustline:assessments';
export { BACKUP_PREFIX, type StorageProblem } from './backup';

const store = persistedStore<SavedState>({
	key: STORAGE_KEY,
	read: (raw) => {
		const outcome = readSavedState(raw);
		if (outcome.status !== 'ok') return outcome;
		return {
			status: 'ok',
			value: outcome.state,
			dropped: outcome.dropped,
			...(outcome.migratedFrom
				? { notice: 'Your saved assessment was upgraded to the current format.' }
				: {}),
		};
	},
	partlyRead: (dropped) => `some saved assessments could not be read (${dropped.join('; ')})`,
	saveError:
		'Your browser refused to save (its storage may be full or switched off). Your answers are kept on this page until you close it and saved as soon as the browser allows; export the assessment as JSON to keep a copy.',
});

/** Every saved assessment and which one is active: what is saved, or held in memory. */
export const $saved = store.$value;
/** Set when stored data could not be read (or was partly dropped). */
export const $storageProblem = store.$problem;
/** Set when the saved format was upgraded. */
export const $storageNotice = store.$notice;
/** Set while the browser refuses to save (storage full or disabled). */
export const $saveError = store.$saveError;
/** Saves the state (for the actions in ./assessments.ts). */
export const write = store.write;

export const $assessments = computed($saved, (s) => s?.assessments ?? []);
export const $activeAssessment = computed(
	$saved,
	(s) => s?.assessments.find((a) => a.id === s.activeId) ?? s?.assessments[0] ?? null
);

export function dismissStorageProblem(): void {
	store.dismiss();
}
