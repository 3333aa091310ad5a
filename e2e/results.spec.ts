import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ASSESSMENTS_KEY, axeViolations, saveAssessment, visit } from './helpers';
import { realBank } from '../src/test/content';

const KEY = ASSESSMENTS_KEY;

/** Saves an assessment in the page's storage with every control answered by a repeating pattern. */
async function seedFullAssessment(page: Page, name = 'Payments team') {
	// Every current question, in questionnaire order, answered against the current bank version.
	const bank = realBank();
	const values = [0, 1, 2, 3, 'na', 'unknown', 2, 3];
	const answers = Object.fromEntries(
		bank.controls.map((c, i) => [String(c.code), { value: values[i % values.length] }])
	);
	await saveAssessment(page, { name, bankVersion: bank.version, answers });
}

async function scoresText(page: Page) {
	const table = page.getByRole('table', { name: 'Scores' });
	await expect(table).toBeVisible();
	return table.locator('tbody tr').allInnerTexts();
}

test('shows the scores, stages, exposure and next actions of a finished assessment', async ({
	page,
}) => {
	await seedFullAssessment(page);
	const { problems } = await visit(page, '/results/');

	const rows = await scoresText(page);
	expect(rows).toHaveLength(4);
	expect(rows[3]).toContain('Overall');
	await expect(page.getByRole('heading', { name: 'Why each stage' })).toBeVisible();
	await expect(
		page
			.getByRole('table', { name: /Threat exposure/ })
			.locator('tbody tr')
			.first()
	).toBeVisible();
	await expect(page.locator('.roadmap li')).toHaveCount(10);
	await expect(page.getByRole('link', { name: 'Learn what your gaps mean' })).toHaveAttribute(
		'href',
		'/learn/gaps/'
	);
	await expect(page.getByRole('img', { name: /Bar chart of the Scores table/ })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	expect(problems).toEqual([]);
});

test('opens the share link read-only in a fresh browser and shows the same scores', async ({
	page,
	browser,
}) => {
	await seedFullAssessment(page);
	await visit(page, '/results/');
	const ownScores = await scoresText(page);
	const field = page.getByRole('textbox', { name: 'Share link' });
	await expect(field).toHaveValue(/\/results\/#r\./);
	const link = await field.inputValue();
	expect(new URL(link).hash.length - 1).toBeLessThanOrEqual(80);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	const { problems } = await visit(other, link);

	await expect(other.getByRole('heading', { name: 'Shared result: Payments team' })).toBeVisible();
	expect(await scoresText(other)).toEqual(ownScores);
	await other.getByRole('button', { name: 'Save as my assessment' }).click();
	await expect(other.getByText('Saved as your assessment “Payments team”')).toBeVisible();
	const saved = await other.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
	expect(saved.assessments[0].name).toBe('Payments team');
	expect(problems).toEqual([]);
	await fresh.close();
});

test('explains damaged, truncated and hostile links and stays usable', async ({ page }) => {
	await seedFullAssessment(page, '<img src=x onerror=alert(1)> team');
	await visit(page, '/results/');
	const field = page.getByRole('textbox', { name: 'Share link' });
	await expect(field).toHaveValue(/#r\./);
	const link = await field.inputValue();
	const [base, fragment = ''] = link.split('#');
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});

	const altered = fragment.slice(0, 10) + (fragment[10] === 'A' ? 'B' : 'A') + fragment.slice(11);
	for (const bad of [
		fragment.slice(0, fragment.length - 6),
		altered,
		'r.%%%%',
		'hello',
		'r.' + 'A'.repeat(5000),
	]) {
		const { problems } = await visit(page, `${base}#${bad}`);
		await expect(page.getByRole('alert')).toContainText('could not be opened');
		await expect(page.getByRole('table', { name: 'Scores' })).toBeVisible();
		expect(problems).toEqual([]);
	}

	await visit(page, 'about:blank');
	await visit(page, link);
	await expect(
		page.getByRole('heading', { name: 'Shared result: <img src=x onerror=alert(1)> team' })
	).toBeVisible();
	expect(await page.locator('main img').count()).toBe(0);
	expect(dialogs).toBe(0);
});

test('exports JSON and imports it back to the same result, asking before replacing', async ({
	page,
	browser,
}) => {
	await seedFullAssessment(page);
	await visit(page, '/results/');
	const before = await scoresText(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download JSON' }).click();
	const file = await (await download).path();
	const json = readFileSync(file, 'utf8');

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await visit(other, '/results/');
	await other
		.getByLabel('Import a JSON export (or drop the file here)')
		.setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(json) });
	await expect(other.getByText('Imported “Payments team”')).toBeVisible();
	expect(await scoresText(other)).toEqual(before);

	await other
		.getByLabel('Import a JSON export (or drop the file here)')
		.setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(json) });
	await expect(other.getByText('already exists in this browser')).toBeVisible();
	await other.getByRole('button', { name: 'Cancel' }).click();
	await expect(other.getByText('nothing changed')).toBeVisible();

	await other.getByLabel('Import a JSON export (or drop the file here)').setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"nope":'),
	});
	await expect(other.getByRole('alert')).toContainText('“bad.json” was not imported');
	await fresh.close();
});

test('downloads CSV, a Markdown report and the action plan', async ({ page }) => {
	await seedFullAssessment(page);
	await visit(page, '/results/');
	for (const [button, pattern] of [
		['Download CSV', /\.csv$/],
		['Download Markdown report', /\.md$/],
		['Download action plan', /action-plan\.md$/],
	] as const) {
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: button }).click();
		expect((await download).suggestedFilename()).toMatch(pattern);
	}
});

test('prints every section without navigation or controls', async ({ page }) => {
	await seedFullAssessment(page);
	await visit(page, '/results/');
	await expect(page.getByRole('table', { name: 'Scores' })).toBeVisible();

	await page.emulateMedia({ media: 'print' });

	for (const heading of [
		'Summary for Payments team',
		'Why each stage',
		'Threat exposure',
		'Next actions',
	]) {
		await expect(page.getByRole('heading', { name: heading })).toBeVisible();
	}
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Download JSON' })).toBeHidden();
	const pdf = await page.pdf();
	expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('invites a first-time visitor to start the assessment', async ({ page }) => {
	const { problems } = await visit(page, '/results/');
	await expect(page.getByText('There are no answers to show yet.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Start the assessment' })).toHaveAttribute(
		'href',
		'/assess/'
	);
	expect(problems).toEqual([]);
});
