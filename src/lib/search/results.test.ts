import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	excerptParts,
	groupResults,
	queryOf,
	resultsSummary,
	SEARCH_TYPES,
	type PagefindResultData,
} from './results';

const hit = (url: string, type: string | undefined, title = url): PagefindResultData => ({
	url,
	excerpt: `about <mark>${title}</mark>`,
	meta: { title },
	filters: type ? { type: [type] } : {},
});

describe('excerptParts', () => {
	test('returns marked and plain runs from Pagefind’s excerpt', () => {
		expect(excerptParts('rotate <mark>tokens</mark> every <mark>day</mark>.')).toEqual([
			{ text: 'rotate ', mark: false },
			{ text: 'tokens', mark: true },
			{ text: ' every ', mark: false },
			{ text: 'day', mark: true },
			{ text: '.', mark: false },
		]);
	});

	test('decodes the entities Pagefind escapes and keeps other markup as nothing', () => {
		expect(
			excerptParts('a &lt;b&gt; &amp; <mark>c&#39;s</mark><img src=x onerror=alert(1)>')
		).toEqual([
			{ text: 'a <b> & ', mark: false },
			{ text: "c's", mark: true },
		]);
	});

	test('returns text for an unclosed mark', () => {
		expect(excerptParts('x <mark>y')).toEqual([
			{ text: 'x ', mark: false },
			{ text: 'y', mark: true },
		]);
	});

	test('never yields a tag, whatever the excerpt holds', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				for (const part of excerptParts(s)) {
					expect(part.text).not.toBe('');
					expect(part.text).not.toMatch(/<\/?mark>/);
				}
			})
		);
	});
});

describe('groupResults', () => {
	test('returns groups in the fixed type order, best result first within each', () => {
		const groups = groupResults([
			hit('/threats/a/', 'Threats'),
			hit('/guides/b/', 'Guides'),
			hit('/learn/c/', 'Training'),
			hit('/guides/d/', 'Guides'),
			hit('/guides/e/#control-facts', 'Controls'),
		]);
		expect(groups.map((g) => g.type)).toEqual(['Guides', 'Controls', 'Threats', 'Training']);
		expect(groups[0]?.hits.map((h) => h.url)).toEqual(['/guides/b/', '/guides/d/']);
	});

	test('lists a page without a known type under Guides, and a page found twice once', () => {
		const groups = groupResults([
			hit('/x/', 'Other'),
			hit('/y/', undefined),
			hit('/x/', 'Threats'),
		]);
		expect(groups).toHaveLength(1);
		expect(groups[0]?.hits.map((h) => h.url)).toEqual(['/x/', '/y/']);
	});

	test('uses the address when a page has no title', () => {
		const groups = groupResults([{ url: '/a/', excerpt: '', meta: {} }]);
		expect(groups[0]?.hits[0]?.title).toBe('/a/');
	});

	test('knows the five types the issue names', () => {
		expect(SEARCH_TYPES).toEqual(['Guides', 'Controls', 'Threats', 'Environments', 'Training']);
	});
});

describe('resultsSummary', () => {
	test.each([
		['', 0, 0, 'Type a word to search the guides, controls, threats, environments and training.'],
		['zz', 0, 0, 'No results for "zz". Try another word or a shorter one.'],
		['token', 1, 1, '1 result for "token".'],
		['token', 12, 12, '12 results for "token".'],
		['token', 160, 100, '160 results for "token"; the best 100 are shown.'],
	])('returns the words for %j with %i found', (query, total, shown, words) => {
		expect(resultsSummary(query, total, shown)).toBe(words);
	});
});

describe('queryOf', () => {
	test('returns the trimmed q parameter, or nothing', () => {
		expect(queryOf('?q=+secret+scanning+')).toBe('secret scanning');
		expect(queryOf('')).toBe('');
		expect(queryOf(`?q=${'a'.repeat(500)}`)).toHaveLength(200);
	});
});
