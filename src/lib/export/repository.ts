/**
 * The "GitHub repository (owner/name)" field's check. Its own small module, so the results page
 * can check the field as it is typed without loading the exporters.
 */
import { cleanName } from '../text';

/** The example the repository field's messages give. */
export const REPOSITORY_EXAMPLE = 'contoso/payments';

/** What the repository field holds once checked. */
export type RepositoryCheck = { ok: true; repository: string } | { ok: false; message: string };

/** An account name: letters, digits and single hyphens, not at either end, at most 39. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** A repository name: letters, digits, ".", "-" and "_", at most 100, never "." or "..". */
const NAME = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/;

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
	const parts = path.split('/');
	const [owner = '', name = ''] = parts;
	if (parts.length !== 2 || !OWNER.test(owner) || !NAME.test(name)) {
		return {
			ok: false,
			message: `“${cleanName(text)}” is not a GitHub repository: ${hint}`,
		};
	}
	return { ok: true, repository: `${owner}/${name}` };
}
