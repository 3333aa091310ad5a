/**
 * Answers suggested by OpenSSF Scorecard results, waiting beside their questions for "Accept" or
 * "Dismiss". A suggestion is a proposal, never an answer: it changes nothing until a person
 * accepts it (the answer then keeps the Scorecard result as its evidence). Waiting suggestions are
 * kept with their assessment in this browser (the persisted-store factory, key
 * 'trustline:suggestions', read back suggestion by suggestion, see ../lib/scorecard/pending.ts), so
 * a reload or another page of the questionnaire still shows them; an accepted or dismissed one is
 * gone for good. The parser that makes them loads only when someone imports a file.
 */
import { computed } from 'nanostores';
import type { ShownSuggestion } from '../lib/scorecard/scorecard';
import { PENDING_SCHEMA, readPending, type PendingSuggestions } from '../lib/scorecard/pending';
import { persistedStore } from './persisted';
import { $activeAssessment, $assessments } from './saved';
import { acceptSuggestedAnswer } from './review';
import { updateActive } from './assessments';

export type { ShownSuggestion };

export const SUGGESTIONS_KEY = 'trustline:suggestions';

const store = persistedStore<PendingSuggestions>({
	key: SUGGESTIONS_KEY,
	read: readPending,
	partlyRead: (dropped) => `${dropped.join('; ')} left out`,
	saveError:
		'Your browser refused to save the Scorecard suggestions (its storage may be full or switched off). They stay on this page until you close it; your answers are not affected.',
	backupLabel: 'suggestions-',
});

/** Saved suggestions that could not be read (or only partly), kept aside; for the import island. */
export const $suggestionsProblem = store.$problem;
/** Set while the browser refuses to save suggestions. */
export const $suggestionsSaveError = store.$saveError;
/** Clears the problem once the user has read it. */
export const dismissSuggestionsProblem = store.dismiss;

/** Suggestions waiting for a person on the active assessment, by control code. */
export const $suggestions = computed(
	[store.$value, $activeAssessment],
	(saved, active): Readonly<Record<string, ShownSuggestion>> =>
		(active && saved?.byAssessment[active.id]) || {}
);

/** Codes dismissed on this page, so importing the same results again does not bring them back. */
const dismissed = new Set<number>();

/**
 * Saves the active assessment's suggestions as `next` (none: removes them), and forgets those of
 * assessments no longer saved.
 */
function save(next: Record<string, ShownSuggestion>): void {
	const active = $activeAssessment.get();
	if (!active) return;
	const ids = new Set($assessments.get().map((a) => a.id));
	const byAssessment: PendingSuggestions['byAssessment'] = {};
	for (const [id, list] of Object.entries(store.$value.get()?.byAssessment ?? {}))
		if (ids.has(id) && id !== active.id) byAssessment[id] = list;
	if (Object.keys(next).length) byAssessment[active.id] = next;
	store.write(Object.keys(byAssessment).length ? { schema: PENDING_SCHEMA, byAssessment } : null);
}

/**
 * Shows new suggestions, replacing earlier ones for the same controls; dismissed ones stay away.
 * Suggestions belong to an assessment, so importing before any answer starts the first one.
 */
export function showSuggestions(list: readonly ShownSuggestion[], bankVersion: number): number {
	if (list.length && !$activeAssessment.get()) updateActive((a) => a, bankVersion);
	const next = { ...$suggestions.get() };
	let shown = 0;
	for (const s of list) {
		if (dismissed.has(s.code)) continue;
		next[String(s.code)] = s;
		shown++;
	}
	save(next);
	return shown;
}

function remove(code: number): ShownSuggestion | undefined {
	const current = $suggestions.get();
	const s = current[String(code)];
	if (!s) return undefined;
	const next = { ...current };
	delete next[String(code)];
	save(next);
	return s;
}

/** "Accept": the suggestion becomes the answer, dated today, with the Scorecard result as evidence. */
export function acceptSuggestion(code: number, bankVersion: number): void {
	const s = remove(code);
	if (s) acceptSuggestedAnswer(code, s.level, s.evidence, bankVersion);
}

/** "Dismiss": the suggestion goes away and the answer stays as the person left it. */
export function dismissSuggestion(code: number): void {
	if (remove(code)) dismissed.add(code);
}
