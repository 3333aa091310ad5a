/**
 * The /automation/ page: the Scorecard mapping as a table, readable without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { visit } from './helpers';

test('explains the Scorecard mapping as tables, with no JavaScript', async ({ page }) => {
	const { problems } = await visit(page, '/automation/');
	expect(problems).toEqual([]);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Answers suggested by OpenSSF Scorecard'
	);
	// No island and no script of its own: the one script is the site-wide service-worker
	// registration that every page of the layout carries.
	await expect(page.locator('astro-island')).toHaveCount(0);
	await expect(page.locator('script')).toHaveCount(1);
	await expect(page.locator('script')).toHaveAttribute('src', /\/_astro\/Base\.astro_/);

	const mapped = page.getByRole('table', { name: /the stage each range of scores suggests/ });
	const row = mapped.getByRole('row', {
		name: /Branch-Protection .*Protect main and release branches/,
	});
	await expect(row).toContainText('0: Traditional.');
	await expect(row).toContainText('3 to 5: Initial.');
	await expect(row).toContainText('6 to 10: Advanced.');
	await expect(
		row.getByRole('link', { name: 'Protect main and release branches' })
	).toHaveAttribute('href', '/guides/protected-branches/');
	await expect(mapped.getByRole('row')).toHaveCount(13);

	const unused = page.getByRole('table', {
		name: 'Scorecard checks that speak to no Trustline control',
	});
	await expect(unused.getByRole('rowheader')).toHaveText([
		'Binary-Artifacts',
		'CII-Best-Practices',
		'Contributors',
		'Fuzzing',
		'License',
		'Maintained',
		'Packaging',
		'Webhooks',
	]);
});
