import { describe, expect, test } from 'vitest';
import { cacheKeyOf, isPrecached, precacheEntries, urlOfFile, versionSource } from './manifest';

describe('urlOfFile', () => {
	test.each([
		['index.html', '/'],
		['guides/index.html', '/guides/'],
		['guides/protected-branches/index.html', '/guides/protected-branches/'],
		['404.html', '/404.html'],
		['_astro/client.abc.js', '/_astro/client.abc.js'],
		['pagefind/fragment/en_1.pf_fragment', '/pagefind/fragment/en_1.pf_fragment'],
	])('returns the address of %s', (path, url) => {
		expect(urlOfFile(path)).toBe(url);
	});
});

describe('isPrecached', () => {
	test.each([
		['_headers', false],
		['staticwebapp.config.json', false],
		['sw.js', false],
		['_astro/x.js.map', false],
		['.well-known/x', false],
		['index.html', true],
		['robots.txt', true],
		['learn/questions.json', true],
		['pagefind/wasm.en.pagefind', true],
	])('%s: %s', (path, kept) => {
		expect(isPrecached(path)).toBe(kept);
	});
});

describe('precacheEntries', () => {
	test('returns the kept files by address, sorted, whatever order the disk gave', () => {
		const files = [
			{ path: 'sw.js', revision: '1' },
			{ path: 'guides/index.html', revision: '2' },
			{ path: 'index.html', revision: '3' },
			{ path: '_astro/a.js', revision: '4' },
		];
		const entries = precacheEntries(files);
		expect(entries).toEqual([
			{ url: '/', revision: '3' },
			{ url: '/_astro/a.js', revision: '4' },
			{ url: '/guides/', revision: '2' },
		]);
		expect(versionSource(precacheEntries([...files].reverse()))).toBe(versionSource(entries));
	});

	test('changes the version source when one file changes', () => {
		const a = precacheEntries([{ path: 'index.html', revision: '1' }]);
		const b = precacheEntries([{ path: 'index.html', revision: '2' }]);
		expect(versionSource(a)).not.toBe(versionSource(b));
	});
});

describe('cacheKeyOf', () => {
	test.each([
		['https://x.test/', '/'],
		['https://x.test/search/?q=token', '/search/'],
		['https://x.test/results/#r.abc', '/results/'],
		['https://x.test/guides/protected-branches', '/guides/protected-branches/'],
		['https://x.test/_astro/a.B1.js', '/_astro/a.B1.js'],
		['https://x.test/pagefind/index/en_12.pf_index', '/pagefind/index/en_12.pf_index'],
	])('returns the cache key of %s', (url, key) => {
		expect(cacheKeyOf(new URL(url))).toBe(key);
	});
});
