import { expect, test } from '@playwright/test';
import { axeViolations, visit } from './helpers';

const KEY = 'trustline:assessments';

test('answers a whole assessment by keyboard alone and keeps every answer after a reload', async ({
	page,
}) => {
	const { problems } = await visit(page, '/assess/');
	const groups = page.locator('fieldset.q');
	const count = await groups.count();
	expect(count).toBeGreaterThanOrEqual(60);
	// Wait until the questionnaire script has connected (it marks progress).
	await expect(page.getByText(`0 of ${count} questions answered`)).toBeVisible();

	await page.getByRole('link', { name: 'Skip to content' }).focus();
	const expected: string[] = [];
	for (let i = 0; i < count; i++) {
		const group = groups.nth(i);
		const code = await group.getAttribute('data-code');
		// Tab forward until focus lands on this control's radio group.
		for (let guard = 0; guard < 40; guard++) {
			await page.keyboard.press('Tab');
			const inGroup = await page.evaluate(
				(c) =>
					document.activeElement?.closest('fieldset.q')?.getAttribute('data-code') === c &&
					(document.activeElement as HTMLInputElement).type === 'radio',
				code
			);
			if (inGroup) break;
		}
		expect(
			await page.evaluate(() =>
				document.activeElement?.closest('fieldset.q')?.getAttribute('data-code')
			)
		).toBe(code);
		await page.keyboard.press('Space');
		// Cycle through the answers: Traditional, Initial, Advanced, Optimal, Not applicable, Don't know.
		const steps = i % 6;
		for (let s = 0; s < steps; s++) await page.keyboard.press('ArrowDown');
		expected.push(['0', '1', '2', '3', 'na', 'unknown'][steps] as string);
	}
	await expect(page.getByText(`${count} of ${count} questions answered`)).toBeVisible();

	await page.reload();
	await expect(page.getByText(`${count} of ${count} questions answered`)).toBeVisible();
	const kept = await groups.evaluateAll((sets) =>
		sets.map(
			(s) =>
				(s.querySelector('input[type="radio"]:checked') as HTMLInputElement | null)?.value ?? null
		)
	);
	expect(kept).toEqual(expected);
	expect(problems).toEqual([]);
});

test('names each radio group after its question and each radio after its stage', async ({
	page,
}) => {
	await visit(page, '/assess/');
	const first = page.locator('fieldset.q').first();
	const question = (await first.locator('legend').textContent())?.trim() ?? '';

	const group = page.getByRole('group', { name: question, exact: true });

	for (const name of [
		'Traditional',
		'Initial',
		'Advanced',
		'Optimal',
		'Not applicable',
		"Don't know",
	]) {
		await expect(group.getByRole('radio', { name, exact: true })).toHaveCount(1);
	}
});

test('keeps notes, asks for an N/A reason, and clears an answer', async ({ page }) => {
	const { problems } = await visit(page, '/assess/');
	const group = page.locator('fieldset.q').first();
	await group.getByRole('radio', { name: 'Not applicable', exact: true }).check();
	await group.getByLabel('Why it does not apply (optional)').fill('We ship no code of our own');
	await group.getByText('Notes and evidence').click();
	await group.getByLabel('Notes or evidence (optional)').fill('Checked with the platform team');

	await page.reload();

	await expect(group.getByRole('radio', { name: 'Not applicable', exact: true })).toBeChecked();
	await expect(group.getByLabel('Why it does not apply (optional)')).toHaveValue(
		'We ship no code of our own'
	);
	await expect(group.getByLabel('Notes or evidence (optional)')).toHaveValue(
		'Checked with the platform team'
	);
	await group.getByRole('button', { name: /Clear answer/ }).click();
	await expect(group.getByRole('radio', { checked: true })).toHaveCount(0);
	expect(problems).toEqual([]);
});

test('creates, renames, duplicates, switches and deletes assessments with undo', async ({
	page,
}) => {
	await visit(page, '/assess/');
	await page
		.locator('fieldset.q')
		.first()
		.getByRole('radio', { name: 'Optimal', exact: true })
		.check();
	await page.getByRole('button', { name: 'Rename' }).click();
	await page.getByLabel('Assessment name').fill('Payments team');
	await page.getByRole('button', { name: 'Save name' }).click();
	await expect(page.getByText('Answering as Payments team')).toBeVisible();

	await page.getByRole('button', { name: 'Duplicate' }).click();
	await expect(page.getByText('Answering as Payments team (copy)')).toBeVisible();
	await expect(
		page.locator('fieldset.q').first().getByRole('radio', { name: 'Optimal', exact: true })
	).toBeChecked();

	await page.getByRole('button', { name: 'New assessment' }).click();
	await expect(page.getByText('Answering as New assessment')).toBeVisible();
	await expect(page.locator('fieldset.q input:checked')).toHaveCount(0);

	await page.getByLabel('Active assessment').selectOption({ label: 'Payments team' });
	await expect(page.getByText('Answering as Payments team', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('status')).toContainText('Deleted “Payments team”');
	await page.getByRole('button', { name: 'Undo delete' }).click();
	await expect(page.getByLabel('Active assessment')).toContainText('Payments team');
	await expect(page.getByText('Answering as Payments team', { exact: true })).toBeVisible();
});

test('keeps corrupted saved data aside, tells the user and keeps working', async ({ page }) => {
	await visit(page, '/assess/');
	const damaged = '{"schema":2,"activeId":"x","assessments":[{"id":"x"';
	await page.evaluate(
		([key, value]) => localStorage.setItem(key as string, value as string),
		[KEY, damaged]
	);
	const { problems } = await visit(page, '/assess/');

	const alert = page.getByRole('alert');
	await expect(alert).toContainText('could not be read');
	const backups = await page.evaluate(() =>
		Object.keys(localStorage)
			.filter((k) => k.startsWith('trustline:backup:'))
			.map((k) => localStorage.getItem(k))
	);
	expect(backups).toContain(damaged);
	const download = page.waitForEvent('download');
	await alert.getByRole('button', { name: 'Download the unreadable data' }).click();
	expect((await download).suggestedFilename()).toBe('trustline-unreadable-data.json');

	await page
		.locator('fieldset.q')
		.first()
		.getByRole('radio', { name: 'Initial', exact: true })
		.check();
	await page.reload();
	await expect(
		page.locator('fieldset.q').first().getByRole('radio', { name: 'Initial', exact: true })
	).toBeChecked();
	expect(problems).toEqual([]);
});

test('migrates an assessment saved in the older single-assessment format', async ({ page }) => {
	await visit(page, '/assess/');
	const code = await page.locator('fieldset.q').first().getAttribute('data-code');
	await page.evaluate(
		([key, c]) =>
			localStorage.setItem(
				key as string,
				JSON.stringify({ schema: 1, name: 'Old team', bank: 1, answers: { [c as string]: 3 } })
			),
		[KEY, code]
	);
	await visit(page, '/assess/');

	await expect(page.getByRole('status').filter({ hasText: 'upgraded' })).toBeVisible();
	await expect(page.getByText('Answering as Old team')).toBeVisible();
	await expect(
		page.locator('fieldset.q').first().getByRole('radio', { name: 'Optimal', exact: true })
	).toBeChecked();
});

test('passes axe after answering and opening notes', async ({ page }) => {
	await visit(page, '/assess/');
	const group = page.locator('fieldset.q').first();
	await group.getByRole('radio', { name: 'Not applicable', exact: true }).check();
	await group.getByText('Notes and evidence').click();
	expect(await axeViolations(page)).toEqual([]);
});

test('keeps two open tabs in sync', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await visit(first, '/assess/');
	await visit(second, '/assess/');

	await first
		.locator('fieldset.q')
		.first()
		.getByRole('radio', { name: 'Advanced', exact: true })
		.check();

	await expect(
		second.locator('fieldset.q').first().getByRole('radio', { name: 'Advanced', exact: true })
	).toBeChecked();
	await expect(second.getByText(/^1 of \d+ questions answered/)).toBeVisible();
});
