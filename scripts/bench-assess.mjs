// Benchmark of the questionnaire (/assess/), not a timed test: it reports numbers and never fails
// on them. For the real question bank and for a generated bank of 500 controls it copies the
// project into a temporary folder (adding the generated controls there, never in content/), builds
// it, serves the build with scripts/serve.mjs and loads /assess/ in Chromium with a phone-sized
// viewport and the CPU slowed down 4 times, as Lighthouse's mobile preset does. It reports:
//
// - Total Blocking Time: the part beyond 50 ms of every long task between the first contentful
//   paint and the moment the page has been quiet for 3 s. Lighthouse computes TBT the same way up to
//   its "time to interactive", so the two agree closely; Lighthouse itself is used when the npm
//   package `lighthouse` is installed (it is not a dependency, because it cannot be installed
//   everywhere), and its mobile performance score is reported too.
// - Click latency: from the pointer going down on an answer to the next frame being painted, for
//   clicks near the top, in the middle and near the end of the form (median and worst).
//
// Usage: npm run bench:assess [-- --controls 500] [-- --runs 3] [-- --page /assess/platform/]
// With no --controls it measures both the real bank and 500 controls.
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
	mkdirSync,
	existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumPath, lighthouse, serve } from './bench-lib.mjs';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
	const at = args.indexOf(`--${name}`);
	return at >= 0 ? args[at + 1] : fallback;
};
const RUNS = Number(arg('runs', 3));
const THROTTLE = Number(arg('cpu', 4));
const sizes = arg('controls') ? [Number(arg('controls'))] : [0, 500];

/** The project without its build output and dependencies (linked, not copied). */
function copyProject() {
	const dir = mkdtempSync(join(tmpdir(), 'trustline-bench-'));
	const skip = new Set([
		'node_modules',
		'dist',
		'.astro',
		'.git',
		'test-results',
		'playwright-report',
	]);
	for (const name of readdirSync(ROOT)) {
		if (skip.has(name)) continue;
		cpSync(join(ROOT, name), join(dir, name), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}

/** Adds controls (copies of the real ones with new codes from 300 up) until the bank holds `total`. */
function generateControls(dir, total) {
	const controls = [];
	const walk = (d) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(d, entry.name));
			else if (entry.name.endsWith('.yaml') && !entry.name.startsWith('_'))
				controls.push(readFileSync(join(d, entry.name), 'utf8'));
		}
	};
	walk(join(dir, 'content', 'controls'));
	const out = join(dir, 'content', 'controls', 'generated');
	mkdirSync(out, { recursive: true });
	for (let i = 0; controls.length + i < total; i++) {
		const source = controls[i % controls.length];
		const code = 300 + i;
		const text = source
			.replace(/^code: \d+$/m, `code: ${code}`)
			.replace(/^title: (.*)$/m, (_, t) => `title: ${t.slice(0, 80)} ${code}`);
		writeFileSync(join(out, `generated-${code}.yaml`), text);
	}
}

function build(dir) {
	const run = spawnSync('npx', ['astro', 'build'], { cwd: dir, encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`build failed in ${dir}:\n${run.stdout}\n${run.stderr}`);
}

/** Runs in the page before anything else: records long tasks, paints and click-to-paint times. */
function instrument() {
	const w = /** @type {any} */ (window);
	w.__bench = { longTasks: [], fcp: 0, clicks: [] };
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			w.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			if (e.name === 'first-contentful-paint') w.__bench.fcp = e.startTime;
	}).observe({ type: 'paint', buffered: true });
	addEventListener(
		'pointerdown',
		(event) => {
			const start = event.timeStamp;
			addEventListener(
				'click',
				() =>
					requestAnimationFrame(() => {
						// A message posted from a frame callback arrives after that frame is painted.
						const channel = new MessageChannel();
						channel.port1.onmessage = () => w.__bench.clicks.push(performance.now() - start);
						channel.port2.postMessage(0);
					}),
				{ once: true, capture: true }
			);
		},
		{ capture: true }
	);
}

async function measure(browser, url) {
	const context = await browser.newContext({
		viewport: { width: 412, height: 823 },
		deviceScaleFactor: 1.75,
		isMobile: true,
		hasTouch: false,
	});
	const page = await context.newPage();
	await page.addInitScript(instrument);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
	const started = Date.now();
	await page.goto(url, { waitUntil: 'load' });
	const loadMs = Date.now() - started;
	// Quiet: no long task for 3 s (at most 30 s).
	for (let waited = 0; waited < 30_000; waited += 500) {
		const last = await page.evaluate(() => {
			const tasks = /** @type {any} */ (window).__bench.longTasks;
			const end = tasks.length ? Math.max(...tasks.map((t) => t.start + t.duration)) : 0;
			return performance.now() - end;
		});
		if (last > 3000) break;
		await page.waitForTimeout(500);
	}
	const { tbt, longest } = await page.evaluate(() => {
		const b = /** @type {any} */ (window).__bench;
		const after = b.longTasks.filter((t) => t.start + t.duration > b.fcp);
		return {
			tbt: after.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
			longest: Math.max(0, ...b.longTasks.map((t) => t.duration)),
		};
	});
	const groups = page.locator('fieldset.q');
	const count = await groups.count();
	const picks = [1, Math.floor(count / 2), count - 2];
	for (const [i, index] of picks.entries()) {
		const label = groups
			.nth(index)
			.locator('.choice label')
			.nth(i % 4);
		await label.scrollIntoViewIfNeeded();
		await page.waitForTimeout(1000);
		await label.click();
		await page.waitForTimeout(1000);
	}
	const clicks = await page.evaluate(() => /** @type {any} */ (window).__bench.clicks);
	const answered = await page.evaluate(() => {
		const saved = JSON.parse(localStorage.getItem('trustline:assessments') ?? 'null');
		return Object.keys(saved?.assessments?.[0]?.answers ?? {}).length;
	});
	await context.close();
	return { controls: count, loadMs, tbt, longest, clicks, answered };
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const ms = (x) => `${Math.round(x)} ms`;

const report = [];
for (const size of sizes) {
	const dir = copyProject();
	const port = 4400 + (size % 100);
	let server;
	try {
		if (size) generateControls(dir, size);
		process.stderr.write(`Building ${size ? `${size} controls` : 'the real bank'} in ${dir}…\n`);
		build(dir);
		server = await serve(dir, port);
		// Since the questionnaire was split per environment, /assess/ is an overview and the
		// questions live on /assess/<environment>/; the developer page is measured then.
		const page =
			arg('page') ??
			(existsSync(join(dir, 'dist', 'assess', 'developer', 'index.html'))
				? '/assess/developer/'
				: '/assess/');
		const browser = await chromium.launch({
			executablePath: chromiumPath(),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
			],
		});
		const runs = [];
		for (let i = 0; i < RUNS; i++)
			runs.push(await measure(browser, `http://localhost:${port}${page}`));
		await browser.close();
		const lhr = await lighthouse(`http://localhost:${port}${page}`, 9300 + (size % 100));
		const clicks = runs.flatMap((r) => r.clicks);
		const row = {
			bank: size ? `generated, ${size} controls` : 'real',
			page: `${page} (${runs[0].controls} questions)`,
			'TBT (median)': ms(median(runs.map((r) => r.tbt))),
			'longest task': ms(median(runs.map((r) => r.longest))),
			load: ms(median(runs.map((r) => r.loadMs))),
			'click to paint (median)': ms(median(clicks)),
			'click to paint (worst)': ms(Math.max(...clicks)),
			'answers saved': runs.map((r) => r.answered).join('/'),
		};
		if (lhr) Object.assign(row, { 'Lighthouse score': lhr.score, 'Lighthouse TBT': ms(lhr.tbt) });
		report.push(row);
	} finally {
		server?.kill();
		rmSync(dir, { recursive: true, force: true });
	}
}
console.log(`The questionnaire with ${THROTTLE}x CPU slowdown, ${RUNS} runs each:`);
console.table(report);
