/**
 * Evidence, review dates and Scorecard suggestions on the questionnaire, and what /results/ makes
 * of answers due for review. The clock is Playwright's, so "today" is whatever a test says.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { axeViolations, visit } from './helpers';
import { realBank } from '../src/test/content';
import { encodeResult, RESULT_LINK } from '../src/lib/share/codec';
import { versionCodes } from '../src/lib/share/shared';
import { openLink, sealFragment } from '../src/lib/links/envelope';
import { ByteWriter, utf8 } from '../src/lib/bytes/bytes';
import { deflate } from '../src/lib/bytes/deflate';

const Q = '/assess/developer/';
const SAMPLES = join(import.meta.dirname, '..', 'src', 'lib', 'scorecard', 'samples');
const KEY = 'trustline:assessments';

/** A local time on a given day, as the browser's clock. */
const at = (day: string) => new Date(`${day}T10:00:00`);

const question = (page: Page, code: number) => page.locator(`#control-${code}`);
const status = (page: Page) => page.locator('[data-review-status]');

async function answer(page: Page, code: number, stage: string) {
	await question(page, code).getByRole('radio', { name: stage, exact: true }).check();
}

test('keeps evidence and the checked-on date of an answer after a reload, and refuses a javascript: link', async ({
	page,
}) => {
	await page.clock.install({ time: at('2026-03-10') });
	const { problems } = await visit(page, Q);
	const q = question(page, 11);
	await answer(page, 11, 'Advanced');
	await expect(q.getByText('Checked on 2026-03-10')).toBeVisible();

	await q.getByText('Notes and evidence').click();
	const field = q.getByLabel('Add evidence: a link or a short text');
	await field.fill('javascript:alert(document.cookie)');
	await q.getByRole('button', { name: 'Add evidence' }).click();
	await expect(q.getByText('Only http and https links can be evidence')).toBeVisible();
	await expect(field).toHaveValue('javascript:alert(document.cookie)');
	await field.fill('https://github.com/acme/api/settings/branches');
	await q.getByRole('button', { name: 'Add evidence' }).click();
	await field.fill('Branch rules reviewed with the <b>platform</b> team');
	await field.press('Enter');
	await expect(q.getByText('Evidence added (2 of 5).')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	await page.reload();
	await q.getByText('Notes and evidence').click();
	const list = q.getByRole('list', { name: 'Evidence' });
	await expect(list.getByRole('listitem')).toHaveCount(2);
	await expect(
		list.getByRole('link', { name: 'https://github.com/acme/api/settings/branches' })
	).toHaveAttribute('href', 'https://github.com/acme/api/settings/branches');
	// Untrusted text is shown as text, never as markup.
	await expect(
		list.getByText('Branch rules reviewed with the <b>platform</b> team', { exact: true })
	).toBeVisible();
	await expect(list.locator('b')).toHaveCount(0);
	await expect(q.getByLabel('Checked on')).toHaveValue('2026-03-10');

	await list.getByRole('button', { name: /Remove evidence: https:/ }).click();
	await expect(list.getByRole('listitem')).toHaveCount(1);
	expect(problems).toEqual([]);
});

test('finds answers due for review with the Show filter, confirms one, and confirms all shown with Undo', async ({
	page,
}) => {
	await page.clock.install({ time: at('2026-01-15') });
	const { problems } = await visit(page, Q);
	await answer(page, 11, 'Advanced');
	await answer(page, 13, 'Initial');
	await expect(question(page, 11).getByText('Due for review')).toBeHidden();

	// Six months and five days later, both answers are due (the default interval is 6 months).
	await page.clock.setSystemTime(at('2026-07-20'));
	await page.reload();
	await expect(question(page, 11).getByText('Due for review')).toBeVisible();
	await expect(question(page, 13).getByText('Due for review')).toBeVisible();

	const due = page.getByRole('radio', { name: 'Due for review' });
	await due.check();
	await expect(due).toBeFocused();
	await expect(status(page)).toHaveText('Showing 2 of 26 questions: answers due for review.');
	await expect(page.locator('fieldset.q:visible')).toHaveCount(2);
	expect(await axeViolations(page)).toEqual([]);

	await question(page, 11).getByRole('button', { name: 'Confirm still true' }).click();
	await expect(question(page, 11).getByText('Checked on 2026-07-20')).toBeVisible();
	await expect(question(page, 11).getByText('Due for review')).toBeHidden();
	// The confirmed question stays in view until the filter changes.
	await expect(page.locator('fieldset.q:visible')).toHaveCount(2);

	await page.getByRole('button', { name: 'Confirm all shown' }).click();
	await expect(status(page)).toHaveText('Confirmed one answer as still true: checked on today.');
	await expect(question(page, 13).getByText('Due for review')).toBeHidden();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(question(page, 13).getByText('Due for review')).toBeVisible();
	await expect(question(page, 13).getByText('Checked on 2026-01-15')).toBeVisible();
	await expect(question(page, 11).getByText('Checked on 2026-07-20')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Confirm all shown' })).toBeFocused();

	// A 12-month interval: nothing is due any more.
	await page.getByLabel('Review interval').selectOption('12');
	await expect(question(page, 13).getByText('Due for review')).toBeHidden();
	await page.reload();
	await expect(page.getByLabel('Review interval')).toHaveValue('12');
	await page.getByRole('radio', { name: 'Due for review' }).check();
	await expect(status(page)).toHaveText('No answers due for review on this page.');
	expect(problems).toEqual([]);
});

test('results count the answers due per environment and call the result provisional while a critical one is due; the score stays the same', async ({
	page,
}) => {
	await page.clock.install({ time: at('2026-11-30') });
	// Every question answered Initial; two critical developer answers checked long ago.
	const codes: number[] = [];
	for (const env of ['developer', 'platform', 'application']) {
		await page.goto(`/assess/${env}/`);
		codes.push(
			...(await page
				.locator('fieldset.q')
				.evaluateAll((list) => list.map((f) => Number((f as HTMLElement).dataset['code']))))
		);
	}
	const seed = (old: string) =>
		JSON.stringify({
			schema: 2,
			activeId: 'a1',
			assessments: [
				{
					id: 'a1',
					name: 'Payments team',
					createdAt: '2026-01-01T00:00:00.000Z',
					updatedAt: '2026-01-01T00:00:00.000Z',
					bankVersion: 2,
					targets: { developer: 2, platform: 2, application: 2 },
					reviewInterval: 6,
					answers: Object.fromEntries(
						codes.map((code) => [
							String(code),
							{ value: 1, checkedOn: code === 11 || code === 12 ? old : '2026-11-01' },
						])
					),
				},
			],
		});
	await page.evaluate(
		([key, value]) => localStorage.setItem(key!, value!),
		[KEY, seed('2026-03-01')]
	);
	const { problems } = await visit(page, '/results/');
	const section = page.getByRole('region', { name: 'Due for review' });
	await expect(section).toContainText('2 answers are due for review');
	await expect(section.getByRole('row', { name: 'Developer environment 2' })).toBeVisible();
	await expect(section.getByRole('row', { name: 'DevOps platform 0' })).toBeVisible();
	await expect(
		section.getByRole('link', { name: 'Protect main and release branches' })
	).toHaveAttribute('href', '/assess/developer/#control-11');
	await expect(section).toContainText('checked on 2026-03-01, due since 2026-09-01');
	const provisional = page.locator('.provisional');
	await expect(provisional).toContainText('Provisional');
	await expect(provisional).toContainText('A critical answer is due for review');
	const overall = await page.locator('p.overall').textContent();
	expect(await axeViolations(page)).toEqual([]);

	await page.evaluate(
		([key, value]) => localStorage.setItem(key!, value!),
		[KEY, seed('2026-11-01')]
	);
	await page.reload();
	await expect(section).toContainText('No answer is due for review');
	await expect(provisional).not.toContainText('Provisional');
	// Age never changes a score.
	await expect(page.locator('p.overall')).toHaveText(overall ?? '');
	expect(problems).toEqual([]);
});

test('imports two Scorecard files: suggests the lowest stage naming the repository, never overwrites an answer, Accept and Dismiss', async ({
	page,
}) => {
	await page.clock.install({ time: at('2026-11-30') });
	const { problems } = await visit(page, Q);
	await answer(page, 13, 'Optimal');
	await page
		.getByLabel('Import OpenSSF Scorecard results')
		.setInputFiles([
			join(SAMPLES, 'acme-payments-api.json'),
			join(SAMPLES, 'acme-web-portal.json'),
		]);

	const importer = page.locator('.scorecard-status');
	await expect(importer).toContainText(
		'From 2 repositories, Scorecard suggests answers to 3 questions on this page'
	);
	await expect(importer).toContainText(
		'acme-web-portal.json: github.com/acme/web-portal, Scorecard run of 2026-11-27: 18 checks read'
	);
	const first = question(page, 11).locator('[data-suggestion]');
	await expect(first).toContainText('Suggested by Scorecard: Initial');
	await expect(first).toContainText(
		'github.com/acme/web-portal, 2026-11-27: Branch-Protection scored 3 of 10'
	);
	await expect(first).toContainText(
		'The lowest stage of 2 repositories; github.com/acme/web-portal set it.'
	);
	await expect(question(page, 12).locator('[data-suggestion]')).toContainText(
		'Suggested by Scorecard: Traditional'
	);
	await expect(question(page, 13).locator('[data-suggestion]')).toContainText(
		'Suggested by Scorecard: Initial'
	);
	// The person's answer stays until they accept.
	await expect(
		question(page, 13).getByRole('radio', { name: 'Optimal', exact: true })
	).toBeChecked();

	await page.getByRole('radio', { name: 'Suggested' }).check();
	await expect(page.locator('fieldset.q:visible')).toHaveCount(3);
	expect(await axeViolations(page)).toEqual([]);

	await question(page, 11).getByRole('button', { name: 'Accept' }).click();
	await expect(
		question(page, 11).getByRole('radio', { name: 'Initial', exact: true })
	).toBeFocused();
	await question(page, 12).getByRole('button', { name: 'Accept' }).click();
	await question(page, 13).getByRole('button', { name: 'Dismiss' }).click();
	await expect(
		question(page, 11).getByRole('radio', { name: 'Initial', exact: true })
	).toBeChecked();
	await expect(
		question(page, 12).getByRole('radio', { name: 'Traditional', exact: true })
	).toBeChecked();
	await expect(
		question(page, 13).getByRole('radio', { name: 'Optimal', exact: true })
	).toBeChecked();
	await expect(page.locator('[data-suggestion]:visible')).toHaveCount(0);

	await page.reload();
	await question(page, 11).getByText('Notes and evidence').click();
	await expect(question(page, 11).getByRole('list', { name: 'Evidence' })).toContainText(
		'OpenSSF Scorecard v5.5.0 on github.com/acme/web-portal (commit a41b7c2, 2026-11-27): Branch-Protection 3/10'
	);
	await expect(question(page, 11).getByText('Checked on 2026-11-30')).toBeVisible();

	await visit(page, '/results/');
	const evidence = page.getByRole('region', { name: 'Evidence' });
	await expect(evidence).toContainText('OpenSSF Scorecard v5.5.0 on github.com/acme/web-portal');
	expect(problems).toEqual([]);
});

test('a damaged Scorecard file, dropped beside the others, gets a clear message and loses nothing', async ({
	page,
}) => {
	const { problems } = await visit(page, Q);
	await answer(page, 13, 'Optimal');
	await page
		.getByLabel('Import OpenSSF Scorecard results')
		.setInputFiles(join(SAMPLES, 'acme-payments-api.json'));
	await expect(question(page, 13).locator('[data-suggestion]')).toContainText(
		'Suggested by Scorecard: Initial'
	);

	const drop = await page.evaluateHandle(() => {
		const data = new DataTransfer();
		data.items.add(
			new File(['{"date": "2026-11-28", "repo": '], 'broken.json', { type: 'application/json' })
		);
		return data;
	});
	await page.locator('.scorecard-import .drop-zone').dispatchEvent('drop', { dataTransfer: drop });

	await expect(page.locator('.scorecard-status .problem')).toHaveText(
		'broken.json: not used. The file is not JSON (it ends unexpectedly at line 1, column 32), so it is not a Scorecard result.'
	);
	await expect(question(page, 13).locator('[data-suggestion]')).toContainText(
		'Suggested by Scorecard: Initial'
	);
	await expect(
		question(page, 13).getByRole('radio', { name: 'Optimal', exact: true })
	).toBeChecked();
	expect(await axeViolations(page)).toEqual([]);
	expect(problems).toEqual([]);
});

test('shares notes and evidence only with "Include notes and evidence" ticked; the shared result shows them as text and what is due for review', async ({
	page,
	browser,
}) => {
	await page.clock.install({ time: at('2026-11-30') });
	await visit(page, Q);
	const state = {
		schema: 2,
		activeId: 'a1',
		assessments: [
			{
				id: 'a1',
				name: 'Payments team',
				createdAt: '2026-01-01T00:00:00.000Z',
				updatedAt: '2026-11-30T09:00:00.000Z',
				bankVersion: 2,
				targets: { developer: 2, platform: 2, application: 2 },
				reviewInterval: 6,
				answers: {
					'11': {
						value: 2,
						note: 'Rules reviewed with the <b>platform</b> team.\nNext: tags.',
						checkedOn: '2026-03-01',
						evidence: [
							{ kind: 'link', url: 'https://github.com/acme/api/settings/branches' },
							{ kind: 'text', text: '<img src=x onerror=alert(1)> ruleset export' },
						],
					},
					'12': { value: 1, checkedOn: '2026-11-01' },
				},
			},
		],
	};
	await page.evaluate(
		([key, value]) => localStorage.setItem(key!, value!),
		[KEY, JSON.stringify(state)]
	);
	await visit(page, '/results/');
	const field = page.getByRole('textbox', { name: 'Share link' });
	await expect(field).toHaveValue(/#r\./);
	const plain = await field.inputValue();
	const box = page.getByRole('checkbox', { name: 'Include notes and evidence', exact: true });
	await box.check();
	await expect(field).not.toHaveValue(plain);
	const full = await field.inputValue();
	expect(full.length).toBeGreaterThan(plain.length);
	await box.uncheck();
	await expect(field).toHaveValue(plain);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.clock.install({ time: at('2026-11-30') });
	let dialogs = 0;
	other.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});

	// Without the box ticked, the link carries neither notes nor evidence nor dates.
	await visit(other, plain);
	await expect(other.getByRole('heading', { name: 'Shared result: Payments team' })).toBeVisible();
	await expect(other.getByRole('region', { name: 'Notes and evidence' })).toHaveCount(0);
	await expect(other.getByRole('region', { name: 'Due for review' })).toHaveCount(0);

	const { problems } = await visit(other, full);
	await expect(other.getByRole('heading', { name: 'Shared result: Payments team' })).toBeVisible();
	const evidence = other.getByRole('region', { name: 'Notes and evidence' });
	await expect(evidence).toContainText('checked on 2026-03-01');
	await expect(evidence.locator('.note')).toHaveText(
		'Rules reviewed with the <b>platform</b> team.\nNext: tags.'
	);
	await expect(
		evidence.getByRole('link', { name: 'https://github.com/acme/api/settings/branches' })
	).toHaveAttribute('href', 'https://github.com/acme/api/settings/branches');
	await expect(evidence.getByText('<img src=x onerror=alert(1)> ruleset export')).toBeVisible();
	expect(await other.locator('main img, main b').count()).toBe(0);
	const due = other.getByRole('region', { name: 'Due for review' });
	await expect(due).toContainText('One answer is due for review');
	await expect(due).toContainText('checked on 2026-03-01, due since 2026-09-01');
	expect(await axeViolations(other)).toEqual([]);
	expect(dialogs).toBe(0);
	expect(problems).toEqual([]);
	await fresh.close();
});

test('keeps Scorecard suggestions after a reload, with the Suggested filter, until one is accepted', async ({
	page,
}) => {
	await page.clock.install({ time: at('2026-11-30') });
	const { problems } = await visit(page, Q);
	await page
		.getByLabel('Import OpenSSF Scorecard results')
		.setInputFiles(join(SAMPLES, 'acme-payments-api.json'));
	await expect(page.locator('.scorecard-status')).toContainText(
		'Suggestions are kept with this assessment in this browser, after a reload too'
	);
	const suggested = page.locator('[data-suggestion]:visible');
	const count = await suggested.count();
	expect(count).toBeGreaterThan(1);
	await expect(question(page, 13).locator('[data-suggestion]')).toContainText(
		'Suggested by Scorecard: Initial'
	);

	await page.reload();
	await expect(suggested).toHaveCount(count);
	await expect(question(page, 13).locator('[data-suggestion]')).toContainText(
		'Suggested by Scorecard: Initial'
	);
	await page.getByRole('radio', { name: 'Suggested' }).check();
	await expect(page.locator('fieldset.q:visible')).toHaveCount(count);

	await question(page, 13).getByRole('button', { name: 'Accept' }).click();
	await expect(
		question(page, 13).getByRole('radio', { name: 'Initial', exact: true })
	).toBeChecked();
	await page.reload();
	await expect(suggested).toHaveCount(count - 1);
	await expect(question(page, 13).locator('[data-suggestion]')).toBeHidden();
	await expect(
		question(page, 13).getByRole('radio', { name: 'Initial', exact: true })
	).toBeChecked();
	expect(await axeViolations(page)).toEqual([]);
	expect(problems).toEqual([]);
});

test('opens the questionnaire with a clear message when saved suggestions are damaged, losing no answer', async ({
	page,
}) => {
	await visit(page, Q);
	await answer(page, 13, 'Advanced');
	await page.evaluate(() => localStorage.setItem('trustline:suggestions', '{"schema": 1, "by'));
	const { problems } = await visit(page, Q);
	await expect(page.getByRole('alert')).toContainText(
		'Some saved Scorecard suggestions could not be read: the saved Scorecard suggestions are not valid JSON. Nothing was deleted'
	);
	await expect(
		question(page, 13).getByRole('radio', { name: 'Advanced', exact: true })
	).toBeChecked();
	expect(problems).toEqual([]);
});

test('opens a shared result whose notes cannot be read, or whose evidence holds a javascript: link, and says what was left out', async ({
	page,
}) => {
	const bank = realBank();
	const codes = versionCodes(bank, bank.version)!;
	const opened = openLink(
		await encodeResult(
			{
				bankVersion: bank.version,
				name: 'Payments team',
				date: '2026-11-30',
				targets: { developer: 2, platform: 2, application: 2 },
				answers: { '11': { value: 2 }, '12': { value: 1 } },
			},
			bank
		),
		RESULT_LINK
	);
	if (!opened.ok) throw new Error(opened.reason);
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});

	// A notes section that passes the checksum but is not DEFLATE: the answers still open.
	const damaged = new ByteWriter().bytes(opened.payload).block(utf8('not deflate')).finish();
	damaged[4]! |= 0x40;
	const { problems } = await visit(page, `/results/#${sealFragment('r.', damaged)}`);
	const banner = page.locator('.notice', {
		has: page.getByRole('heading', { name: 'Shared result: Payments team' }),
	});
	await expect(banner).toContainText(
		'The notes and evidence in this link could not be read, so it opens without them.'
	);
	await expect(page.getByRole('table', { name: 'Scores' })).toBeVisible();

	// An evidence section (format 3) holding a javascript: link beside an https one.
	const section = new ByteWriter().u8(3).varint(codes.indexOf(11)).varint(0).varint(2);
	for (const url of ['javascript:alert(document.domain)', 'https://example.org/ruleset']) {
		const bytes = utf8(url);
		section.varint(bytes.length * 2 + 1).bytes(bytes);
	}
	const hostile = new ByteWriter()
		.bytes(opened.payload)
		.block(await deflate(section.finish()))
		.finish();
	hostile[0] = 3;
	await visit(page, 'about:blank');
	await visit(page, `/results/#${sealFragment('r.', hostile)}`);
	await expect(banner).toContainText(
		'An evidence link in this result was left out: only http and https links can be evidence'
	);
	const evidence = page.getByRole('region', { name: 'Notes and evidence' });
	await expect(evidence.getByRole('link', { name: 'https://example.org/ruleset' })).toBeVisible();
	await expect(evidence).not.toContainText('javascript');
	expect(await axeViolations(page)).toEqual([]);
	expect(dialogs).toBe(0);
	expect(problems).toEqual([]);
});
