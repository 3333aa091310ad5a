import { expect, test } from '@playwright/test';
import { axeViolations, visit } from './helpers';

const KEY = 'trustline:assessments';

const ENVIRONMENTS = ['developer', 'platform', 'application'] as const;
/** A questionnaire page: the developer environment's questions. */
const Q = '/assess/developer/';

test('answers the whole bank by keyboard alone, one environment page at a time, and keeps every answer after a reload', async ({
	page,
}) => {
	test.setTimeout(300_000);
	const expected = new Map<string, string[]>();
	let tabStops = 0;
	let all = 0;
	for (const env of ENVIRONMENTS) {
		const { problems } = await visit(page, `/assess/${env}/`);
		const groups = page.locator('fieldset.q');
		const count = await groups.count();
		all += count;
		// Wait until the bar has hydrated (it counts this page's answers).
		await expect(page.getByText(new RegExp(`^0 of ${count} answered here`))).toBeVisible();

		await page.getByRole('link', { name: 'Skip to content' }).focus();
		const values: string[] = [];
		for (let i = 0; i < count; i++) {
			const code = await groups.nth(i).getAttribute('data-code');
			// Tab forward until focus lands on this control's radio group.
			for (let guard = 0; guard < 40; guard++) {
				await page.keyboard.press('Tab');
				tabStops++;
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
			values.push(['0', '1', '2', '3', 'na', 'unknown'][steps] as string);
		}
		expected.set(env, values);
		await expect(page.getByText(new RegExp(`^${count} of ${count} answered here`))).toBeVisible();
		expect(problems).toEqual([]);
	}
	console.info(`tab stops to answer all ${all} questions by keyboard: ${tabStops}`);
	// Per question: its radio group, its guide link, "Notes and evidence" and, once answered,
	// "Confirm still true" and "Clear answer"; per page the header, the questionnaire bar and the
	// review controls; once, before the first answer, the team-name question (name, "Save name",
	// "Skip"). Nothing hidden is a stop.
	expect(tabStops).toBeLessThanOrEqual(all * 5 + ENVIRONMENTS.length * 24 + 3);

	for (const env of ENVIRONMENTS) {
		await visit(page, `/assess/${env}/`);
		await expect(
			page.getByText(new RegExp(`answered here, ${all} of ${all} in all`))
		).toBeVisible();
		const kept = await page
			.locator('fieldset.q')
			.evaluateAll((sets) =>
				sets.map(
					(s) => s.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? null
				)
			);
		expect(kept).toEqual(expected.get(env));
	}
});

test('keeps no hidden control in the tab order of an unanswered question', async ({ page }) => {
	await visit(page, Q);
	const first = page.locator('fieldset.q').first();
	await expect(first.getByRole('button', { name: /Clear answer/ })).toBeHidden();
	// Anything inside an element marked `hidden` must not be rendered, so it cannot take focus.
	const renderedButHidden = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('[hidden] button, [hidden] input, button[hidden]')]
			.filter((el) => el.getClientRects().length > 0)
			.map((el) => el.outerHTML.slice(0, 80))
	);
	expect(renderedButHidden).toEqual([]);
});

test('keeps the questionnaire bar in view after scrolling, with tabs and the next unanswered question', async ({
	page,
}) => {
	await visit(page, Q);
	const bar = page.getByRole('navigation', { name: 'Questionnaire' });
	await expect(bar.getByText(/^0 of \d+ answered here/)).toBeVisible();
	await page.locator('fieldset.q').last().scrollIntoViewIfNeeded();
	await expect(bar).toBeInViewport();
	const box = (await bar.boundingBox())!;
	expect(box.y).toBeLessThanOrEqual(1);
	await expect(bar.getByRole('link', { name: /DevOps platform/ })).toBeVisible();
	await expect(bar.getByRole('link', { name: /Developer environment/ })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await bar.getByRole('button', { name: 'Next unanswered question' }).click();
	const firstCode = await page.locator('fieldset.q').first().getAttribute('data-code');
	await expect(page.locator(`#control-${firstCode} input[type="radio"]`).first()).toBeFocused();
	await expect(page.locator(`#control-${firstCode}`)).toBeInViewport();
});

test('the overview shows progress per environment and continues where the team left off', async ({
	page,
}) => {
	await visit(page, Q);
	const groups = page.locator('fieldset.q');
	await groups.nth(0).getByRole('radio', { name: 'Advanced', exact: true }).check();
	await groups.nth(1).getByRole('radio', { name: 'Initial', exact: true }).check();
	const third = await groups.nth(2).getAttribute('data-code');

	await visit(page, '/assess/');
	await expect(page.getByText(/^2 of \d+ questions answered/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Developer environment' }).first()).toBeVisible();
	await page.getByRole('link', { name: 'Continue where you left off' }).click();
	await expect(page).toHaveURL(new RegExp(`/assess/developer/#control-${third}$`));
	await expect(page.locator(`#control-${third}`)).toBeInViewport();
});

test('the quick check asks the critical questions and continues into the full assessment with its answers', async ({
	page,
}) => {
	const { problems } = await visit(page, '/assess/quick/');
	const groups = page.locator('fieldset.q');
	const count = await groups.count();
	expect(count).toBeGreaterThanOrEqual(5);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quick check');
	await expect(page.getByText(new RegExp(`^0 of ${count} answered here`))).toBeVisible();
	const codes = await groups.evaluateAll((sets) => sets.map((s) => s.getAttribute('data-code')));
	for (let i = 0; i < count; i++) {
		await groups.nth(i).getByRole('radio', { name: 'Initial', exact: true }).check();
	}
	await expect(page.getByText(new RegExp(`^${count} of ${count} answered here`))).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	await page.getByRole('link', { name: 'Continue to the full assessment' }).click();
	await expect(page).toHaveURL(/\/assess\/$/);
	await expect(page.getByText(new RegExp(`^${count} of \\d+ questions answered`))).toBeVisible();
	await visit(page, Q);
	for (const code of codes) {
		const group = page.locator(`#control-${code}`);
		if ((await group.count()) === 0) continue;
		await expect(group.getByRole('radio', { name: 'Initial', exact: true })).toBeChecked();
	}
	expect(problems).toEqual([]);
});

test('names each radio group after its question and each radio after its stage', async ({
	page,
}) => {
	await visit(page, Q);
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
	const { problems } = await visit(page, Q);
	const group = page.locator('fieldset.q').first();
	await group.getByRole('radio', { name: 'Not applicable', exact: true }).check();
	await group.getByLabel('Why it does not apply (optional)').fill('We ship no code of our own');
	await group.getByText('Notes and evidence').click();
	await group.getByLabel('Notes (optional)').fill('Checked with the platform team');

	await page.reload();

	await expect(group.getByRole('radio', { name: 'Not applicable', exact: true })).toBeChecked();
	await expect(group.getByLabel('Why it does not apply (optional)')).toHaveValue(
		'We ship no code of our own'
	);
	await expect(group.getByLabel('Notes (optional)')).toHaveValue('Checked with the platform team');
	await group.getByRole('button', { name: /Clear answer/ }).click();
	await expect(group.getByRole('radio', { checked: true })).toHaveCount(0);
	expect(problems).toEqual([]);
});

test('creates, renames, duplicates, switches and deletes assessments with undo', async ({
	page,
}) => {
	await visit(page, Q);
	await page
		.locator('fieldset.q')
		.first()
		.getByRole('radio', { name: 'Optimal', exact: true })
		.check();
	await visit(page, '/assess/');
	// The overview's island has hydrated once it counts the answer given on the other page.
	await expect(page.getByText(/^1 of \d+ questions answered/)).toBeVisible();
	await page.getByRole('button', { name: 'Rename' }).click();
	await page.getByLabel('Assessment name').fill('Payments team');
	await page.getByRole('button', { name: 'Save name' }).click();
	await expect(page.getByText('Answering as Payments team')).toBeVisible();

	await page.getByRole('button', { name: 'Duplicate' }).click();
	await expect(page.getByText('Answering as Payments team (copy)')).toBeVisible();
	await expect(page.getByText(/^1 of \d+ questions answered/)).toBeVisible();

	await page.getByRole('button', { name: 'New assessment' }).click();
	await expect(page.getByText('Answering as New assessment')).toBeVisible();
	await expect(page.getByText(/^0 of \d+ questions answered/)).toBeVisible();

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
	const { problems } = await visit(page, Q);

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
	await visit(page, Q);
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
	await visit(page, Q);
	await expect(
		page.locator('fieldset.q').first().getByRole('radio', { name: 'Optimal', exact: true })
	).toBeChecked();
});

test('passes axe after answering and opening notes', async ({ page }) => {
	await visit(page, Q);
	const group = page.locator('fieldset.q').first();
	await group.getByRole('radio', { name: 'Not applicable', exact: true }).check();
	await group.getByText('Notes and evidence').click();
	expect(await axeViolations(page)).toEqual([]);
});

test('keeps two open tabs in sync', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await visit(first, Q);
	await visit(second, Q);

	await first
		.locator('fieldset.q')
		.first()
		.getByRole('radio', { name: 'Advanced', exact: true })
		.check();

	await expect(
		second.locator('fieldset.q').first().getByRole('radio', { name: 'Advanced', exact: true })
	).toBeChecked();
	await expect(second.getByText(/^1 of \d+ answered here/)).toBeVisible();
});

test('keeps answers given while storage is full and saves them all once it has room', async ({
	page,
}) => {
	const { problems } = await visit(page, Q);
	await expect(page.getByText(/^0 of \d+ answered here/)).toBeVisible();
	// Fill the origin's storage to the last byte, as a browser over its quota is.
	const fillers = await page.evaluate(() => {
		const keys: string[] = [];
		for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
			const chunk = 'x'.repeat(size);
			for (;;) {
				const key = `filler:${keys.length}`;
				try {
					localStorage.setItem(key, chunk);
					keys.push(key);
				} catch {
					break;
				}
			}
		}
		return keys;
	});
	expect(fillers.length).toBeGreaterThan(0);

	const groups = page.locator('fieldset.q');
	// Each answer shows at once although nothing can be saved (generous waits: a loaded machine).
	for (let i = 0; i < 5; i++) {
		await groups.nth(i).getByLabel('Advanced', { exact: true }).check();
		await expect(page.getByText(new RegExp(`^${i + 1} of \\d+ answered here`))).toBeVisible({
			timeout: 15_000,
		});
	}
	await expect(page.getByRole('alert')).toContainText('refused to save');
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();

	await page.evaluate((keys) => keys.forEach((key) => localStorage.removeItem(key)), fillers);
	await groups.nth(5).getByLabel('Optimal', { exact: true }).check();
	await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 15_000 });

	const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
	const codes = await groups.evaluateAll((sets) => sets.slice(0, 6).map((s) => s.dataset['code']));
	expect(saved.assessments[0].answers).toEqual(
		Object.fromEntries(
			codes.map((code, i) => [
				code,
				{ value: i < 5 ? 2 : 3, checkedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
			])
		)
	);
	await page.reload();
	await expect(page.getByText(/^6 of \d+ answered here/)).toBeVisible();
	expect(problems).toEqual([]);
});
