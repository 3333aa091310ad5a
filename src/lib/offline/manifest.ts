/**
 * The service worker's precache list: every file of the built site a reader may need offline,
 * each with a revision (a hash of its bytes), and the version that names the cache. Computed at
 * build time from dist/ (src/integrations/offline.ts); pure, so it is tested without a build.
 */

/** One file to precache: the address it is requested at and a hash of its content. */
export interface PrecacheEntry {
	url: string;
	revision: string;
}

/** What the worker is built with: the cache's version and its files. */
export interface Precache {
	version: string;
	entries: PrecacheEntry[];
}

/** The worker's own address: registered by every page, never precached itself. */
export const WORKER_URL = '/sw.js';

/**
 * Files a reader never requests: host configuration (_headers, staticwebapp.config.json), the
 * worker itself, and source maps. robots.txt and the favicon are small and harmless to keep.
 */
const EXCLUDED = [
	/^_headers$/,
	/^_redirects$/,
	/^staticwebapp\.config\.json$/,
	/^sw\.js$/,
	/\.map$/,
	/(^|\/)\./,
];

/** Whether a dist/ file (its path relative to dist/, with forward slashes) is precached. */
export function isPrecached(path: string): boolean {
	return !EXCLUDED.some((rule) => rule.test(path));
}

/**
 * The address a dist/ file is requested at: directory pages by their folder (`guides/x/index.html`
 * is `/guides/x/`, as `trailingSlash: 'always'` links them), everything else by its path.
 */
export function urlOfFile(path: string): string {
	if (path === 'index.html') return '/';
	if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
	return `/${path}`;
}

/**
 * The precache entries for some dist/ files, sorted by address so the list (and the version
 * computed from it) does not depend on the order the disk lists them in.
 */
export function precacheEntries(
	files: readonly { path: string; revision: string }[]
): PrecacheEntry[] {
	return files
		.filter((f) => isPrecached(f.path))
		.map((f) => ({ url: urlOfFile(f.path), revision: f.revision }))
		.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The text a cache version is hashed from: every address with its revision. */
export function versionSource(entries: readonly PrecacheEntry[]): string {
	return entries.map((e) => `${e.url} ${e.revision}`).join('\n');
}

/**
 * The address a request is answered from the precache by: without query or fragment (the search
 * page's `?q=` and result links' `#…` are read by the page), and with the trailing slash pages
 * are cached under when the path names no file.
 */
export function cacheKeyOf(url: URL): string {
	const path = url.pathname;
	if (path.endsWith('/') || /\.[a-z0-9_]+$/i.test(path.slice(path.lastIndexOf('/') + 1)))
		return path;
	return `${path}/`;
}
