/**
 * The words the comparison page and its exports use for answers, medians and spreads, so the
 * table, the CSV and the Markdown never disagree.
 */
import { STAGE_NAMES } from '../model';

// One wording for answers everywhere (src/lib/words.ts).
export { ANSWER_WORDS, answerWord, UNANSWERED } from '../words';

/**
 * A median in words: a stage's name, "Initial to Advanced" for a half between two stages, or
 * "–" when no result counts.
 */
export function medianWord(median: number | null): string {
	if (median === null) return '–';
	if (Number.isInteger(median)) return STAGE_NAMES[median] ?? '–';
	const low = Math.floor(median);
	return `${STAGE_NAMES[low] ?? '–'} to ${STAGE_NAMES[low + 1] ?? '–'}`;
}

/** A spread in words: "2 stages", "1 stage", "0 stages", or "–" when no result counts. */
export function spreadWord(spread: number | null): string {
	if (spread === null) return '–';
	return `${spread} ${spread === 1 ? 'stage' : 'stages'}`;
}
