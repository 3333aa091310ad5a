import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { DIST } from './site';

// These tests run the service worker, which the other specs block (playwright.config.ts), against
// a server of their own: closing it takes the site off the network for real, and it can serve a
// changed worker, as a new deploy would.
test.use({ serviceWorkers: 'allow' });

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
};

/** A static server for dist/; `deploy()` makes it serve a worker with different bytes. */
async function startSite() {
	let release = '';
	async function serve(req: IncomingMessage, res: ServerResponse) {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
		try {
			await stat(file);
			let body: Buffer | string = await readFile(file);
			if (path === '/sw.js' && release) body = `${body.toString()}\n// ${release}\n`;
			res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
			res.end(body);
		} catch {
			res.writeHead(404, { 'content-type': TYPES['.html']! });
			res.end(await readFile(join(DIST, '404.html')));
		}
	}
	const server: Server = createServer((req, res) => void serve(req, res));
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		base,
		deploy: (name: string) => (release = name),
		stop: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}

async function firstVisit(page: Page, base: string) {
	await page.goto(`${base}/`);
	// Precaching the whole site takes a few seconds on a slow machine.
	await expect(page.getByText('Available offline.')).toBeVisible({ timeout: 45_000 });
}

test('after a first visit the main pages open, search works and a question is answered offline', async ({
	page,
	context,
}) => {
	test.setTimeout(120_000);
	const site = await startSite();
	await firstVisit(page, site.base);
	await site.stop();
	await context.setOffline(true);

	for (const [path, heading] of [
		['/guides/', 'Guides'],
		['/threat-model/', /threat model/i],
		['/learn/', /./],
		['/compare/', 'Compare results'],
		['/how-scoring-works/', /./],
	] as const) {
		await page.goto(`${site.base}${path}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	}

	await page.goto(`${site.base}/search/?q=phishing`);
	await expect(page.locator('a.search-hit').first()).toBeVisible({ timeout: 20_000 });

	await page.goto(`${site.base}/assess/`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.goto(`${site.base}/assess/developer/`);
	const first = page.locator('fieldset.q').first();
	await expect(page.getByText(/^0 of \d+ answered here/)).toBeVisible();
	await first.getByRole('radio', { name: /^Advanced/ }).check();
	await expect(page.getByText(/^1 of \d+ answered here/)).toBeVisible();

	await page.goto(`${site.base}/results/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results');
	await expect(page.getByRole('table').first()).toBeVisible();

	// An address that was never built gets the site's own not-found page, offline too.
	const missing = await page.goto(`${site.base}/no-such-page/`);
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('offers "A new version is available: reload" after a new deploy and reloads into it', async ({
	page,
}) => {
	test.setTimeout(120_000);
	const site = await startSite();
	try {
		await firstVisit(page, site.base);
		await expect(page.getByText('A new version is available')).toBeHidden();

		site.deploy('release 2');
		await page.reload();
		const offer = page.getByText('A new version is available:');
		await expect(offer).toBeVisible({ timeout: 45_000 });
		await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));

		const reloaded = page.waitForEvent('load');
		await page.getByRole('button', { name: 'reload' }).click();
		await reloaded;
		expect(
			await page.evaluate(() => (window as unknown as { before?: boolean }).before ?? false)
		).toBe(false);
		await expect(page.getByText('Available offline.')).toBeVisible();
		await expect(offer).toBeHidden();
	} finally {
		await site.stop();
	}
});
