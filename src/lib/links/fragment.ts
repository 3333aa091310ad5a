/**
 * Telling a result link in the page's fragment from an in-page anchor, for every page that opens
 * result links from its address (threat model, gaps path). Tiny and free of dependencies, so it
 * goes into the shared 'base' chunk (astro.config.mjs) rather than a chunk of its own.
 */

/**
 * What a page's fragment is: nothing, an in-page anchor (the skip link's "#main", a link to a
 * threat in the list) or a result link to decode. Anything that names no element on the page is
 * treated as a result link, so a damaged link gets an explanation rather than silence.
 */
export function fragmentKind(
	hash: string,
	isAnchor: (id: string) => boolean
): 'none' | 'anchor' | 'result' {
	const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
	if (fragment === '') return 'none';
	let id: string;
	try {
		id = decodeURIComponent(fragment);
	} catch {
		// A malformed escape cannot be an element id; it is a (damaged) link.
		return 'result';
	}
	return isAnchor(id) ? 'anchor' : 'result';
}
