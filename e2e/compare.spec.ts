import { expect, test, type Page } from '@playwright/test';
import type { AnswerValue } from '../src/lib/model';
import { encodeResult, type SharedResult } from '../src/lib/share';
import { realBank } from '../src/test/content';
import { axeViolations, visit } from './helpers';

const bank = realBank();
const VALUES: AnswerValue[] = [0, 1, 2, 3, 'na', 'unknown'];

/** A full result whose answers cycle through every value, shifted per team; control 0 is pinned. */
function result(name: string, shift: number, first: AnswerValue): SharedResult {
	const answers: SharedResult['answers'] = {};
	bank.controls.forEach((c, i) => {
		answers[String(c.code)] = { value: i === 0 ? first : VALUES[(i + shift) % VALUES.length]! };
	});
	return {
		bankVersion: bank.version,
		name,
		date: '2026-11-20',
		targets: { developer: 2, platform: 2, application: 2 },
		answers,
	};
}

const TEAMS = [
	result('Payments team', 0, 0),
	result('Platform team', 2, 3),
	result('Mobile team', 4, 1),
];
// Traditional, Optimal and Initial on the first control: three stages apart, so "Discuss".
const DISCUSSED = bank.controls[0]!.title;

/** The result names in the Scores table's header, in column order. */
async function columnNames(page: Page): Promise<string[]> {
	return page.locator('table.compare-scores thead th').allInnerTexts();
}

test('compares three shared results, reports a damaged link, flags a control to discuss and reopens the comparison link', async ({
	page,
	browser,
	baseURL,
}) => {
	const fragments = await Promise.all(TEAMS.map((team) => encodeResult(team, bank)));
	const links = fragments.map((f) => `${baseURL}/results/#${f}`);
	// One character changed in the middle: the checksum no longer matches.
	const broken = fragments[1]!;
	const at = Math.floor(broken.length / 2);
	const damaged = `${baseURL}/results/#${broken.slice(0, at)}${broken[at] === 'A' ? 'B' : 'A'}${broken.slice(at + 1)}`;

	const { problems } = await visit(page, '/compare/');
	await page
		.getByLabel('Result links, one per line')
		.fill([links[0], links[1], damaged, links[2]].join('\n'));
	await page.getByRole('button', { name: 'Add these results' }).click();

	const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
	await expect(alert).toContainText('One entry could not be read');
	await expect(alert).toContainText('Line 3');
	await expect(alert).toContainText('damaged');
	expect(await columnNames(page)).toEqual([
		'Environment',
		'Payments team',
		'Platform team',
		'Mobile team',
	]);

	const row = page.locator('table.control-grid tbody tr', { hasText: DISCUSSED });
	await expect(row).toContainText('Discuss');
	await expect(row.locator('td').nth(0)).toHaveText('Traditional');
	await expect(row.locator('td').nth(1)).toHaveText('Optimal');

	// Sort by spread with the keyboard alone: the control to discuss comes first.
	await page.getByLabel('Group by environment and capability').uncheck();
	await page.getByRole('button', { name: /^Spread/ }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('columnheader', { name: /^Spread/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	await expect(page.locator('table.control-grid tbody tr').first()).toContainText('Discuss');

	// A column is renamed; the new name travels in the comparison link.
	const shareField = page.getByLabel('Comparison link');
	await expect(shareField).toHaveValue(/\/compare\/#c\./);
	const before = await shareField.inputValue();
	await page.getByLabel('Name of column 3').fill('Mobile apps');
	await expect(shareField).not.toHaveValue(before);
	await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#c\./);
	const shareLink = await shareField.inputValue();
	expect(shareLink.length).toBeLessThan(2000);

	expect(await axeViolations(page)).toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await axeViolations(page)).toEqual([]);
	expect(problems).toEqual([]);

	// A fresh browser context (no storage, no history) opens the link and sees the same columns.
	const context = await browser.newContext();
	try {
		const fresh = await context.newPage();
		const reopened = await visit(fresh, shareLink);
		await expect(fresh.locator('table.compare-scores')).toBeVisible();
		expect(await columnNames(fresh)).toEqual([
			'Environment',
			'Payments team',
			'Platform team',
			'Mobile apps',
		]);
		await expect(
			fresh.locator('table.control-grid tbody tr', { hasText: DISCUSSED })
		).toContainText('Discuss');
		expect(reopened.problems).toEqual([]);
	} finally {
		await context.close();
	}
});

test('takes a snapshot of the active assessment and compares it with the current answers', async ({
	page,
}) => {
	const { problems } = await visit(page, '/results/');
	const fragment = await encodeResult(TEAMS[0]!, bank);
	await page.goto(`/results/#${fragment}`);
	await page.getByRole('button', { name: 'Save as my assessment' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Saved as your assessment' })
	).toBeVisible();

	await page.goto('/compare/');
	// Saving the shared result took the first snapshot.
	await expect(page.getByRole('table', { name: /Snapshots \(1\)/ })).toContainText(
		'Saved from a shared result'
	);
	await page.getByRole('button', { name: /Take a snapshot of “Payments team” now/ }).click();
	await expect(page.getByRole('table', { name: /Snapshots \(2\)/ })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Score change per environment' })).toContainText(
		'no change'
	);
	expect(await axeViolations(page)).toEqual([]);
	expect(problems).toEqual([]);
});

test('presents the compared results in workshop mode', async ({ page, baseURL }) => {
	const links = await Promise.all(
		TEAMS.map(async (team) => `${baseURL}/results/#${await encodeResult(team, bank)}`)
	);
	const { problems } = await visit(page, '/compare/');
	const present = page.getByRole('link', { name: 'Present these results' });
	await page.getByLabel('Result links, one per line').fill(links[0]!);
	await page.getByRole('button', { name: 'Add these results' }).click();
	await expect(page.locator('table.compare-scores')).toBeVisible();
	// One result is nothing to discuss.
	await expect(present).toHaveCount(0);

	await page.getByLabel('Result links, one per line').fill(links.slice(1).join('\n'));
	await page.getByRole('button', { name: 'Add these results' }).click();
	await expect(present).toHaveAttribute('href', /^\/workshop\/#c\./);
	// The page writes the comparison into its own address and redraws from it; follow the link
	// once that has settled.
	const fragment = (await present.getAttribute('href'))!.replace('/workshop/', '');
	await expect(page).toHaveURL(
		new RegExp(`/compare/${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
	);
	await present.click();

	await expect(page).toHaveURL(/\/workshop\/#c\./);
	await expect(
		page.getByText('3 participants: Payments team, Platform team, Mobile team.')
	).toBeVisible();
	await expect(page.locator('#ws-heading')).toHaveText(/^\d+ controls? to settle$/);
	await page.getByRole('button', { name: 'Start with the first control' }).click();
	await expect(page.locator('#ws-heading')).toHaveText(DISCUSSED);
	await expect(page.locator('.ws-answers li')).toHaveText([
		'Payments team: Traditional',
		'Platform team: Optimal',
		'Mobile team: Initial',
	]);
	expect(problems).toEqual([]);
});

test('ignores a link already added, with a notice', async ({ page, baseURL }) => {
	const [payments, platform] = await Promise.all(
		TEAMS.slice(0, 2).map(async (team) => `${baseURL}/results/#${await encodeResult(team, bank)}`)
	);
	const { problems } = await visit(page, '/compare/');
	const field = page.getByLabel('Result links, one per line');
	const add = page.getByRole('button', { name: 'Add these results' });
	await field.fill([payments, payments].join('\n'));
	await add.click();
	const status = page.locator('p.entry-status[role="status"]');
	await expect(status).toHaveText(
		'1 result added. “Payments team” is already in the comparison and was ignored.'
	);
	await field.fill([platform, payments].join('\n'));
	await add.click();
	await expect(status).toHaveText(
		'1 result added. “Payments team” is already in the comparison and was ignored.'
	);
	expect(await columnNames(page)).toEqual(['Environment', 'Payments team', 'Platform team']);
	expect(problems).toEqual([]);
});

test('resumes the last comparison after navigating away, and keeps a snapshot of one', async ({
	page,
	baseURL,
}) => {
	const links = await Promise.all(
		TEAMS.map(async (team) => `${baseURL}/results/#${await encodeResult(team, bank)}`)
	);
	const { problems } = await visit(page, '/compare/');
	await page.getByLabel('Result links, one per line').fill(links.join('\n'));
	await page.getByRole('button', { name: 'Add these results' }).click();
	await page.getByLabel('Name of column 3').fill('Mobile apps');
	const shareField = page.getByLabel('Comparison link', { exact: true });
	await expect(shareField).toHaveValue(/#c\./);
	await expect.poll(() => shareField.inputValue()).not.toBe('');
	const renamed = await shareField.inputValue();
	await page.getByRole('button', { name: 'Take a snapshot of this comparison' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Snapshot of this comparison' })
	).toHaveText(/^Snapshot of this comparison \(3 results\) taken .+ UTC\./);

	// Away (by a link, as a user would) and back to an empty page: the last comparison is offered.
	await page.getByRole('link', { name: 'Results', exact: true }).first().click();
	await expect(page).toHaveURL(/\/results\/$/);
	await page.goto('/compare/');
	await expect(page.locator('table.compare-scores')).toHaveCount(0);
	const resume = page.getByRole('button', { name: 'Resume the last comparison' });
	await expect(page.locator('.card').filter({ has: resume })).toContainText(
		'Your last comparison (3 results: Payments team, Platform team, Mobile apps)'
	);
	await resume.click();
	expect(await columnNames(page)).toEqual([
		'Environment',
		'Payments team',
		'Platform team',
		'Mobile apps',
	]);
	await expect(shareField).toHaveValue(renamed);
	// The columns still say where each result came from.
	await expect(page.locator('table.result-list tbody tr').first()).toContainText('Result link');

	// The snapshot is listed under "Over time"; adding it back adds nothing already there.
	const snapshots = page.getByRole('table', { name: 'Snapshots of comparisons (1)' });
	await expect(snapshots).toContainText('3: Payments team, Platform team, Mobile apps');
	await snapshots.getByRole('button', { name: /^Add to the comparison/ }).click();
	await expect(page.locator('p.entry-status[role="status"]')).toHaveText(
		/^0 results added\. 3 results are already in the comparison and were ignored/
	);
	expect(await axeViolations(page)).toEqual([]);
	expect(problems).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 812 } });

	test('keeps the control names in view while the results scroll, and the page never scrolls sideways', async ({
		page,
		baseURL,
	}) => {
		const links = await Promise.all(
			TEAMS.map(async (team) => `${baseURL}/results/#${await encodeResult(team, bank)}`)
		);
		const { problems } = await visit(page, '/compare/');
		await page.getByLabel('Result links, one per line').fill(links.join('\n'));
		await page.getByRole('button', { name: 'Add these results' }).click();
		const grid = page.locator('table.control-grid');
		const row = grid.locator('tbody tr', { hasText: DISCUSSED });
		await row.scrollIntoViewIfNeeded();

		// The control and the first team's answer are both on screen.
		const name = row.locator('th');
		const first = row.locator('td').nth(0);
		await expect(first).toHaveText('Traditional');
		const screen = page.viewportSize()!.width;
		for (const cell of [name, first]) {
			const box = (await cell.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(screen);
		}

		// Scrolled sideways to the last team, the control's name stays where it was.
		const before = (await name.boundingBox())!;
		const third = row.locator('td').nth(2);
		await third.scrollIntoViewIfNeeded();
		await expect(third).toHaveText('Initial');
		expect(await grid.locator('xpath=..').evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
		expect((await name.boundingBox())!.x).toBe(before.x);
		const last = (await third.boundingBox())!;
		expect(last.x + last.width).toBeLessThanOrEqual(screen);

		const page_ = await page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			width: document.documentElement.clientWidth,
		}));
		expect(page_.scroll).toBeLessThanOrEqual(page_.width);
		expect(problems).toEqual([]);
	});
});
