// Measures the built site against scripts/budgets.json: gzip bytes of the JavaScript each page
// loads (following imports), of its HTML, and of all CSS. Exits 1 when a budget is exceeded.
// The service worker's registration, which every page loads, is measured on its own against its
// own budget; the worker, its precache and Pagefind's runtime and index are reported, not budgeted.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const budgets = JSON.parse(readFileSync(join(import.meta.dirname, 'budgets.json'), 'utf8'));
const asJson = process.argv.includes('--json');

if (!existsSync(dist)) {
	console.error('dist/ is missing: run `npm run build` first.');
	process.exit(1);
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const walk = (dir) =>
	readdirSync(dir).flatMap((name) => {
		const file = join(dir, name);
		return statSync(file).isDirectory() ? walk(file) : [file];
	});
const files = walk(dist);
const urlOf = (file) => {
	const rel = relative(dist, file).split(sep).join('/');
	return rel === 'index.html' ? '/' : `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
};

// Chunks that load only when the user asks for them (a QR code, a tracker export): not counted in
// the page's budget but measured on their own, as what one click adds to what the page loaded.
const onDemand = budgets.onDemand ? new RegExp(budgets.onDemand.match) : null;
const isOnDemand = (url) => onDemand?.test(url) ?? false;

/** All JS files a module pulls in, following static and dynamic imports. A chunk reached only by
 * a dynamic import() for which `stop` is true is left out and collected in `stopped`. */
function jsClosure(entryUrls, stop = () => false, stopped = new Set()) {
	const seen = new Set();
	const queue = [...entryUrls];
	while (queue.length) {
		const url = queue.pop();
		if (seen.has(url)) continue;
		const file = join(dist, url);
		if (!existsSync(file)) continue;
		seen.add(url);
		const code = readFileSync(file, 'utf8');
		// Static imports and dynamic import() chunks both count: a page's budget covers all it may
		// load. One exception: Astro's Preact renderer (client.*.js) imports @preact/signals only for
		// islands given signal props, which no Trustline island takes, so that chunk never loads.
		const renderer = /\/client\.[\w-]+\.js$/.test(url);
		for (const [, how, spec] of code.matchAll(
			/(?:import|from)\s*(\(?)\s*["'`]([^"'`]+\.js)["'`]/g
		)) {
			if (renderer && how) continue;
			const target = spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec);
			if (how && stop(target)) stopped.add(target);
			else queue.push(target);
		}
	}
	// A chunk that is also imported statically is part of the page after all.
	for (const url of seen) stopped.delete(url);
	return [...seen];
}

const typeOf = (path) =>
	Object.entries(budgets.pageTypes).find(([, b]) => new RegExp(b.match).test(path))?.[0] ?? 'other';

const isRegistration = (url) => new RegExp(budgets.registration.match).test(url);
const registrationUrls = new Set();

const rows = [];
const failures = [];
const onDemandRows = [];
for (const file of files.filter((f) => f.endsWith('.html'))) {
	const html = readFileSync(file, 'utf8');
	const path = urlOf(file);
	const type = typeOf(path);
	const entries = [
		...[...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)].map((m) => m[1]),
		...[...html.matchAll(/(?:component|renderer)-url="([^"]+\.js)"/g)].map((m) => m[1]),
		...(budgets.pageTypes[type]?.extraJs ?? []),
	];
	for (const url of entries.filter(isRegistration)) registrationUrls.add(url);
	const lazy = new Set();
	const loaded = jsClosure(
		entries.filter((url) => !isRegistration(url)),
		isOnDemand,
		lazy
	);
	const bytesOf = (urls) => urls.reduce((sum, url) => sum + gz(readFileSync(join(dist, url))), 0);
	const js = bytesOf(loaded);
	// What each on-demand chunk adds: its own closure less what the page has already loaded.
	const extra = [...lazy].map((url) => ({
		url,
		js: bytesOf(jsClosure([url]).filter((u) => !loaded.includes(u))),
	}));
	for (const chunk of extra)
		if (chunk.js > budgets.onDemand.js)
			failures.push(
				`${path}: on-demand ${chunk.url} adds ${chunk.js} B > ${budgets.onDemand.js} B`
			);
	onDemandRows.push(...extra.map((chunk) => ({ path, ...chunk })));
	const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)]
		.map((m) => join(dist, m[1]))
		.filter(existsSync)
		.reduce((sum, f) => sum + gz(readFileSync(f)), 0);
	rows.push({ path, type, html: gz(html), js, css });
}

const totalCss = files
	.filter((f) => f.endsWith('.css'))
	.reduce((s, f) => s + gz(readFileSync(f)), 0);
for (const row of rows) {
	const b = budgets.pageTypes[row.type];
	if (row.js > b.js) failures.push(`${row.path}: JS ${row.js} B > ${b.js} B (${row.type})`);
	if (row.html > b.html)
		failures.push(`${row.path}: HTML ${row.html} B > ${b.html} B (${row.type})`);
}
if (totalCss > budgets.totalCss) failures.push(`total CSS ${totalCss} B > ${budgets.totalCss} B`);

// The registration: one script (and what it imports), loaded by every page.
const registrationJs = jsClosure([...registrationUrls]).reduce(
	(sum, url) => sum + gz(readFileSync(join(dist, url))),
	0
);
if (registrationUrls.size !== 1)
	failures.push(
		`expected one service worker registration script matching ${budgets.registration.match}, found ${registrationUrls.size}`
	);
if (registrationJs > budgets.registration.js)
	failures.push(`registration script: JS ${registrationJs} B > ${budgets.registration.js} B`);

// The worker and what it precaches (the list is embedded in dist/sw.js by src/integrations/offline.ts).
const workerFile = join(dist, 'sw.js');
const worker = existsSync(workerFile) ? readFileSync(workerFile, 'utf8') : '';
const precached = [...worker.matchAll(/url:[`"']([^`"']+)[`"'],revision:/g)].map((m) => m[1]);
if (!worker) failures.push('dist/sw.js is missing');
else if (precached.length === 0) failures.push('dist/sw.js lists no files to precache');
const fileOfUrl = (url) => join(dist, url.endsWith('/') ? `${url}index.html` : url);
const precacheBytes = precached.reduce((sum, url) => sum + statSync(fileOfUrl(url)).size, 0);
const precacheGz = precached.reduce((sum, url) => sum + gz(readFileSync(fileOfUrl(url))), 0);

// Pagefind: its runtime (script, worker, WebAssembly) and its index (everything else it writes).
const pagefindFiles = files
	.map((f) => relative(dist, f).split(sep).join('/'))
	.filter((f) => f.startsWith('pagefind/'));
const sumOf = (list, measure) => list.reduce((sum, f) => sum + measure(join(dist, f)), 0);
const runtime = pagefindFiles.filter((f) =>
	/^pagefind\/(pagefind(-worker)?\.js|wasm\.[\w-]+\.pagefind)$/.test(f)
);
const indexFiles = pagefindFiles.filter((f) => !runtime.includes(f));
const offline = {
	registrationJs,
	registrationBudget: budgets.registration.js,
	workerGz: worker ? gz(worker) : 0,
	precacheFiles: precached.length,
	precacheBytes,
	precacheGz,
	pagefindRuntimeGz: sumOf(runtime, (f) => gz(readFileSync(f))),
	pagefindIndexFiles: indexFiles.length,
	pagefindIndexBytes: sumOf(indexFiles, (f) => statSync(f).size),
};

const summary = Object.keys(budgets.pageTypes)
	.map((type) => {
		const of = rows.filter((r) => r.type === type);
		if (!of.length) return null;
		const max = (k) => Math.max(...of.map((r) => r[k]));
		const b = budgets.pageTypes[type];
		return {
			type,
			pages: of.length,
			maxJs: max('js'),
			jsBudget: b.js,
			maxHtml: max('html'),
			htmlBudget: b.html,
			maxCss: max('css'),
		};
	})
	.filter(Boolean);

if (asJson) {
	console.log(
		JSON.stringify({ summary, totalCss, offline, rows, onDemand: onDemandRows }, null, 2)
	);
} else {
	console.log('Page type      pages  max JS gz (budget)   max HTML gz (budget)   max CSS gz');
	for (const s of summary) {
		console.log(
			`${s.type.padEnd(14)} ${String(s.pages).padStart(5)}  ${`${s.maxJs} (${s.jsBudget})`.padEnd(19)}  ${`${s.maxHtml} (${s.htmlBudget})`.padEnd(21)}  ${s.maxCss}`
		);
	}
	console.log(`Total CSS gz: ${totalCss} B (budget ${budgets.totalCss} B)`);
	const byChunk = new Map();
	for (const row of onDemandRows) byChunk.set(row.url, Math.max(byChunk.get(row.url) ?? 0, row.js));
	for (const [url, js] of byChunk)
		console.log(
			`On demand ${url}: adds up to ${js} B gz when asked for (budget ${budgets.onDemand.js} B)`
		);
	const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
	console.log(
		`Service worker registration gz: ${registrationJs} B (budget ${budgets.registration.js} B), on every page`
	);
	console.log(
		`Service worker gz: ${offline.workerGz} B; precache: ${offline.precacheFiles} files, ${kB(precacheBytes)} (${kB(precacheGz)} gz)`
	);
	console.log(
		`Pagefind: runtime (pagefind.js, worker, WebAssembly) ${kB(offline.pagefindRuntimeGz)} gz; index ${offline.pagefindIndexFiles} files, ${kB(offline.pagefindIndexBytes)}`
	);
}
if (failures.length) {
	console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
	process.exit(1);
}
if (!asJson) console.log(`All ${rows.length} pages within budget.`);
