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

test('the stage descriptions of a question line up under their names at 1280 px', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await visit(page, '/assess/developer/');
	const question = page.locator('fieldset.q').first();
	const tops = await question.locator('.choice').evaluateAll((cards) =>
		cards
			.map((card) => ({
				card: card.getBoundingClientRect().top,
				name: card.querySelector('label')!.getBoundingClientRect().top,
				text: card.querySelector('.choice-desc')?.getBoundingClientRect().top,
			}))
			.filter((t) => t.text !== undefined)
	);
	expect(tops).toHaveLength(4);
	// Four cards in one row, each description starting at the same height, just under its name.
	for (const t of tops) {
		expect(Math.abs(t.card - tops[0]!.card)).toBeLessThanOrEqual(1);
		expect(Math.abs(t.text! - tops[0]!.text!)).toBeLessThanOrEqual(1);
		expect(t.text! - t.name).toBeLessThan(40);
	}
});

test('on a phone the questionnaire bar stays slim and keeps whole names for assistive technology', async ({
	page,
}) => {
	await page.setViewportSize({ width: 375, height: 812 });
	await visit(page, '/assess/developer/');
	const bar = page.getByRole('navigation', { name: 'Questionnaire' });
	await expect(bar.getByRole('button', { name: 'Next unanswered question' })).toBeVisible();
	await expect(bar.getByRole('link', { name: 'Developer environment 0/26' })).toBeVisible();
	const box = (await bar.boundingBox())!;
	expect(box.height).toBeLessThanOrEqual(812 / 6);
});

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
