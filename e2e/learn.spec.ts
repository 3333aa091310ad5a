import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, visit } from './helpers';
import { loadLearn } from '../src/test/learn';
import { passThreshold } from '../src/lib/quiz/score';

const LEARN_KEY = 'trustline:learn';
const learn = loadLearn();
const modules = [...learn.modules].sort((a, b) => a.data.order - b.data.order);
/** Text as the page shows it: backtick code spans render as <code>, without the backticks. */
const flat = (text: string) => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
/** Correct and wrong option texts by scenario, to answer whatever order the quiz shows. */
const answerKey = new Map(
	learn.questions.map((q) => [
		flat(q.data.scenario),
		{
			correct: flat(q.data.options.find((o) => o.correct)!.text),
			wrong: flat(q.data.options.find((o) => !o.correct)!.text),
		},
	])
);
const questionCount = (id: string) => learn.questions.filter((q) => q.data.module === id).length;

/** Waits until every island on the page has hydrated (Astro drops the `ssr` attribute then). */
async function hydrated(page: Page) {
	await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

/** Presses Tab until `target` has focus: the keyboard path a learner would take. */
async function tabTo(page: Page, target: Locator, max = 120) {
	await expect(target).toBeVisible();
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target.toString()}`);
}

/** Runs axe on the page as it is now, in light and in dark mode. */
async function expectAccessible(page: Page) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		expect(await axeViolations(page), colorScheme).toEqual([]);
	}
	await page.emulateMedia({ colorScheme: 'light' });
}

async function expectFocused(target: Locator) {
	await expect.poll(() => target.evaluate((el) => el === document.activeElement)).toBe(true);
}

/** Walks the guided tour to its end with the keyboard, checking focus and announcements. */
async function takeTour(page: Page, steps: number) {
	const next = page.getByRole('button', { name: 'Next', exact: true });
	await tabTo(page, next);
	await expect(page.locator('.tour-count')).toHaveText(`Step 1 of ${steps}`);
	for (let step = 2; step <= steps; step++) {
		await page.keyboard.press('Enter');
		await expect(page.locator('.tour [aria-live="polite"]')).toContainText(
			`Step ${step} of ${steps}`
		);
		await expectFocused(next);
	}
	await expect(next).toHaveAttribute('aria-disabled', 'true');
	// At the last step Next stays focusable and does nothing; Previous goes back.
	await page.keyboard.press('Enter');
	await expect(page.locator('.tour-count')).toHaveText(`Step ${steps} of ${steps}`);
}

/** Answers the question on screen by keyboard: right or wrong, then checks and moves on. */
async function answerCurrent(page: Page, right: boolean, audit = false) {
	const scenario = flat(await page.locator('.quiz-scenario').innerText());
	const key = answerKey.get(scenario);
	expect(key, `unknown scenario: ${scenario}`).toBeTruthy();
	const wanted = right ? key!.correct : key!.wrong;
	const labels = (await page.locator('.quiz-option label').allInnerTexts()).map((t) =>
		flat(t).replace(/^[A-E]\. /, '')
	);
	const index = labels.indexOf(wanted);
	expect(index, `option "${wanted}" among ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);

	await tabTo(page, page.locator('.quiz-option input').first());
	if (index === 0) await page.keyboard.press('Space');
	for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
	await expect(page.locator('.quiz-option input').nth(index)).toBeChecked();
	await page.keyboard.press('Tab');
	await expectFocused(page.getByRole('button', { name: 'Check answer' }));
	await page.keyboard.press('Enter');

	const verdict = page.locator('.quiz-feedback h4');
	await expect(verdict).toContainText(right ? 'Correct.' : 'Not quite.');
	await expectFocused(verdict);
	await expect(page.locator('.quiz-explanations li')).toHaveCount(labels.length);
	if (audit) await expectAccessible(page);
	const onward = page.locator('.quiz-feedback button');
	await tabTo(page, onward);
	await page.keyboard.press('Enter');
	// Focus moves to the next question's heading, or to the score after the last one.
	await expectFocused(page.locator('.quiz h3').first());
}

/** Answers `count` questions of the current attempt; the first `wrong` of them wrongly. */
async function answerQuestions(page: Page, count: number, wrong = 0, audit = false) {
	for (let i = 0; i < count; i++)
		await answerCurrent(page, i >= wrong, audit && (i === 0 || i === wrong));
}

test('a new starter completes the onboarding path by keyboard alone, reloading midway', async ({
	page,
}) => {
	test.setTimeout(240_000);
	const { problems } = await visit(page, '/learn/');
	await hydrated(page);
	await expect(page.locator('.path-status')).toHaveText(Array(modules.length).fill('Not started'));

	// Start the path from the overview.
	await tabTo(page, page.getByRole('link', { name: `Start: ${modules[0]!.data.title}` }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/learn\/introduction\/$/);
	await hydrated(page);

	for (const [i, module] of modules.entries()) {
		const total = questionCount(module.id);
		if (i > 0) {
			await expect(page).toHaveURL(new RegExp(`/learn/${module.id}/$`));
			await hydrated(page);
		}
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(module.data.title);
		await takeTour(page, module.data.tour.length);

		if (i === 0) {
			// Fail the first attempt (one wrong answer too many for the pass mark), then retry: a new
			// order, then pass. Axe checks the feedback of a wrong and of a right answer, light and dark.
			const wrong = total - passThreshold(total) + 1;
			await answerQuestions(page, total, wrong, true);
			const score = page.getByRole('heading', { name: /^Your score:/ });
			await expectFocused(score);
			await expect(score).toContainText(`${total - wrong} of ${total}`);
			await expect(page.locator('.quiz .notice')).toContainText('Not passed yet');
			await expectAccessible(page);
			const firstOrder = await page.locator('.quiz-review li').allInnerTexts();
			await tabTo(page, page.getByRole('button', { name: 'Retry with a new order' }));
			await page.keyboard.press('Enter');
			await expectFocused(page.getByRole('heading', { name: `Question 1 of ${total}` }));
			await answerQuestions(page, total);
			const secondOrder = (await page.locator('.quiz-review li').allInnerTexts()).map((t) =>
				t.replace(/^\S+ /, '')
			);
			expect(secondOrder).not.toEqual(firstOrder.map((t) => t.replace(/^\S+ /, '')));
		} else if (i === 1) {
			// Reload halfway through: the answers so far are kept and the check carries on.
			const half = Math.floor(total / 2);
			await answerQuestions(page, half);
			await page.reload();
			await hydrated(page);
			await expect(
				page.getByRole('heading', { name: `Question ${half + 1} of ${total}` })
			).toBeVisible();
			await expect(page.locator('.quiz-progress')).toContainText(`${half} of ${total} answered`);
			await answerQuestions(page, total - half);
		} else {
			await answerQuestions(page, total);
		}

		await expect(page.getByRole('heading', { name: /^Your score:/ })).toContainText(
			`${total} of ${total}`
		);
		await expect(page.locator('.quiz .notice.success').first()).toContainText('Passed');
		const onward =
			i < modules.length - 1
				? page.getByRole('link', { name: `Next module: ${modules[i + 1]!.data.title}` })
				: page.locator('.quiz').getByRole('link', { name: 'See your completion summary' });
		await tabTo(page, onward);
		await page.keyboard.press('Enter');
	}

	// The completion summary: every module passed; make a share link by keyboard.
	await expect(page).toHaveURL(/\/learn\/completion\/$/);
	await hydrated(page);
	await expect(
		page.getByText(`${modules.length} of ${modules.length} modules passed`)
	).toBeVisible();
	await expect(
		page.getByText('A completion link is a self-report, not a certificate.')
	).toBeVisible();
	await tabTo(page, page.getByLabel('Your name (optional)'));
	await page.keyboard.type('Alex Example');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	const field = page.getByLabel('Your completion link');
	await expectFocused(field);
	const link = await field.inputValue();
	expect(link).toMatch(/\/learn\/completion\/#l\.[A-Za-z0-9_-]+$/);

	// The overview shows what is done.
	await visit(page, '/learn/');
	await hydrated(page);
	await expect(page.locator('.path-status')).toHaveText(Array(modules.length).fill('Passed'));
	await expect(
		page.getByText(`${modules.length} of ${modules.length} modules passed`)
	).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	expect(problems).toEqual([]);

	// The link opens in a fresh browser context, read-only, with no progress of its own.
	const fresh = await page.context().browser()!.newContext();
	const other = await fresh.newPage();
	await other.goto(link);
	await expect(other.getByRole('heading', { name: 'Shared completion summary' })).toBeVisible();
	await expect(other.getByText('Self-report, not a certificate.', { exact: true })).toBeVisible();
	await expect(other.locator('.shared-completion dd').first()).toHaveText('Alex Example');
	const rows = other.getByRole('table', { name: 'Modules passed' }).locator('tbody tr');
	await expect(rows).toHaveCount(modules.length);
	for (const [i, module] of modules.entries()) {
		await expect(rows.nth(i)).toContainText(module.data.title);
		await expect(rows.nth(i)).toContainText(/\d{1,2} [A-Z][a-z]+ \d{4}/);
	}
	expect(await other.evaluate((key) => localStorage.getItem(key), LEARN_KEY)).toBeNull();
	await expectAccessible(other);
	await fresh.close();
});

test('a damaged completion link shows a clear alert and never breaks the page', async ({
	page,
}) => {
	const { problems } = await visit(page, '/learn/completion/#l.AQfoo$bar');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('This completion link could not be opened');
	await expect(alert).toContainText('characters a Trustline link never has');

	await page.evaluate(() => {
		location.hash = 'l.AQAAAAAA';
	});
	await expect(page.getByRole('alert')).toContainText(/damaged|incomplete|could not be read/);
	await page.getByRole('button', { name: 'Show my own summary instead' }).click();
	await expect(page.getByRole('heading', { name: 'Your summary' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	expect(problems).toEqual([]);
});

test('unreadable saved progress is kept aside, the learner is told, and the path still works', async ({
	page,
}) => {
	await page.addInitScript((key) => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem(key, '{"schema":1,"modules":{"developer":{"tourDone":"yes"}}');
			sessionStorage.setItem('seeded', '1');
		}
	}, LEARN_KEY);
	const { problems } = await visit(page, '/learn/');
	await hydrated(page);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('could not be read');
	await expect(alert).toContainText('trustline:backup:learn-');
	const backups = await page.evaluate(() =>
		Object.keys(localStorage)
			.filter((k) => k.startsWith('trustline:backup:'))
			.map((k) => localStorage.getItem(k))
	);
	expect(backups).toContain('{"schema":1,"modules":{"developer":{"tourDone":"yes"}}');
	await expect(page.locator('.path-status').first()).toHaveText('Not started');
	expect(problems).toEqual([]);
});

test('the gaps page says when there is no assessment and links to it', async ({ page }) => {
	const { problems } = await visit(page, '/learn/gaps/');
	await expect(page.getByText('There is no assessment on this device yet')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Take the assessment' })).toHaveAttribute(
		'href',
		'/assess/'
	);
	expect(problems).toEqual([]);
});

test('the gaps page builds a personal path from the lowest controls and practises them', async ({
	page,
}) => {
	await visit(page, '/learn/');
	const state = {
		schema: 2,
		activeId: 'team1',
		assessments: [
			{
				id: 'team1',
				name: 'Payments team',
				createdAt: '2026-11-20T09:00:00.000Z',
				updatedAt: '2026-11-25T09:00:00.000Z',
				bankVersion: 1,
				targets: { developer: 2, platform: 2, application: 2 },
				// Trusted IDE extensions (16) and secrets in a vault (101) lowest; protected branches (11) next.
				answers: {
					'16': { value: 0 },
					'101': { value: 'unknown' },
					'11': { value: 1 },
					'12': { value: 3 },
				},
			},
		],
	};
	await page.evaluate(
		(value) => localStorage.setItem('trustline:assessments', value),
		JSON.stringify(state)
	);
	const { problems } = await visit(page, '/learn/gaps/');
	await hydrated(page);
	const steps = page.locator('.gap-step h3');
	await expect(steps).toHaveCount(3);
	await expect(steps.nth(2)).toHaveText('Protect main and release branches');
	await expect(page.locator('.gap-step').first()).toContainText('Traditional');
	await expect(
		page.getByRole('link', { name: 'from Initial to Advanced in the guide' })
	).toHaveAttribute('href', '/guides/protected-branches/#from-initial-to-advanced');
	await page.getByRole('button', { name: 'Start practising' }).click();
	await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeVisible();
	await answerCurrent(page, true);
	await expect(page.locator('.quiz-progress')).toContainText('1 of');
	// Practice does not count towards the path.
	expect(await page.evaluate((key) => localStorage.getItem(key), LEARN_KEY)).toBeNull();
	expect(await axeViolations(page)).toEqual([]);
	expect(problems).toEqual([]);
});

test('every link on the training pages, including those inside the quiz data, resolves', async ({
	request,
}) => {
	const pages = [
		'/learn/',
		'/learn/completion/',
		'/learn/gaps/',
		...modules.map((m) => `/learn/${m.id}/`),
	];
	const links = new Set<string>();
	for (const path of pages) {
		const html = await (await request.get(path)).text();
		// Rendered hrefs, and the links serialised into island props (HTML-escaped JSON).
		for (const [, href] of html.matchAll(/href="(\/[^"#]*)/g)) links.add(href!);
		const serialised = /\/(?:guides|threats|learn|environments|threat-model)\/(?:[a-z0-9-]+\/)?/g;
		for (const [href] of html.matchAll(serialised)) links.add(href);
	}
	const broken: string[] = [];
	for (const href of [...links].filter((l) => !l.startsWith('/_astro/'))) {
		const response = await request.get(href);
		if (response.status() !== 200) broken.push(`${href} (${response.status()})`);
	}
	expect(links.size).toBeGreaterThan(50);
	expect(broken).toEqual([]);
});

test('the guided tour shows its diagram with the current stop highlighted, and says what is lit', async ({
	page,
}) => {
	const module = modules.find((m) => m.id === 'platform')!;
	const { problems } = await visit(page, '/learn/platform/');
	await hydrated(page);
	const figure = page.locator('.tour-diagram');
	await expect(figure.getByRole('img', { name: /DevOps platform threat model/ })).toBeVisible();
	const caption = figure.locator('figcaption');
	const next = page
		.getByRole('group', { name: 'Tour steps' })
		.getByRole('button', { name: 'Next' });
	let lit = 0;
	for (const [i, step] of module.data.tour.entries()) {
		if (step.kind === 'threat') {
			await expect(caption).toContainText('Highlighted on the diagram:');
			expect(await figure.locator('.tm-hl').count(), step.title).toBeGreaterThan(0);
			lit++;
		} else {
			await expect(caption).toContainText('nothing is highlighted');
			await expect(figure.locator('.tm-hl')).toHaveCount(0);
		}
		if (i < module.data.tour.length - 1) await next.click();
	}
	expect(lit).toBeGreaterThan(0);
	expect(await axeViolations(page)).toEqual([]);
	expect(problems).toEqual([]);
});
