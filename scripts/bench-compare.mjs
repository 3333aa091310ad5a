// Times a 50-result comparison outside any test runner: `node scripts/bench-compare.mjs`.
//
// What /compare/ does on every change: merge 50 results on the real question bank into the grid
// (compareResults: spread, median, "discuss", and scoring each result), then sort the grid. The
// issue sets 200 ms for rendering and sorting 50 results; this measures the logic part of that on
// plain Node, loading the TypeScript sources as scripts/bench-scoring.mjs does. It prints the
// figure and exits non-zero when merge, score and sort together average 200 ms or more.
//
// `--link` also prints a comparison link of the 50 results. `--browser [URL]` then times the page
// itself in headless Chromium against a running preview (default http://localhost:4329, e.g.
// after `npx astro build && npx astro preview --port 4329`): pasting the 50-result link until the
// grid is painted, and sorting the grid while it is on screen. Browser figures vary with the
// machine's load, so they are printed, not checked.
import { registerHooks } from 'node:module';
import { performance } from 'node:perf_hooks';

// The sources import each other without extensions and import folders by their index, as Vite
// and TypeScript allow; Node needs the file name, so `.ts` and then `/index.ts` are tried.
registerHooks({
	resolve(specifier, context, nextResolve) {
		try {
			return nextResolve(specifier, context);
		} catch (error) {
			if (!/^\.\.?\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
			try {
				return nextResolve(`${specifier}.ts`, context);
			} catch {
				return nextResolve(`${specifier}/index.ts`, context);
			}
		}
	},
});

const { compareResults } = await import('../src/lib/compare/grid.ts');
const { sortRows } = await import('../src/lib/compare/sort.ts');
const { encodeComparison } = await import('../src/lib/compare/link.ts');
const { realBank } = await import('../src/test/content.ts');

const BUDGET_MS = 200;
const RESULTS = 50;
const VALUES = [0, 1, 2, 3, 'na', 'unknown'];
const bank = realBank();

/** mulberry32: repeatable pseudo-random answers. */
function random(seed) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	};
}

const next = random(2026);
const columns = Array.from({ length: RESULTS }, (_, i) => {
	const answers = {};
	for (const control of bank.controls) {
		// About one in ten unanswered, as a team mid-assessment leaves them.
		if (next() < 0.1) continue;
		answers[String(control.code)] = { value: VALUES[Math.floor(next() * VALUES.length)] };
	}
	const name = `Team ${String(i + 1).padStart(2, '0')} (payments platform)`;
	return {
		key: `c${i}`,
		label: name,
		source: 'link',
		result: {
			bankVersion: bank.version,
			name,
			date: '2026-11-20',
			targets: { developer: 2, platform: 2, application: 2 },
			answers,
		},
	};
});

const SORTS = [
	[{ by: 'order' }, 'ascending', true],
	[{ by: 'spread' }, 'descending', false],
	[{ by: 'median' }, 'ascending', true],
	[{ by: 'title' }, 'ascending', false],
	[{ by: 'column', column: 17 }, 'descending', true],
];

let sink = 0;
/** One page update: merge and score all results, then sort the grid one way. */
function update(i) {
	const comparison = compareResults(bank, columns);
	const [key, direction, grouped] = SORTS[i % SORTS.length];
	sink += sortRows(comparison.rows, key, direction, grouped).length + comparison.discussCount;
}
/** Sorting alone, as a click on a column header does once the comparison is built. */
const built = compareResults(bank, columns);
function sortOnly(i) {
	const [key, direction, grouped] = SORTS[i % SORTS.length];
	sink += sortRows(built.rows, key, direction, grouped).length;
}

function measure(run) {
	for (let i = 0; i < 50; i++) run(i);
	const times = [];
	const started = performance.now();
	for (let i = 0; performance.now() - started < 1500; i++) {
		const t0 = performance.now();
		run(i);
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return {
		mean: times.reduce((s, t) => s + t, 0) / times.length,
		median: times[Math.floor(times.length / 2)],
		p95: times[Math.floor(times.length * 0.95)],
		runs: times.length,
	};
}

const ms = (x) => `${x.toFixed(2)} ms`;
const full = measure(update);
const sort = measure(sortOnly);
if (sink < 0) console.log(sink);
console.log(
	`${RESULTS} results x ${bank.controls.length} controls (real bank), merge + score + sort: ` +
		`mean ${ms(full.mean)}, median ${ms(full.median)}, p95 ${ms(full.p95)} over ${full.runs} runs`
);
console.log(
	`sort alone: mean ${ms(sort.mean)}, median ${ms(sort.median)}, p95 ${ms(sort.p95)} over ${sort.runs} runs`
);
if (process.argv.includes('--link')) {
	const fragment = await encodeComparison(
		columns.map((c) => ({ label: c.label, result: c.result })),
		bank
	);
	console.log(`comparison link of ${RESULTS} results: /compare/#${fragment}`);
}
const browserAt = process.argv.indexOf('--browser');
if (browserAt >= 0) {
	const url = process.argv[browserAt + 1]?.startsWith('http')
		? process.argv[browserAt + 1]
		: 'http://localhost:4329';
	const fragment = await encodeComparison(
		columns.map((c) => ({ label: c.label, result: c.result })),
		bank
	);
	await timeInBrowser(url, `${url}/compare/#${fragment}`);
}
if (full.mean >= BUDGET_MS) {
	console.error(`merge + score + sort of ${RESULTS} results averages ${BUDGET_MS} ms or more`);
	process.exitCode = 1;
}

/** Times adding the 50 results on /compare/ and sorting the grid, in headless Chromium. */
async function timeInBrowser(base, link) {
	const { chromium } = await import('@playwright/test');
	const { findChromium } = await import('../e2e/browser.ts');
	const browser = await chromium.launch({
		executablePath: findChromium(),
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const adds = [];
	const sorts = [];
	for (let round = 0; round < 6; round++) {
		await page.goto(`${base}/compare/`);
		await page.fill('#result-links', link);
		// From the click to the first frame painted after the grid holds every control.
		adds.push(
			await page.evaluate(
				(controls) =>
					new Promise((resolve) => {
						const t0 = performance.now();
						const observer = new MutationObserver(() => {
							if (document.querySelectorAll('table.control-grid tbody tr').length < controls)
								return;
							observer.disconnect();
							requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
						});
						observer.observe(document.body, { childList: true, subtree: true });
						document.querySelector('.add-form button[type=submit]').click();
					}),
				bank.controls.length
			)
		);
		await page.locator('table.control-grid').scrollIntoViewIfNeeded();
		for (const label of ['Spread', 'Team median', 'Team 07', 'Control', 'Spread']) {
			sorts.push(
				await page.evaluate(
					(name) =>
						new Promise((resolve) => {
							const button = [...document.querySelectorAll('table.control-grid thead button')].find(
								(b) => b.textContent.startsWith(name)
							);
							const t0 = performance.now();
							button.click();
							requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
						}),
					label
				)
			);
		}
	}
	await browser.close();
	const summary = (times) => {
		const sorted = [...times].sort((a, b) => a - b);
		return `median ${ms(sorted[Math.floor(sorted.length / 2)])}, slowest ${ms(sorted.at(-1))} (${sorted.length} runs)`;
	};
	console.log(`browser, paste ${RESULTS} results until the grid is painted: ${summary(adds)}`);
	console.log(`browser, sort the grid on screen until painted: ${summary(sorts)}`);
}
