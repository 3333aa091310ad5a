import { expect, test } from '@playwright/test';
import { builtPages, readHtml } from './site';
import { visit } from './helpers';

// The first search starts Pagefind (its worker and WebAssembly), which takes a few seconds on a
// busy machine; later ones are instant.
const FIRST_SEARCH = { timeout: 20_000 };

const textOf = (html: string) =>
	html
		.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&[#\w]+;/g, ' ');

/**
 * A guide and a word that appears in its body and on no other page of the site (not in its
 * title, summary or control facts either), found in the built site so content edits cannot
 * break the test.
 */
function guideWithOwnWord(): { path: string; title: string; word: string } {
	const pages = builtPages().map(({ path, file }) => ({ path, html: readHtml(file) }));
	const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\b[a-z]{8,}\b/g) ?? []);
	const seen = new Map<string, number>();
	for (const page of pages)
		for (const word of wordsOf(textOf(page.html))) seen.set(word, (seen.get(word) ?? 0) + 1);
	for (const page of pages.filter((p) => /^\/guides\/[^/]+\/$/.test(p.path))) {
		const title = /<h1>([^<]+)<\/h1>/.exec(page.html)?.[1] ?? '';
		const article = /<article class="prose">([\s\S]*?)<\/article>/.exec(page.html)?.[1] ?? '';
		const body = article
			.replace(/<section[^>]*data-pagefind-ignore[\s\S]*?<\/section>/, ' ')
			.replace(/^[\s\S]*?<\/p>/, ' ');
		const head = wordsOf(textOf(page.html.split('<article')[0] ?? '') + title);
		for (const word of wordsOf(textOf(body)))
			if (seen.get(word) === 1 && !head.has(word)) return { path: page.path, title, word };
	}
	throw new Error('No guide has a word of its own.');
}

test('finds a guide by a word that appears only in its body', async ({ page }) => {
	const { path, title, word } = guideWithOwnWord();
	const { problems } = await visit(page, '/search/');

	await page
		.getByLabel('Search the guides, controls, threats, environments and training')
		.fill(word);

	await expect(page.locator('#search-status')).toContainText(`for "${word}"`, FIRST_SEARCH);
	const guides = page.getByRole('region', { name: /^Guides/ });
	await expect(guides.getByRole('link', { name: title })).toHaveAttribute('href', path);
	await expect(guides.locator('mark').first()).toBeVisible();
	expect(problems).toEqual([]);
});

test('groups results by type in a fixed order and keeps the query in the address', async ({
	page,
}) => {
	const { problems } = await visit(page, '/search/?q=token');

	const headings = page.locator('#search-results h2');
	await expect(headings.first()).toBeVisible(FIRST_SEARCH);
	const names = (await headings.allTextContents()).map((t) => t.replace(/\s*\(\d+\)$/, ''));
	const order = ['Guides', 'Controls', 'Threats', 'Environments', 'Training'];
	expect(names.length).toBeGreaterThanOrEqual(3);
	expect([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(names);
	await expect(page.getByRole('searchbox')).toHaveValue('token');
	// A control's result opens its facts on its guide.
	await expect(
		page
			.getByRole('region', { name: /^Controls/ })
			.getByRole('link')
			.first()
	).toHaveAttribute('href', /^\/guides\/[a-z0-9-]+\/#control-facts$/);
	expect(problems).toEqual([]);
});

test('works by keyboard: type, arrow down through the results, Enter opens one', async ({
	page,
}) => {
	await visit(page, '/search/');
	await page.keyboard.press('Tab'); // skip link
	const box = page.getByRole('searchbox');
	await box.focus();
	await page.keyboard.type('phishing');
	const first = page.locator('a.search-hit').first();
	await expect(first).toBeVisible(FIRST_SEARCH);

	await page.keyboard.press('ArrowDown');
	await expect(first).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('a.search-hit').nth(1)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(box).toBeFocused();

	await page.keyboard.press('ArrowDown');
	const href = await first.getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href?.replace(/#.*$/, '')}`));
});

test('says so when nothing matches', async ({ page }) => {
	await visit(page, '/search/?q=zzzzqqqq');
	await expect(page.locator('#search-status')).toHaveText(
		/No results for "zzzzqqqq"/,
		FIRST_SEARCH
	);
	await expect(page.locator('a.search-hit')).toHaveCount(0);
});

test('still searches on the page itself when Pagefind cannot start its worker', async ({
	page,
}) => {
	// The fallback compiles WebAssembly on the page: the one thing 'wasm-unsafe-eval' is there for.
	await page.route('**/pagefind/pagefind-worker.js', (route) => route.abort());
	const { problems } = await visit(page, '/search/?q=phishing');

	await expect(page.locator('a.search-hit').first()).toBeVisible(FIRST_SEARCH);
	expect(problems.filter((p) => !p.includes('pagefind-worker.js'))).toEqual([]);
});

test('allows WebAssembly on the search page only', async ({ page }) => {
	const policy = async (path: string) => {
		await page.goto(path);
		return page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	};
	expect(await policy('/search/')).toMatch(/script-src 'self' 'wasm-unsafe-eval' /);
	expect(await policy('/guides/')).not.toContain('wasm-unsafe-eval');
});
