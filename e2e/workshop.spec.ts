import { expect, test } from '@playwright/test';
import type { AnswerValue, Assessment } from '../src/lib/model';
import type { SharedResult } from '../src/lib/share';
import { encodeComparison } from '../src/lib/compare/link';
import { realBank } from '../src/test/content';
import { axeViolations, visit } from './helpers';

const bank = realBank();
const [first, second, third] = [bank.controls[0]!, bank.controls[5]!, bank.controls[9]!];

/** Everyone answers Advanced, except where `own` says otherwise. */
function result(name: string, own: Record<number, AnswerValue>): SharedResult {
	const answers: SharedResult['answers'] = {};
	for (const c of bank.controls) answers[String(c.code)] = { value: own[c.code] ?? 2 };
	return {
		bankVersion: bank.version,
		name,
		date: '2026-11-20',
		targets: { developer: 2, platform: 2, application: 2 },
		answers,
	};
}

// Three controls where the answers differ by two stages or more; all others agree on Advanced.
const TEAM = [
	result('Ana', { [first.code]: 0, [second.code]: 3, [third.code]: 'unknown' }),
	result('Ben', { [first.code]: 3, [second.code]: 1, [third.code]: 2 }),
	result('Chloé', { [first.code]: 1, [second.code]: 'na', [third.code]: 3 }),
];

test('walks the group through its disagreements by keyboard and saves the agreed answers', async ({
	page,
}) => {
	const fragment = await encodeComparison(
		TEAM.map((result) => ({ label: result.name, result })),
		bank
	);
	const { problems } = await visit(page, `/workshop/#${fragment}`);
	const heading = page.locator('#ws-heading');

	await expect(heading).toHaveText('3 controls to settle');
	await expect(page.getByText('3 participants: Ana, Ben, Chloé.')).toBeVisible();
	await page.getByRole('button', { name: 'Start with the first control' }).focus();
	await page.keyboard.press('Enter');

	// Control 1: everyone's stage by name, the four descriptions, the guide; agree on Optimal.
	await expect(heading).toHaveText(first.title);
	await expect(heading).toBeFocused();
	await expect(page.getByText('Control 1 of 3')).toBeVisible();
	const answers = page.locator('.ws-answers li');
	await expect(answers).toHaveText(['Ana: Traditional', 'Ben: Optimal', 'Chloé: Initial']);
	for (const text of first.levels)
		await expect(page.getByText(text, { exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: /Read the guide/ })).toHaveAttribute(
		'href',
		`/guides/${first.guide}/`
	);
	expect(await axeViolations(page)).toEqual([]);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('radio', { name: /^Traditional/ })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: /^Optimal/ })).toBeChecked();
	await page.keyboard.press('PageDown');

	// Control 2: agree on Initial, then look back and forth with the keys.
	await expect(heading).toHaveText(second.title);
	await expect(answers).toHaveText(['Ana: Optimal', 'Ben: Initial', 'Chloé: Not applicable']);
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: /^Initial/ })).toBeChecked();
	await page.keyboard.press('PageUp');
	await expect(heading).toHaveText(first.title);
	await expect(heading).toBeFocused();
	await expect(page.getByRole('radio', { name: /^Optimal/ })).toBeChecked();
	await page.keyboard.press('ArrowRight');
	await expect(heading).toHaveText(second.title);
	await expect(heading).toBeFocused();
	await page.keyboard.press('ArrowRight');

	// Control 3: Don't know counts as Traditional; move on without agreeing.
	await expect(heading).toHaveText(third.title);
	await expect(answers).toHaveText(["Ana: Don't know", 'Ben: Advanced', 'Chloé: Optimal']);
	await page.keyboard.press('PageDown');

	// Summary: what was agreed, then save by keyboard.
	await expect(heading).toHaveText('Summary');
	await expect(
		page.getByText('The group agreed on 2 of 3 controls; 1 control is still open.')
	).toBeVisible();
	const rows = page.locator('table.ws-summary tbody tr');
	await expect(rows.nth(0)).toContainText('Traditional to Optimal');
	await expect(rows.nth(0)).toContainText('Optimal');
	await expect(rows.nth(1)).toContainText('Initial');
	await expect(rows.nth(2)).toContainText('None yet');
	expect(await axeViolations(page)).toEqual([]);
	const save = page.getByRole('button', { name: /^Save as “Workshop \d{4}-\d{2}-\d{2}”$/ });
	const name = (await save.textContent())!.replace(/^Save as “|”$/g, '');
	await save.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toHaveText(
		new RegExp(`Saved as “${name}”`)
	);

	const stored = await page.evaluate(() => localStorage.getItem('trustline:assessments'));
	const state = JSON.parse(stored ?? '{}') as { activeId: string; assessments: Assessment[] };
	const workshop = state.assessments.find((a) => a.name === name)!;
	expect(state.activeId).toBe(workshop.id);
	expect(workshop.answers[String(first.code)]).toEqual({ value: 3 });
	expect(workshop.answers[String(second.code)]).toEqual({ value: 1 });
	expect(workshop.answers[String(third.code)]).toBeUndefined();
	// Every other control was answered alike (Advanced) and is saved as it was.
	expect(Object.keys(workshop.answers)).toHaveLength(bank.controls.length - 1);

	// It is an assessment like any other: the results page shows it.
	await page.getByRole('link', { name: 'See its results' }).click();
	await expect(page.getByText(name).first()).toBeVisible();
	expect(problems).toEqual([]);
});

test('asks for a comparison link when opened without one, and explains a damaged one', async ({
	page,
}) => {
	const { problems } = await visit(page, '/workshop/');
	await expect(page.getByRole('heading', { name: 'Open a comparison' })).toBeVisible();
	await page.getByLabel('Comparison link').fill('https://x.example/compare/#c.AAAA');
	await page.getByRole('button', { name: 'Open' }).click();
	await expect(page.getByRole('alert')).toContainText('comparison link');
	expect(await axeViolations(page)).toEqual([]);
	expect(problems).toEqual([]);
});
