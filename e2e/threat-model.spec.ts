import { expect, test, type Page } from '@playwright/test';
import { axeViolations, visit } from './helpers';
import { realBank } from '../src/test/content';
import { loadDiagrams } from '../src/test/diagrams';
import { layoutDiagram } from '../src/lib/diagram/layout';
import { STATUS_WORDS } from '../src/lib/diagram/status';
import { scoreAssessment, type ThreatStatus } from '../src/lib/scoring';
import { assessmentToShared, encodeResult } from '../src/lib/share';
import type { Answers, Assessment } from '../src/lib/model';

const KEY = 'trustline:assessments';
const bank = realBank();
const diagrams = loadDiagrams();
const PAGES = [
	{ id: 'overview', path: '/threat-model/' },
	{ id: 'developer', path: '/threat-model/developer/' },
	{ id: 'platform', path: '/threat-model/platform/' },
	{ id: 'application', path: '/threat-model/application/' },
];
const titleOf = new Map(bank.threats.map((t) => [t.id, t.title]));

/** The markers of a diagram in their order, as the build lays them out. */
function markersOf(id: string) {
	return layoutDiagram(diagrams.get(id)!).markers.map((m) => ({
		id: m.threat,
		n: m.n,
		title: titleOf.get(m.threat)!,
	}));
}

/** An assessment answering every control with a repeating pattern, so all four statuses occur. */
function patternAssessment(name = 'Payments team'): Assessment {
	const values = [0, 1, 2, 3, 'na', 'unknown', 2, 3, 0, 1, 3] as const;
	const answers: Answers = {};
	// Leave a few controls unanswered as well.
	bank.controls.forEach((c, i) => {
		if (i % 13 !== 12) answers[String(c.code)] = { value: values[i % values.length]! };
	});
	return {
		id: 'team1',
		name,
		createdAt: '2026-11-20T09:00:00.000Z',
		updatedAt: '2026-11-25T09:00:00.000Z',
		bankVersion: bank.version,
		targets: { developer: 2, platform: 2, application: 2 },
		answers,
	};
}

function expectedStatuses(a: Assessment): Map<string, ThreatStatus> {
	return new Map(
		scoreAssessment(bank, a.answers, a.targets).threats.map((t) => [t.threat.id, t.status])
	);
}

async function seed(page: Page, assessment: Assessment) {
	const state = { schema: 2, activeId: assessment.id, assessments: [assessment] };
	await page.addInitScript(
		([key, value]) => localStorage.setItem(key!, value!),
		[KEY, JSON.stringify(state)]
	);
}

/**
 * Waits for the island to hydrate (it does once the diagram scrolls into view): markers turn from
 * links into buttons.
 */
async function markers(page: Page) {
	await page.locator('.tm-stage').scrollIntoViewIfNeeded();
	const group = page.getByRole('group', { name: /^Threat markers/ });
	await expect(group.getByRole('button').first()).toBeVisible();
	return group.getByRole('button');
}

/** The status word each marker's accessible name ends with, by threat id. */
async function statusesOnDiagram(page: Page, id: string): Promise<Map<string, string>> {
	const buttons = await markers(page);
	const names = await buttons.evaluateAll((els) =>
		els.map((el) => el.getAttribute('aria-label') ?? '')
	);
	const out = new Map<string, string>();
	for (const m of markersOf(id)) {
		const name = names.find((n) => n.startsWith(`${m.n}. `));
		out.set(m.id, name?.split(': ').pop() ?? '(missing)');
	}
	return out;
}

/**
 * Waits for the threat list to hydrate: it is its own island, which runs when it comes near the
 * viewport, and its "Show on diagram" buttons are disabled until then.
 */
async function listReady(page: Page) {
	await page.locator('.tm-threat-list').scrollIntoViewIfNeeded();
	await expect(page.locator('.tm-show').first()).toBeEnabled();
}

/** The status word the threat list shows for each threat, by threat id. */
async function statusesInList(page: Page): Promise<Map<string, string>> {
	await listReady(page);
	const items = page.locator('.tm-threat-list > li');
	const rows = await items.evaluateAll((els) =>
		els.map((el) => [
			el.id.replace(/^threat-/, ''),
			el.querySelector('.tm-status')?.textContent?.trim() ?? '',
		])
	);
	return new Map(rows as [string, string][]);
}

function wordsOf(statuses: Map<string, ThreatStatus>, ids: string[]): Map<string, string> {
	return new Map(ids.map((id) => [id, STATUS_WORDS[statuses.get(id)!]]));
}

for (const { id, path } of PAGES) {
	test(`${path}: every threat marker is reached and opened with the keyboard`, async ({ page }) => {
		const { problems } = await visit(page, path);
		const expected = markersOf(id);
		await expect(await markers(page)).toHaveCount(expected.length);

		// From the last toolbar button, Tab reaches the scrollable diagram (arrow keys pan it), then
		// the markers' single Tab stop: marker 1.
		await page.getByRole('button', { name: 'Zoom in' }).focus();
		await page.keyboard.press('Tab');
		await expect(page.locator(':focus')).toHaveClass(/tm-stage/);
		await page.keyboard.press('Tab');
		for (const [i, marker] of expected.entries()) {
			const focused = page.locator(':focus');
			await expect(focused).toHaveAttribute(
				'aria-label',
				`${marker.n}. ${marker.title}: Not assessed`
			);
			await expect(focused).toHaveAttribute('aria-expanded', 'false');
			// Alternate Enter and Space, which both open the panel.
			await page.keyboard.press(i % 2 === 0 ? 'Enter' : ' ');
			const panel = page.getByRole('region', { name: `${marker.n}. ${marker.title}` });
			await expect(panel).toBeVisible();
			await expect(focused).toHaveAttribute('aria-expanded', 'true');
			await expect(panel.getByRole('heading', { name: 'Attack path' })).toBeVisible();
			expect(await panel.locator('.tm-steps li').count()).toBeGreaterThanOrEqual(3);
			await page.keyboard.press('Escape');
			await expect(panel).toBeHidden();
			await expect(page.locator(':focus')).toHaveAttribute(
				'aria-label',
				new RegExp(`^${marker.n}\\. `)
			);
			await page.keyboard.press('ArrowRight');
		}
		// Past the last marker the arrow keys wrap round to the first; Tab leaves the diagram.
		await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^1\. /);
		await page.keyboard.press('End');
		await expect(page.locator(':focus')).toHaveAttribute(
			'aria-label',
			new RegExp(`^${expected.length}\\. `)
		);
		await page.keyboard.press('Home');
		await page.keyboard.press('Tab');
		await expect(page.locator(':focus')).not.toHaveAttribute('role', 'button');
		expect(problems).toEqual([]);
	});

	test(`${path}: statuses match the scoring engine for a saved assessment`, async ({ page }) => {
		const assessment = patternAssessment();
		await seed(page, assessment);
		const { problems } = await visit(page, path);
		const ids = markersOf(id).map((m) => m.id);
		const expected = wordsOf(expectedStatuses(assessment), ids);

		await expect(
			page.getByText('Exposure from your saved assessment “Payments team”.')
		).toBeVisible();
		expect(await statusesOnDiagram(page, id)).toEqual(expected);
		await expect.poll(() => statusesInList(page)).toEqual(expected);
		expect(new Set(expected.values()).size, 'the pattern gives several statuses').toBeGreaterThan(
			id === 'overview' ? 2 : 1
		);
		expect(problems).toEqual([]);
	});

	test(`${path}: statuses match the scoring engine when opened from a share link`, async ({
		browser,
	}) => {
		const assessment = patternAssessment('Platform <b>team</b>');
		const fragment = await encodeResult(assessmentToShared(assessment, false), bank);
		// A fresh context: nothing saved, so everything shown comes from the link.
		const context = await browser.newContext();
		const page = await context.newPage();
		const { problems } = await visit(page, `${path}#${fragment}`);
		const ids = markersOf(id).map((m) => m.id);
		const expected = wordsOf(expectedStatuses(assessment), ids);

		const banner = page.locator('.tm-banner');
		await expect(banner).toContainText(
			'Showing the shared result “Platform <b>team</b>” from 2026-11-25'
		);
		await expect(banner.locator('b')).toHaveCount(0);
		expect(await statusesOnDiagram(page, id)).toEqual(expected);
		await expect.poll(() => statusesInList(page)).toEqual(expected);

		await banner.getByRole('button', { name: 'Show my own assessment instead' }).click();
		await expect(page.locator('.tm-banner')).toHaveCount(0);
		expect(new URL(page.url()).hash).toBe('');
		await expect
			.poll(async () =>
				[...(await statusesInList(page)).values()].every((s) => s === 'Not assessed')
			)
			.toBe(true);
		expect(problems).toEqual([]);
		await context.close();
	});

	test(`${path}: axe finds nothing with exposure, an open panel and a filter, light and dark`, async ({
		page,
	}) => {
		// Eight axe runs over the largest diagram (34 threats) take longer than one default timeout.
		test.setTimeout(180_000);
		await seed(page, patternAssessment());
		for (const width of [375, 1280]) {
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.setViewportSize({ width, height: 900 });
				await page.emulateMedia({ colorScheme });
				const { problems } = await visit(page, path);
				await (await markers(page)).first().click();
				await expect(page.locator('#tm-panel')).toBeVisible();
				expect(await axeViolations(page), `${width}px ${colorScheme}`).toEqual([]);
				await page.getByRole('combobox', { name: /^Status/ }).selectOption({ label: 'Exposed' });
				expect(await axeViolations(page), `${width}px ${colorScheme}, filtered`).toEqual([]);
				expect(problems).toEqual([]);
			}
		}
	});
}

test('after answering controls in the questionnaire the diagram shows the engine’s statuses', async ({
	page,
}) => {
	const [first, second] = markersOf('developer');
	const optimal = bank.controls.filter((c) => c.mitigates.includes(first!.id));
	const traditional = bank.controls.filter(
		(c) => c.mitigates.includes(second!.id) && !optimal.includes(c)
	);
	const answers: Answers = {};
	for (const [controls, level, value] of [
		[optimal, 'Optimal', 3],
		[traditional, 'Traditional', 0],
	] as const) {
		for (const control of controls) {
			// Each control is asked on its own environment's page.
			const path = `/assess/${control.environment}/`;
			if (new URL(page.url()).pathname !== path) await visit(page, path);
			await page
				.locator(`#control-${control.code}`)
				.getByRole('radio', { name: level, exact: true })
				.check();
			answers[String(control.code)] = { value };
		}
	}
	const { problems } = await visit(page, '/threat-model/developer/');
	const statuses = scoreAssessment(bank, answers, {
		developer: 2,
		platform: 2,
		application: 2,
	}).threats;
	const expected = wordsOf(
		new Map(statuses.map((t) => [t.threat.id, t.status])),
		markersOf('developer').map((m) => m.id)
	);
	expect(expected.get(first!.id)).toBe('Mitigated');
	expect(await statusesOnDiagram(page, 'developer')).toEqual(expected);
	await expect.poll(() => statusesInList(page)).toEqual(expected);
	expect(problems).toEqual([]);
});

test('a damaged share link shows an alert and the page stays usable', async ({ page }) => {
	const fragment = await encodeResult(assessmentToShared(patternAssessment(), false), bank);
	const damaged = `${fragment.slice(0, -6)}AAAAAA`;
	const { problems } = await visit(page, `/threat-model/developer/#${damaged}`);

	const alert = page.getByRole('alert');
	await expect(alert).toContainText('This results link is damaged');
	await expect(alert).toContainText('every threat as not assessed');
	const first = (await markers(page)).first();
	await first.click();
	await expect(page.locator('#tm-panel')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	expect(problems).toEqual([]);
});

test('an in-page anchor is not read as a share link', async ({ page }) => {
	const { problems } = await visit(page, '/threat-model/#text-version');
	await markers(page);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.locator('.tm-banner')).toHaveCount(0);
	expect(problems).toEqual([]);
});

test('filters by environment and by status, and keeps one Tab stop on the shown markers', async ({
	page,
}) => {
	const assessment = patternAssessment();
	await seed(page, assessment);
	await visit(page, '/threat-model/');
	const statuses = expectedStatuses(assessment);
	const all = markersOf('overview');

	await page
		.getByRole('combobox', { name: /^Environment/ })
		.selectOption({ label: 'DevOps platform' });
	const platform = all.filter(
		(m) => bank.threats.find((t) => t.id === m.id)?.environment === 'platform'
	);
	await expect(await markers(page)).toHaveCount(platform.length);
	await expect(
		page.getByText(`Showing ${platform.length} of ${all.length} threats.`)
	).toBeVisible();

	await page.getByRole('combobox', { name: /^Status/ }).selectOption({ label: 'Exposed' });
	const both = platform.filter((m) => statuses.get(m.id) === 'exposed');
	await expect(await markers(page)).toHaveCount(both.length);
	await listReady(page);
	await expect(page.locator('.tm-threat-list > li')).toHaveCount(both.length);
	await expect(page.locator('.tm-markers [tabindex="0"]')).toHaveCount(both.length > 0 ? 1 : 0);
});

test('hovering or focusing a marker lights up the parts its threat rides', async ({ page }) => {
	await visit(page, '/threat-model/platform/');
	const first = markersOf('platform')[0]!;
	const on = diagrams.get('platform')!.threats[first.id]!;
	const marker = (await markers(page)).first();

	await expect(page.locator('.tm-hl')).toHaveCount(0);
	await marker.hover();
	await expect(page.locator('.tm-hl')).toHaveCount(on.length);
	await page.mouse.move(0, 0);
	await expect(page.locator('.tm-hl')).toHaveCount(0);
	await marker.focus();
	await expect(page.locator('.tm-hl')).toHaveCount(on.length);
});

test('the panel links each mitigating control to its question and its guidance', async ({
	page,
}) => {
	await seed(page, patternAssessment());
	await visit(page, '/threat-model/developer/');
	const first = markersOf('developer')[0]!;
	await (await markers(page)).first().click();
	const panel = page.locator('#tm-panel');
	const mitigating = bank.controls.filter((c) => c.mitigates.includes(first.id));
	await expect(panel.locator('.tm-controls > li')).toHaveCount(mitigating.length);
	for (const control of mitigating) {
		await expect(panel.getByRole('link', { name: `Answer “${control.title}”` })).toHaveAttribute(
			'href',
			`/assess/${control.environment}/#control-${control.code}`
		);
		await expect(
			panel.getByRole('link', { name: `Guidance for “${control.title}”` })
		).toHaveAttribute('href', `/guides/${control.guide}/`);
	}
	await expect(panel).toContainText('Current level:');

	// Escape from inside the panel closes it and puts focus back on its marker.
	await panel.getByRole('link').first().focus();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(page.locator(':focus')).toHaveAttribute('aria-label', new RegExp(`^${first.n}\\. `));
});

test('works from 320 px wide: the page does not scroll sideways and zoom changes the diagram', async ({
	page,
}) => {
	await page.setViewportSize({ width: 320, height: 700 });
	await visit(page, '/threat-model/');
	await markers(page);
	const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(pageWidth).toBeLessThanOrEqual(320);

	const canvas = page.locator('.tm-canvas');
	const normal = (await canvas.boundingBox())!.width;
	expect(normal).toBeGreaterThan(320);
	await page.getByRole('button', { name: 'Zoom out' }).click();
	expect((await canvas.boundingBox())!.width).toBeLessThan(320);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	expect((await canvas.boundingBox())!.width).toBeGreaterThan(normal);
});

test('respects reduced motion', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await visit(page, '/threat-model/');
	await (await markers(page)).first().hover();
	const duration = await page
		.locator('.tm-hl')
		.first()
		.evaluate((el) => getComputedStyle(el).animationDuration);
	expect(['0s', '1e-05s']).toContain(duration);
});

test('without JavaScript the diagram, its markers and the text version still read', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/threat-model/application/');
	await expect(
		page.getByRole('img', { name: /Application environment threat model/ })
	).toBeVisible();
	const links = page.locator('.tm-markers a');
	await expect(links).toHaveCount(markersOf('application').length);
	await expect(links.first()).toHaveAttribute('href', /^#threat-/);
	await expect(page.getByRole('heading', { name: 'Text version of the diagram' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Threats on this diagram' })).toBeVisible();
	await context.close();
});

test('"Show on diagram" in the threat list opens that threat on the diagram and focuses its marker', async ({
	page,
}) => {
	const { problems } = await visit(page, '/threat-model/platform/');
	const second = markersOf('platform')[1]!;
	await markers(page);
	await listReady(page);
	await page
		.locator(`#threat-${second.id}`)
		.getByRole('button', { name: /^Show on diagram/ })
		.click();
	await expect(page.locator('#tm-panel')).toBeVisible();
	await expect(page.locator(':focus')).toHaveAttribute(
		'aria-label',
		new RegExp(`^${second.n}\\. `)
	);
	await expect(page.locator(':focus')).toHaveAttribute('aria-expanded', 'true');
	expect(problems).toEqual([]);
});
