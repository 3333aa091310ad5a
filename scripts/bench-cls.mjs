// Cumulative layout shift per page type, measured on the built site (run `npm run build` first):
// serves dist/ with scripts/serve.mjs, loads one page of each type in Chromium at 375x812 and
// 1280x900, once as a first-time visitor (nothing saved) and once as a returning one (a named
// assessment with every question answered, which is when the islands render the most), and sums
// the `layout-shift` entries a PerformanceObserver sees from navigation until two seconds after
// `load` (shifts right after user input do not count, as in the CLS metric). It also reports the
// height of the questionnaire pages. With `--lighthouse` it adds Lighthouse's mobile performance
// score per page type (slow: about 15 s a page).
//
//   node scripts/bench-cls.mjs [--lighthouse] [--port 4490]
//
// A report, not a test: the numbers depend on the machine. Layout shift should stay below 0.1.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, lighthouse, serve } from './bench-lib.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : 4490);
const withLighthouse = process.argv.includes('--lighthouse');
const base = `http://localhost:${port}`;

if (!existsSync(join(dist, 'index.html'))) {
	console.error('No build found: run `npm run build` first.');
	process.exit(1);
}

/** The first built page under a folder, e.g. the first guide. */
function firstUnder(folder) {
	const names = readdirSync(join(dist, folder), { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort();
	return `/${folder}/${names[0]}/`;
}

const PAGES = [
	['home', '/'],
	['guide', firstUnder('guides')],
	['threat', firstUnder('threats')],
	['environment', '/environments/developer/'],
	['assess overview', '/assess/'],
	['assess environment', '/assess/platform/'],
	['quick check', '/assess/quick/'],
	['results', '/results/'],
	['learn', '/learn/'],
	['learn module', '/learn/developer/'],
	['learn gaps', '/learn/gaps/'],
	['compare', '/compare/'],
	['threat model', '/threat-model/'],
	['threat model env', '/threat-model/platform/'],
	['search', '/search/'],
	['workshop', '/workshop/'],
	['how scoring works', '/how-scoring-works/'],
	['about', '/about/'],
];

const VIEWPORTS = [
	{ name: '375x812', width: 375, height: 812, mobile: true },
	{ name: '1280x900', width: 1280, height: 900, mobile: false },
];

/** Runs in the page before anything else: sums layout shifts not caused by input. */
function observeShifts() {
	const w = /** @type {any} */ (window);
	w.__cls = 0;
	w.__shifts = [];
	new PerformanceObserver((list) => {
		for (const entry of /** @type {any[]} */ (list.getEntries())) {
			if (entry.hadRecentInput) continue;
			w.__cls += entry.value;
			w.__shifts.push({
				value: entry.value,
				nodes: (entry.sources ?? [])
					.map(
						(s) =>
							s.node?.nodeName +
							(s.node?.className ? `.${String(s.node.className).split(' ')[0]}` : '')
					)
					.slice(0, 3),
			});
		}
	}).observe({ type: 'layout-shift', buffered: true });
}

/** The control codes of every questionnaire page, for the returning visitor's answers. */
async function allCodes(page) {
	const codes = [];
	for (const env of ['developer', 'platform', 'application']) {
		await page.goto(`${base}/assess/${env}/`);
		codes.push(
			...(await page.locator('fieldset.q').evaluateAll((sets) => sets.map((s) => s.dataset.code)))
		);
	}
	return codes;
}

function returningState(codes) {
	const values = [0, 1, 2, 3, 'na', 'unknown', 2, 3];
	const stamp = '2026-11-30T09:00:00.000Z';
	return JSON.stringify({
		schema: 2,
		activeId: 'bench',
		assessments: [
			{
				id: 'bench',
				name: 'Payments team',
				createdAt: stamp,
				updatedAt: stamp,
				bankVersion: 2,
				targets: { developer: 2, platform: 2, application: 2 },
				answers: Object.fromEntries(codes.map((c, i) => [c, { value: values[i % values.length] }])),
			},
		],
	});
}

async function measure(browser, viewport, path, state) {
	const context = await browser.newContext({
		viewport: { width: viewport.width, height: viewport.height },
		isMobile: viewport.mobile,
		hasTouch: viewport.mobile,
		deviceScaleFactor: viewport.mobile ? 2 : 1,
		serviceWorkers: 'block',
	});
	if (state) {
		await context.addInitScript((value) => {
			if (!localStorage.getItem('trustline:assessments'))
				localStorage.setItem('trustline:assessments', value);
		}, state);
	}
	await context.addInitScript(observeShifts);
	const page = await context.newPage();
	await page.goto(`${base}${path}`, { waitUntil: 'load' });
	await page.waitForTimeout(2000);
	const out = await page.evaluate(() => ({
		cls: /** @type {any} */ (window).__cls,
		shifts: /** @type {any} */ (window).__shifts,
		height: document.documentElement.scrollHeight,
	}));
	await context.close();
	return out;
}

const server = await serve(root, port);
try {
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: ['--no-sandbox', '--disable-gpu'],
	});
	const setup = await browser.newPage();
	const state = returningState(await allCodes(setup));
	await setup.close();

	const rows = [];
	let worst = 0;
	for (const [type, path] of PAGES) {
		const row = { type, path };
		for (const viewport of VIEWPORTS) {
			for (const [who, seeded] of [
				['first', null],
				['returning', state],
			]) {
				const { cls, shifts, height } = await measure(browser, viewport, path, seeded);
				row[`${viewport.name} ${who}`] = cls;
				worst = Math.max(worst, cls);
				if (path.startsWith('/assess/')) row[`height ${viewport.name} ${who}`] = height;
				if (cls >= 0.01)
					row[`shifts ${viewport.name} ${who}`] = shifts
						.filter((s) => s.value >= 0.005)
						.map((s) => `${s.value.toFixed(3)} ${s.nodes.join(' ')}`)
						.join('; ');
			}
		}
		if (withLighthouse) {
			// A run Lighthouse could not measure (it happens on a busy machine) is tried once more.
			let result = await lighthouse(`${base}${path}`, port + 1);
			if (result?.error) result = await lighthouse(`${base}${path}`, port + 1);
			Object.assign(row, { lighthouse: result });
		}
		rows.push(row);
	}
	await browser.close();

	const f = (x) => (x === undefined ? '' : x.toFixed(3));
	console.log('Cumulative layout shift (first-time visitor / returning visitor)\n');
	console.log(`${'page type'.padEnd(20)} ${'path'.padEnd(34)} ${'375x812'.padEnd(15)} 1280x900`);
	for (const r of rows) {
		console.log(
			`${r.type.padEnd(20)} ${r.path.padEnd(34)} ${`${f(r['375x812 first'])} / ${f(r['375x812 returning'])}`.padEnd(15)} ${f(r['1280x900 first'])} / ${f(r['1280x900 returning'])}`
		);
		for (const key of Object.keys(r).filter((k) => k.startsWith('shifts ')))
			console.log(`    ${key.slice(7)}: ${r[key]}`);
	}
	console.log(
		'\nHeight of the questionnaire pages in px (first-time visitor / returning visitor)\n'
	);
	for (const r of rows.filter((r) => r.path.startsWith('/assess/'))) {
		console.log(
			`${r.path.padEnd(20)} 375 px: ${r['height 375x812 first']} / ${r['height 375x812 returning']}   1280 px: ${r['height 1280x900 first']} / ${r['height 1280x900 returning']}`
		);
	}
	if (withLighthouse) {
		console.log('\nLighthouse mobile performance (score, CLS, TBT)\n');
		for (const r of rows)
			console.log(
				r.lighthouse?.error || r.lighthouse?.cls === undefined
					? `${r.type.padEnd(20)} not measured (${r.lighthouse?.error ?? 'lighthouse is not installed'})`
					: `${r.type.padEnd(20)} ${r.lighthouse.score}  CLS ${r.lighthouse.cls.toFixed(3)}  TBT ${Math.round(r.lighthouse.tbt)} ms`
			);
	}
	console.log(
		`\nWorst layout shift: ${worst.toFixed(3)} (${worst < 0.1 ? 'below' : 'NOT below'} 0.1)`
	);
} finally {
	server.kill();
}
