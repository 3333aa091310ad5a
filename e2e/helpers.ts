import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

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

/** Runs axe-core in the page (evaluate bypasses the page's CSP, so axe need not be inlined). */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	const result = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						ctx: Document,
						opts: object
					) => Promise<{
						violations: { id: string; help: string; nodes: { target: string[] }[] }[];
					}>;
				};
			}
		).axe;
		return axe.run(document, { resultTypes: ['violations'] });
	});
	return result.violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')})`
	);
}
