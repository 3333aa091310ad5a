/**
 * The search page's script: runs Pagefind (written to dist/pagefind/ after the build) as the
 * reader types, and lists the results grouped by type. Plain DOM rather than a Preact island:
 * with Pagefind's own script the page must stay under 20 kB of JavaScript, and Preact alone would
 * take half of what is left. Every text is set with textContent; nothing is parsed as HTML.
 */
import {
	groupResults,
	MAX_RESULTS,
	queryOf,
	resultsSummary,
	type PagefindResultData,
	type SearchGroup,
} from '../lib/search/results';

/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
	options(options: { excerptLength?: number }): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

// Written by Pagefind after the build, so it is loaded at run time rather than bundled.
const PAGEFIND_URL = '/pagefind/pagefind.js';
const DELAY_MS = 200;

const form = document.querySelector<HTMLFormElement>('form.search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLElement>('#search-results');

let engine: Promise<Pagefind> | undefined;
const load = () =>
	(engine ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (pagefind: Pagefind) => {
		await pagefind.options({ excerptLength: 24 });
		return pagefind;
	}));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

function render(groups: SearchGroup[]) {
	if (!list) return;
	list.replaceChildren(
		...groups.map((group) => {
			const section = element('section');
			const id = `group-${group.type.toLowerCase()}`;
			section.setAttribute('aria-labelledby', id);
			const heading = element('h2', `${group.type} `);
			heading.id = id;
			heading.append(element('span', `(${group.hits.length})`, 'muted'));
			const ol = element('ol');
			for (const hit of group.hits) {
				const link = element('a', hit.title, 'search-hit');
				link.href = hit.url;
				const excerpt = element('p');
				excerpt.append(
					...hit.excerpt.map((part) => (part.mark ? element('mark', part.text) : part.text))
				);
				const li = element('li');
				li.append(link, excerpt);
				ol.append(li);
			}
			section.append(heading, ol);
			return section;
		})
	);
}

let latest = 0;
async function run(query: string) {
	const ticket = ++latest;
	const term = query.trim();
	const url = new URL(location.href);
	if (term) url.searchParams.set('q', term);
	else url.searchParams.delete('q');
	history.replaceState(null, '', url);
	if (!term) {
		render([]);
		if (status) status.textContent = resultsSummary('', 0, 0);
		return;
	}
	if (status && !list?.childElementCount) status.textContent = 'Searching…';
	try {
		const search = await (await load()).search(term);
		const results = search?.results ?? [];
		const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
		if (ticket !== latest) return;
		const groups = groupResults(data);
		render(groups);
		const shown = groups.reduce((n, g) => n + g.hits.length, 0);
		if (status) status.textContent = resultsSummary(term, results.length, shown);
	} catch {
		if (ticket === latest && status)
			status.textContent = 'The search could not be loaded. Reload the page to try again.';
	}
}

// Pagefind starts (its worker and WebAssembly) as soon as the reader reaches the box.
input?.addEventListener('focus', () => void load().catch(() => {}), { once: true });

let timer: ReturnType<typeof setTimeout> | undefined;
input?.addEventListener('input', () => {
	clearTimeout(timer);
	timer = setTimeout(() => void run(input.value), DELAY_MS);
});
form?.addEventListener('submit', (event) => {
	event.preventDefault();
	clearTimeout(timer);
	if (input) void run(input.value);
});

// The arrow keys move between the search box and the result links; Escape goes back to the box.
document.querySelector('.search')?.addEventListener('keydown', (event) => {
	const key = (event as KeyboardEvent).key;
	if (key !== 'ArrowDown' && key !== 'ArrowUp' && key !== 'Escape') return;
	const stops = [input, ...document.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
	const at = stops.indexOf(document.activeElement as HTMLAnchorElement);
	if (at < 0) return;
	const next = key === 'Escape' ? input : stops[key === 'ArrowDown' ? at + 1 : at - 1];
	if (!next) return;
	event.preventDefault();
	next.focus();
});

const initial = queryOf(location.search);
if (input && initial) {
	input.value = initial;
	void run(initial);
}
