/**
 * The framework crosswalks: the overview lists every framework, each framework page lists its
 * IDs with the controls that cite them, and a guide's framework references lead to the right row.
 */
import { expect, test } from '@playwright/test';
import { visit } from './helpers';

test('the overview lists the seven frameworks with their crosswalk pages', async ({ page }) => {
	const { problems } = await visit(page, '/frameworks/');
	const table = page.getByRole('table', { name: /The frameworks and how many/ });
	const links = table.getByRole('rowheader').getByRole('link');
	await expect(links).toHaveText([
		'NIST SSDF',
		'SLSA',
		'OpenSSF Scorecard',
		'CISA ZTMM v2.0',
		'S2C2F',
		'OWASP CI/CD Top 10',
		'Microsoft Zero Trust Workshop',
	]);
	await expect(page.getByRole('heading', { name: 'How coverage is worked out' })).toBeVisible();
	expect(problems).toEqual([]);
});

test('a framework page lists every ID with the controls that cite it, linked to their guides', async ({
	page,
}) => {
	await visit(page, '/frameworks/owasp-cicd/');
	const rows = page.getByRole('table', { name: /every risk and the controls/ }).locator('tbody tr');
	await expect(rows).toHaveCount(10);
	const row = rows.filter({
		has: page.getByRole('rowheader', { name: 'CICD-SEC-1', exact: true }),
	});
	const controls = row.getByRole('link');
	expect(await controls.count()).toBeGreaterThan(0);
	await controls.first().click();
	await expect(page).toHaveURL(/\/guides\/[a-z0-9-]+\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test("a guide's framework reference leads to the ID's row, which lists that guide", async ({
	page,
}) => {
	await visit(page, '/frameworks/ssdf/');
	const link = page
		.locator('tbody tr')
		.filter({ has: page.getByRole('link') })
		.first()
		.getByRole('link')
		.first();
	const guidePath = await link.getAttribute('href');
	const guideTitle = (await link.textContent()) ?? '';
	await link.click();
	await expect(page).toHaveURL(guidePath ?? '');
	const facts = page.getByRole('region', { name: 'The control at a glance' });
	const ssdf = facts.locator('dd').filter({ has: page.locator('a[href^="/frameworks/ssdf/#"]') });
	await ssdf.getByRole('link').first().click();
	await expect(page).toHaveURL(/\/frameworks\/ssdf\/#id-/);
	const id = new URL(page.url()).hash.slice(1);
	await expect(
		page.locator(`tr[id="${id}"]`).getByRole('link', { name: guideTitle, exact: true })
	).toBeVisible();
});
