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
