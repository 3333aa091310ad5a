import { expect, test } from '@playwright/test';
import { builtPages } from './site';
import { axeViolations, visit } from './helpers';

const pages = builtPages();

for (const { path } of pages) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`${path} loads cleanly and passes axe (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			const { problems, response } = await visit(page, path);
			expect(response?.status(), 'HTTP status').toBe(200);

			const violations = await axeViolations(page);

			expect(problems).toEqual([]);
			expect(violations).toEqual([]);
		});
	}
}

test('an unknown address shows the not-found page with status 404', async ({ page }) => {
	const { problems, response } = await visit(page, '/no-such-page/');

	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	// The browser logs the 404 status itself; anything else would be a real problem.
	expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
});

test('the home page names every framework the controls cite, and ATT&CK for the threats', async ({
	page,
}) => {
	await visit(page, '/');
	const intro = page.locator('main p').filter({ hasText: 'concrete controls are mapped to' });

	// The same names the control pages use (src/data/catalogue.ts, FRAMEWORK_NAMES).
	for (const name of [
		'NIST SSDF',
		'SLSA',
		'OpenSSF Scorecard',
		'CISA ZTMM v2.0',
		'S2C2F',
		'OWASP CI/CD Top 10',
		'Microsoft Zero Trust Workshop',
		'MITRE ATT&CK',
	]) {
		await expect(intro).toContainText(name);
	}
});

test('sends the security headers that a meta policy cannot set', async ({ page }) => {
	const { response } = await visit(page, '/');
	const headers = response?.headers() ?? {};

	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('no-referrer');
	expect(headers['permissions-policy']).toContain('camera=()');
});
