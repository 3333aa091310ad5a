/**
 * Phones and first screens: no built page scrolls sideways at 375 px, the home page shows a
 * primary action without scrolling at a laptop's and a phone's size, and every internal link of
 * every page points at a page the build produced.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DIST, readHtml } from './site';
import { visit } from './helpers';

const pages = builtPages();

test.describe('at 375 px', () => {
	test.use({ viewport: { width: 375, height: 812 } });

	for (const { path } of pages) {
		test(`${path} does not scroll sideways`, async ({ page }) => {
			await visit(page, path);
			// Islands render after load; give them a moment, then measure the whole document.
			await page.waitForLoadState('networkidle');
			const overflow = await page.evaluate(() => {
				const width = document.documentElement.clientWidth;
				const wide = [...document.querySelectorAll('body *')]
					.filter((el) => {
						const box = el.getBoundingClientRect();
						return (
							box.width > 0 && box.right > width + 1 && !el.closest('.table-wrap, .tm-stage, pre')
						);
					})
					.slice(0, 3)
					.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
				return { scroll: document.documentElement.scrollWidth, width, wide };
			});
			expect(overflow.wide, 'elements wider than the screen').toEqual([]);
			expect(overflow.scroll).toBeLessThanOrEqual(overflow.width);
		});
	}
});

for (const viewport of [
	{ width: 1280, height: 900 },
	{ width: 375, height: 812 },
]) {
	test(`the home page shows its primary actions in the first screen at ${viewport.width}x${viewport.height}`, async ({
		page,
	}) => {
		await page.setViewportSize(viewport);
		await visit(page, '/');
		for (const name of [
			'Start the quick check',
			'Start the full assessment',
			'Onboard a new developer',
		]) {
			const link = page.getByRole('link', { name });
			await expect(link).toBeVisible();
			const box = (await link.boundingBox())!;
			expect(box.y + box.height, name).toBeLessThanOrEqual(viewport.height);
		}
	});
}

test('every internal link of every built page points at a built page', () => {
	const broken: string[] = [];
	for (const { path, file } of pages) {
		for (const [, href] of readHtml(file).matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
			if (!href || !href.startsWith('/') || href.startsWith('//')) continue;
			const target = href.replace(/[?#].*$/, '');
			const onDisk = target.endsWith('/') ? join(DIST, target, 'index.html') : join(DIST, target);
			if (!existsSync(onDisk)) broken.push(`${path} -> ${href}`);
		}
	}
	expect(broken).toEqual([]);
});
