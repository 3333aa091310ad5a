/**
 * Issue 16, "the first hour": results that lead with what to do, team names before sharing, the
 * gaps path from a result link and Markdown exports whose links work outside the site.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ASSESSMENTS_KEY, axeViolations, saveAssessment, visit } from './helpers';
import { realBank } from '../src/test/content';

const KEY = ASSESSMENTS_KEY;

/** Saves an assessment with every control answered by a repeating pattern (Don't know included). */
async function seed(page: Page, name = 'Payments team') {
	const bank = realBank();
	const values = [0, 1, 2, 3, 'na', 'unknown', 2, 3];
	const answers = Object.fromEntries(
		bank.controls.map((c, i) => [String(c.code), { value: values[i % values.length] }])
	);
	await saveAssessment(page, { name, bankVersion: bank.version, answers });
}

const saved = (page: Page) =>
	page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);

test('the quick check ends in a result labelled provisional that continues to the full assessment', async ({
	page,
}) => {
	const { problems } = await visit(page, '/assess/quick/');
	await page.getByRole('button', { name: 'Skip' }).click();
	const groups = page.locator('fieldset.q');
	const count = await groups.count();
	for (let i = 0; i < count; i++) {
		await groups.nth(i).getByRole('radio', { name: 'Initial', exact: true }).check();
	}
	await expect(page.getByText(new RegExp(`^${count} of ${count} answered here`))).toBeVisible();
	await page.getByRole('link', { name: 'See the quick check result' }).click();

	await expect(page.getByText('Quick check: provisional', { exact: true })).toBeVisible();
	await expect(page.locator('.provisional')).toContainText(
		`Only the critical questions are answered (${count} of the ${count} the quick check asks)`
	);
	await expect(page.locator('.provisional')).toContainText('the answers given so far are kept');
	const onward = page.locator('.provisional').getByRole('link', {
		name: 'Continue to the full assessment',
	});
	await expect(onward).toHaveAttribute('href', '/assess/');
	await onward.click();
	await expect(page.getByText(new RegExp(`^${count} of \\d+ questions answered`))).toBeVisible();
	expect(problems).toEqual([]);
});

test('results lead with the overall stage, what is provisional and the top three actions with reasons', async ({
	page,
}) => {
	await seed(page);
	const { problems } = await visit(page, '/results/');
	const summary = page.getByRole('region', { name: 'Summary for Payments team' });
	await expect(summary.locator('p.overall')).toContainText(/Overall stage \w+, score \d+ %/);
	const top = summary.getByRole('list', { name: 'Top three actions' });
	await expect(top.getByRole('listitem')).toHaveCount(3);
	for (const item of await top.getByRole('listitem').all()) {
		await expect(item).toContainText(/^Raise .+ from \w+ to \w+/);
		await expect(item.locator('.reason')).toHaveText(
			/^Why: (critical|important|standard) control; mitigates (\d+ (high|medium|low)-severity threats?( and |, )?)+\.$/
		);
	}
	// The top actions come before the scores table and the threat table.
	const topBox = (await top.boundingBox())!;
	const threatsBox = (await page.getByRole('heading', { name: 'Threat exposure' }).boundingBox())!;
	expect(topBox.y).toBeLessThan(threatsBox.y);
	// The overall stage is explained as the weakest environment's.
	await expect(page.getByRole('region', { name: 'Why each stage' })).toContainText(
		'The overall stage is the weakest environment’s'
	);
	// "Don't know" answers are never "raised".
	const unknownTitles = realBank()
		.controls.filter((_, i) => i % 8 === 5)
		.map((c) => c.title);
	const actions = await page.locator('.roadmap li, .top-actions li').allInnerTexts();
	for (const title of unknownTitles) {
		expect(actions.some((a) => a.includes(title))).toBe(false);
	}
	expect(await axeViolations(page)).toEqual([]);
	expect(problems).toEqual([]);
});

test('the threat table lists exposed and partly mitigated threats until "Show all"', async ({
	page,
}) => {
	await seed(page);
	await visit(page, '/results/');
	const rows = page.locator('#threat-table tbody tr');
	await expect(rows.first()).toBeVisible();
	const statuses = await page.locator('#threat-table .status-cell').allInnerTexts();
	expect(statuses.every((s) => /Exposed|Partly mitigated/.test(s))).toBe(true);
	const shown = statuses.length;
	const total = realBank().threats.length;
	expect(shown).toBeLessThan(total);
	await page.getByRole('button', { name: `Show all ${total} threats` }).click();
	await expect(rows).toHaveCount(total);
	await page.getByRole('button', { name: 'Show exposed and partly mitigated only' }).click();
	await expect(rows).toHaveCount(shown);
});

test('"Don\'t know" answers form "Find out first", and who will check is saved with the assessment', async ({
	page,
}) => {
	await seed(page);
	await visit(page, '/results/');
	const section = page.getByRole('region', { name: 'Find out first' });
	const bank = realBank();
	const unknown = bank.controls.filter((_, i) => i % 8 === 5);
	await expect(section.getByRole('listitem')).toHaveCount(unknown.length);
	await expect(section.getByRole('listitem').first()).not.toContainText('Raise');
	const first = section.getByRole('textbox', { name: /^Who will check/ }).first();
	await first.fill('Ann from the platform team');
	await page.reload();
	await expect(
		page
			.getByRole('region', { name: 'Find out first' })
			.getByRole('textbox', { name: /^Who will check/ })
			.first()
	).toHaveValue('Ann from the platform team');
	const state = await saved(page);
	const checkers = Object.values(
		state.assessments[0].answers as Record<string, { checker?: string }>
	).filter((a) => a.checker);
	expect(checkers).toEqual([{ value: 'unknown', checker: 'Ann from the platform team' }]);

	// The action plan treats them the same way, with the name.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download action plan' }).click();
	const plan = readFileSync(await (await download).path(), 'utf8');
	expect(plan).toContain('## Find out first');
	expect(plan).toContain('who will check: Ann from the platform team');
	for (const control of unknown) expect(plan).not.toContain(`Raise ${control.title} from`);
});

test('asks for a team name when an assessment starts and again before sharing, skippably', async ({
	page,
}) => {
	const { problems } = await visit(page, '/assess/developer/');
	const ask = page.getByRole('form', { name: 'Which team is this assessment for?' });
	await expect(ask).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await ask.getByRole('button', { name: 'Skip' }).click();
	await expect(ask).toBeHidden();
	await page
		.locator('fieldset.q')
		.first()
		.getByRole('radio', { name: 'Advanced', exact: true })
		.check();
	await expect.poll(async () => (await saved(page))?.assessments[0].name).toBe('My assessment');

	await visit(page, '/results/');
	const share = page.getByRole('region', { name: 'Share' });
	const before = share.getByRole('form', { name: 'Name it before you share it' });
	await expect(before).toBeVisible();
	await expect(share.getByRole('textbox', { name: 'Share link' })).toHaveCount(0);
	// An empty name is refused with a message, and nothing is lost.
	await before.getByRole('button', { name: 'Save name' }).click();
	await expect(before.getByRole('alert')).toHaveText('Enter a team name, or choose “Skip”.');
	await before.getByRole('textbox', { name: 'Team name' }).fill('Payments team');
	await before.getByRole('button', { name: 'Save name' }).click();
	await expect(page.getByRole('heading', { name: 'Summary for Payments team' })).toBeVisible();
	await expect(share.getByRole('textbox', { name: 'Share link' })).toHaveValue(/#r\./);
	const state = await saved(page);
	expect(state.assessments).toHaveLength(1);
	expect(state.assessments[0].name).toBe('Payments team');
	expect(Object.keys(state.assessments[0].answers)).toHaveLength(1);
	expect(problems).toEqual([]);
});

test('skipping the name before sharing shows the link as it is, and is not asked again after a reload', async ({
	page,
}) => {
	await seed(page, 'My assessment');
	await visit(page, '/results/');
	const share = page.getByRole('region', { name: 'Share' });
	await share.getByRole('button', { name: 'Skip' }).click();
	await expect(share.getByRole('textbox', { name: 'Share link' })).toHaveValue(/#r\./);
	await page.reload();
	await expect(share.getByRole('textbox', { name: 'Share link' })).toHaveValue(/#r\./);
	await expect(share.getByRole('button', { name: 'Skip' })).toHaveCount(0);
});

test('skipping the team name when starting holds on every questionnaire page of the session', async ({
	page,
}) => {
	await visit(page, '/assess/');
	const ask = page.getByRole('form', { name: 'Which team is this assessment for?' });
	await ask.getByRole('button', { name: 'Skip' }).click();
	await expect(ask).toHaveCount(0);
	await page.goto('/assess/developer/');
	await expect(page.getByRole('navigation', { name: 'Questionnaire' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	await expect(ask).toHaveCount(0);
	await page.goto('/assess/platform/');
	await page.waitForLoadState('networkidle');
	await expect(ask).toHaveCount(0);
});

test('/learn/gaps/ opens a shared result link read-only, and shared results link to it', async ({
	page,
	browser,
}) => {
	await seed(page);
	await visit(page, '/results/');
	const field = page.getByRole('textbox', { name: 'Share link' });
	await expect(field).toHaveValue(/\/results\/#r\./);
	const link = await field.inputValue();
	const fragment = new URL(link).hash;

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	const { problems } = await visit(other, `/results/${fragment}`);
	const gapsLink = other.getByRole('link', { name: 'Learn what your gaps mean' });
	await expect(gapsLink).toHaveAttribute('href', `/learn/gaps/${fragment}`);
	await gapsLink.click();
	await expect(
		other.getByText('Showing the gaps of the shared result “Payments team”')
	).toBeVisible();
	await expect(other.getByRole('heading', { name: 'The team’s path' })).toBeVisible();
	await expect(other.locator('.gap-step').first()).toContainText('Traditional');
	expect(await axeViolations(other)).toEqual([]);
	// Read-only: nothing from the link is saved on the device.
	expect(await other.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();

	await visit(other, '/learn/gaps/#r.damaged');
	await expect(other.getByRole('alert')).toContainText('This results link could not be opened');
	expect(problems).toEqual([]);
	await fresh.close();
});

test('the Markdown report links to the site by its full address and carries the result link', async ({
	page,
}) => {
	await seed(page);
	await visit(page, '/results/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download Markdown report' }).click();
	const text = readFileSync(await (await download).path(), 'utf8');
	expect(text).toMatch(/^Result link: <https:\/\/trustline\.example\/results\/#r\.[\w.-]+>$/m);
	expect(text).toContain('Guidance: https://trustline.example/guides/');
	// No link in it is relative to the site.
	expect(text).not.toMatch(/(^|[\s(<])\/(guides|results|learn)\//m);

	await page.getByLabel('Include the result link in the Markdown report and action plan').uncheck();
	const second = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download Markdown report' }).click();
	expect(readFileSync(await (await second).path(), 'utf8')).not.toContain('Result link');
});

test('on a phone the chart becomes a readable list with each stage', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 812 });
	await seed(page);
	await visit(page, '/results/');
	await expect(page.getByRole('img', { name: /Bar chart of the Scores table/ })).toBeHidden();
	const list = page.getByRole('list', { name: 'Scores by environment' });
	await expect(list.getByRole('listitem')).toHaveCount(4);
	await expect(list.getByRole('listitem').last()).toContainText(
		/Overall: \d+ %, stage \w+, the weakest environment’s/
	);
	const size = await list.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(size).toBeGreaterThanOrEqual(14);
});

test('a note can be written before the question is answered and is kept with the answer', async ({
	page,
}) => {
	await visit(page, '/assess/developer/');
	const group = page.locator('fieldset.q').first();
	const toggle = group.getByRole('button', { name: 'Notes and evidence' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(group.getByLabel('Notes (optional)')).toBeHidden();
	await toggle.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await group.getByLabel('Notes (optional)').fill('Ask the platform team first');
	await page.reload();
	await group.getByText('Notes and evidence').click();
	await expect(group.getByLabel('Notes (optional)')).toHaveValue('Ask the platform team first');
	await group.getByRole('radio', { name: "Don't know", exact: true }).check();
	const code = await group.getAttribute('data-code');
	const state = await saved(page);
	// The answer also carries the day it was given (issue 13's "Checked on").
	expect(state.assessments[0].answers[code!]).toMatchObject({
		value: 'unknown',
		note: 'Ask the platform team first',
	});
	expect(state.assessments[0].pendingNotes).toBeUndefined();
});
