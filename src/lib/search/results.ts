/**
 * Site search: which pages are indexed under which type, and how Pagefind's results become groups
 * a reader scans (guides, controls, threats, environments, training) with excerpts rendered as
 * text. Pure functions, no DOM; the index itself is built by Pagefind after `astro build`
 * (src/integrations/pagefind.ts).
 */

/** The kinds of page the search covers, in the order their groups are shown. */
export const SEARCH_TYPES = ['Guides', 'Controls', 'Threats', 'Environments', 'Training'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The name of the Pagefind filter that carries a page's type. */
export const TYPE_FILTER = 'type';

/** Most results whose details are loaded for one query: each costs a fragment request, and
 * grouping by type needs enough of them for the smaller groups to show. */
export const MAX_RESULTS = 100;

/** The one Pagefind result field this module reads, as `data()` resolves it. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[] | undefined>;
}

/** One result as the search page lists it. */
export interface SearchHit {
	url: string;
	title: string;
	/** The excerpt as text runs, the query's words marked. */
	excerpt: ExcerptPart[];
}

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

export interface SearchGroup {
	type: SearchType;
	hits: SearchHit[];
}

export function isSearchType(x: unknown): x is SearchType {
	return typeof x === 'string' && (SEARCH_TYPES as readonly string[]).includes(x);
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	'#39': "'",
	'#x27': "'",
	nbsp: '\u00a0',
};

/** Decodes the few entities Pagefind writes into excerpts; anything else stays as written. */
function decodeEntities(text: string): string {
	return text.replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole);
}

/**
 * Pagefind's excerpt (escaped text with `<mark>` around matches) as text runs. Nothing in it is
 * ever rendered as HTML: a crafted page or query could only ever produce text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const push = (text: string, mark: boolean) => {
		const decoded = decodeEntities(text.replace(/<[^>]*>/g, ''));
		if (!decoded) return;
		const last = parts.at(-1);
		if (last && last.mark === mark) last.text += decoded;
		else parts.push({ text: decoded, mark });
	};
	let rest = excerpt;
	while (rest) {
		const open = rest.indexOf('<mark>');
		if (open < 0) {
			push(rest, false);
			break;
		}
		push(rest.slice(0, open), false);
		const close = rest.indexOf('</mark>', open + 6);
		const end = close < 0 ? rest.length : close;
		push(rest.slice(open + 6, end), true);
		rest = close < 0 ? '' : rest.slice(close + 7);
	}
	return parts;
}

/** The page's type from its filters; pages without a known type are listed under Guides. */
export function typeOf(data: PagefindResultData): SearchType {
	const value = data.filters?.[TYPE_FILTER]?.[0];
	return isSearchType(value) ? value : 'Guides';
}

/** The page's title: Pagefind's meta title, else its address. */
export function titleOf(data: PagefindResultData): string {
	const title = data.meta['title']?.trim();
	return title || data.url;
}

/**
 * Results in Pagefind's order (best first) grouped by type, groups in SEARCH_TYPES order, empty
 * groups left out. A page found twice (Pagefind merges, but a custom record can share a page) is
 * listed once.
 */
export function groupResults(results: readonly PagefindResultData[]): SearchGroup[] {
	const byType = new Map<SearchType, SearchHit[]>();
	const seen = new Set<string>();
	for (const data of results) {
		if (seen.has(data.url)) continue;
		seen.add(data.url);
		const type = typeOf(data);
		const hits = byType.get(type) ?? [];
		hits.push({ url: data.url, title: titleOf(data), excerpt: excerptParts(data.excerpt) });
		byType.set(type, hits);
	}
	return SEARCH_TYPES.filter((type) => byType.has(type)).map((type) => ({
		type,
		hits: byType.get(type) ?? [],
	}));
}

/** What the status line says after a search, e.g. `12 results for "token"`. */
export function resultsSummary(query: string, total: number, shown: number): string {
	const q = query.trim();
	if (!q) return 'Type a word to search the guides, controls, threats, environments and training.';
	if (total === 0) return `No results for "${q}". Try another word or a shorter one.`;
	const count = `${total} ${total === 1 ? 'result' : 'results'} for "${q}"`;
	return shown < total ? `${count}; the best ${shown} are shown.` : `${count}.`;
}

/** The query as the search page's address carries it: `?q=…`, trimmed, empty when absent. */
export function queryOf(search: string): string {
	return (new URLSearchParams(search).get('q') ?? '').trim().slice(0, 200);
}
