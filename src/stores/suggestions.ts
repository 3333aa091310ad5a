/**
 * Answers suggested by OpenSSF Scorecard results, waiting beside their questions for "Accept" or
 * "Dismiss". They live in memory for the page's lifetime: a suggestion is a proposal, never an
 * answer, so nothing of it is saved until a person accepts it (the answer then keeps the Scorecard
 * result as its evidence). The parser that makes them loads only when someone imports a file.
 */
import { atom } from 'nanostores';
import type { ShownSuggestion } from '../lib/scorecard/scorecard';
import { acceptSuggestedAnswer } from './review';

export type { ShownSuggestion };

/** Suggestions waiting for a person, by control code. */
export const $suggestions = atom<Readonly<Record<string, ShownSuggestion>>>({});

/** Codes dismissed on this page, so importing the same results again does not bring them back. */
const dismissed = new Set<number>();

/** Shows new suggestions, replacing earlier ones for the same controls; dismissed ones stay away. */
export function showSuggestions(list: readonly ShownSuggestion[]): number {
	const next = { ...$suggestions.get() };
	let shown = 0;
	for (const s of list) {
		if (dismissed.has(s.code)) continue;
		next[String(s.code)] = s;
		shown++;
	}
	$suggestions.set(next);
	return shown;
}

function remove(code: number): ShownSuggestion | undefined {
	const current = $suggestions.get();
	const s = current[String(code)];
	if (!s) return undefined;
	const next = { ...current };
	delete next[String(code)];
	$suggestions.set(next);
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
