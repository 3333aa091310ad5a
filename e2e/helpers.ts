import { AxeBuilder } from '@axe-core/playwright';
import { test, type Page } from '@playwright/test';

/** Loads a page and records console errors, CSP violations and requests to other origins. */
export async function visit(page: Page, path: string) {
	const problems: string[] = [];
	const origin = new URL(test.info().project.use.baseURL ?? 'http://localhost').origin;
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith('data:') && new URL(url).origin !== origin) {
			problems.push(`request to another origin: ${url}`);
		}
	});
	const response = await page.goto(path, { waitUntil: 'load' });
	return { problems, response };
}

/** Runs axe-core in the page through @axe-core/playwright, which injects it past the page's CSP. */
export async function axeViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
	return result.violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')})`
	);
}

/** Where the site keeps its saved assessments. */
export const ASSESSMENTS_KEY = 'trustline:assessments';

/**
 * Opens /assess/ and saves one assessment ("team1", bank version `bankVersion`, targets 2/3/1)
 * as the active one in the page's storage; `extra` adds fields such as a repository.
 */
export async function saveAssessment(
	page: Page,
	{
		name,
		bankVersion,
		answers,
		extra = {},
	}: { name: string; bankVersion: number; answers: Record<string, unknown>; extra?: object }
) {
	await visit(page, '/assess/');
	const state = {
		schema: 2,
		activeId: 'team1',
		assessments: [
			{
				id: 'team1',
				name,
				createdAt: '2026-11-20T09:00:00.000Z',
				updatedAt: '2026-11-25T09:00:00.000Z',
				bankVersion,
				targets: { developer: 2, platform: 3, application: 1 },
				answers,
				...extra,
			},
		],
	};
	await page.evaluate(
		([key, value]) => localStorage.setItem(key as string, value as string),
		[ASSESSMENTS_KEY, JSON.stringify(state)]
	);
}
