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
