/**
 * The names the site gives assessments itself. A module of its own so that only the islands that
 * ask for a team name load it, not every island that reads the assessment store.
 */

/** The names the site gives an assessment nobody has named: the first one, and "New assessment". */
export const DEFAULT_NAMES = ['My assessment', 'New assessment'] as const;

/**
 * True while an assessment still has a name the site gave it, with or without the number that
 * tells copies apart ("My assessment", "New assessment (2)"): results and comparisons of such
 * assessments cannot tell teams apart, so the site asks for a team name.
 */
export function hasDefaultName(name: string): boolean {
	const base = name.replace(/ \(\d+\)$/, '');
	return (DEFAULT_NAMES as readonly string[]).includes(base);
}

/** Where a skipped team-name question is remembered for the browser session (sessionStorage). */
export const NAME_SKIPPED_KEY = 'trustline:name-skipped';

/** What a skip is remembered for: the question when an assessment starts, or before sharing. */
export type NameQuestion = 'start' | 'share';

const skipMark = (question: NameQuestion, id: string | undefined) => `${question}:${id ?? 'new'}`;

/**
 * True when the team-name question was skipped earlier in this browser session for this
 * assessment (or, with no id, for the assessment not started yet): skipping means "not now" on
 * every page, not only the one where it was chosen. Storage that cannot be read asks again.
 */
export function nameSkipped(question: NameQuestion, id: string | undefined): boolean {
	try {
		const marks = sessionStorage.getItem(NAME_SKIPPED_KEY)?.split(' ') ?? [];
		return marks.includes(skipMark(question, id));
	} catch {
		return false;
	}
}

/** Remembers a skip for the rest of the browser session; storage that refuses it changes nothing. */
export function rememberNameSkipped(question: NameQuestion, id: string | undefined): void {
	try {
		const marks = sessionStorage.getItem(NAME_SKIPPED_KEY)?.split(' ') ?? [];
		const mark = skipMark(question, id);
		if (!marks.includes(mark))
			sessionStorage.setItem(NAME_SKIPPED_KEY, [...marks.slice(-19), mark].join(' '));
	} catch {
		// Private modes may refuse storage: the question is then asked again on the next page.
	}
}
