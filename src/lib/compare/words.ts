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

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Names in quotes as a list: “A”, “B” and “C”, the rest counted after the fifth. */
function quotedList(names: readonly string[]): string {
	const shown = names.slice(0, 5).map((n) => `“${n || 'Unnamed result'}”`);
	if (names.length > 5) shown.push(`${names.length - 5} more`);
	return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/**
 * What adding results did, for the page's status line: how many were added, which were already
 * in the comparison (and were ignored), and how many entries could not be read.
 */
export function additionStatus(added: number, duplicates: readonly string[], problems: number) {
	const parts = [`${count(added, 'result', 'results')} added.`];
	if (duplicates.length === 1)
		parts.push(`${quotedList(duplicates)} is already in the comparison and was ignored.`);
	else if (duplicates.length > 1)
		parts.push(
			`${duplicates.length} results are already in the comparison and were ignored: ${quotedList(duplicates)}.`
		);
	if (problems > 0) parts.push(`${count(problems, 'entry', 'entries')} could not be read.`);
	return parts.join(' ');
}
