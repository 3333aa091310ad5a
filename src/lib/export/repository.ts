/**
 * The "GitHub repository (owner/name)" field's check, part of the tracker panel's chunk.
 */
import { cleanName } from '../text';

/**
 * A GitHub repository as "owner/name". The owner: at most 39 letters, digits and single hyphens,
 * not at either end. The name: 1 to 100 letters, digits, ".", "-" and "_", never "." or "..".
 */
const GITHUB_REPOSITORY = /^(?=[^/]{1,39}\/)[a-z\d](?:-?[a-z\d])*\/(?!\.\.?$)[\w.-]{1,100}$/i;

/**
 * Whether `text` is a GitHub repository as `parseRepository` returns it, "owner/name": what the
 * tracker panel checks a saved or imported repository with before using it. (Reading saved
 * data only cleans it as text, so the pages that read assessments do not load this rule.)
 */
export function isRepository(text: unknown): text is string {
	return typeof text === 'string' && GITHUB_REPOSITORY.test(text);
}

/** The example the repository field's messages give. */
export const REPOSITORY_EXAMPLE = 'contoso/payments';

/** What the repository field holds once checked. */
export type RepositoryCheck = { ok: true; repository: string } | { ok: false; message: string };

/**
 * Reads the repository field: "owner/name", or the repository's address as a browser or `git
 * clone` shows it (`https://github.com/owner/name`, with or without `.git` or a trailing slash).
 * Every refusal says what to enter instead.
 */
export function parseRepository(input: string): RepositoryCheck {
	const text = input.trim();
	const hint = `enter it as owner/name, for example ${REPOSITORY_EXAMPLE}.`;
	if (text === '') return { ok: false, message: `Enter the GitHub repository: ${hint}` };
	const path = text
		.replace(/^(?:https?:\/\/)?(?:www\.)?github\.com\//i, '')
		.replace(/\/+$/, '')
		.replace(/\.git$/i, '');
	// A scheme, or a host name before owner/name ("gitlab.com/owner/name"): another site.
	if (/^[a-z][a-z0-9+.-]*:/i.test(path) || /^[^/]+\.[^/]+\/[^/]+\/[^/]+$/.test(path)) {
		return { ok: false, message: `Only repositories on github.com can be used: ${hint}` };
	}
	if (!isRepository(path)) {
		return {
			ok: false,
			message: `“${cleanName(text)}” is not a GitHub repository: ${hint}`,
		};
	}
	return { ok: true, repository: path };
}
