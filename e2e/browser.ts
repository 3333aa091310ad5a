import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Finds a Chromium or Chrome to drive: CHROMIUM_PATH first, then a system browser, then
 * Playwright's own download. Fails with instructions when there is none.
 */
export function findChromium(): string {
	const candidates = [
		process.env.CHROMIUM_PATH,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
		'/usr/bin/google-chrome-stable',
		'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	];
	for (const path of candidates) if (path && existsSync(path)) return path;
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		// Playwright has no browser of its own here; fall through to the message below.
	}
	throw new Error(
		'No Chromium or Chrome found for the browser tests. Install one (Debian/Ubuntu: ' +
			'`sudo apt-get install -y chromium`; elsewhere: `npx playwright install chromium`) or set ' +
			'CHROMIUM_PATH to the browser executable.'
	);
}
