// What the benchmark scripts share: finding Chromium, serving a build with scripts/serve.mjs, and a
// Lighthouse run (mobile preset, performance only) when the `lighthouse` package is installed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** The Chromium to drive: CHROMIUM_PATH, else the usual system paths (undefined: Playwright's). */
export function chromiumPath() {
	for (const path of [
		process.env.CHROMIUM_PATH,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
	])
		if (path && existsSync(path)) return path;
	return undefined;
}

/** Serves `dir`/dist with `dir`/scripts/serve.mjs on `port`; resolves once it answers. */
export async function serve(dir, port) {
	const child = spawn(
		process.execPath,
		[join(dir, 'scripts', 'serve.mjs'), '--port', String(port)],
		{
			stdio: 'ignore',
		}
	);
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://localhost:${port}/`)).ok) return child;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error('the server did not start');
}

/**
 * Lighthouse's mobile performance score, layout shift and blocking time for `url`, using a
 * Chromium it starts with DevTools on `debugPort`; undefined when `lighthouse` is not installed.
 */
export async function lighthouse(url, debugPort) {
	let lh;
	try {
		lh = (await import('lighthouse')).default;
	} catch {
		return undefined;
	}
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: [
			'--no-sandbox',
			'--disable-gpu',
			`--remote-debugging-port=${debugPort}`,
			'--headless=new',
		],
	});
	try {
		const result = await lh(url, {
			port: debugPort,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance'],
		});
		const audits = result.lhr.audits;
		return {
			score: result.lhr.categories.performance.score,
			cls: audits['cumulative-layout-shift']?.numericValue,
			tbt: audits['total-blocking-time']?.numericValue,
			// Set when Lighthouse could not measure the page (the score is then null).
			error: result.lhr.runtimeError?.code,
		};
	} finally {
		await browser.close();
	}
}
