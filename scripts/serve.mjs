// A small static server for the browser tests and benchmarks: serves dist/ the way a static host
// does (directory index pages, 404.html with status 404, text compressed with gzip when the browser
// accepts it, as every static host and `astro preview` do) and applies the "/*" rules of
// dist/_headers, so the tests see the same response headers a Netlify or Cloudflare Pages
// deployment sends.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..', 'dist');
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 4329));

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
};

/** Headers from the "/*" block of _headers (the only block the site uses). */
function siteHeaders() {
	const file = join(root, '_headers');
	if (!existsSync(file)) return {};
	const headers = {};
	let inBlock = false;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (line.startsWith('#') || !line.trim()) continue;
		if (!/^\s/.test(line)) {
			inBlock = line.trim() === '/*';
			continue;
		}
		const at = line.indexOf(':');
		if (inBlock && at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
	}
	return headers;
}
const extra = siteHeaders();

/** Types a host compresses. */
const TEXT = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);
/** Gzipped bodies by file and modification time, made once per version of a file. */
const gzipped = new Map();

async function resolve(pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, clean);
	if (!file.startsWith(root + sep) && file !== root) return null;
	try {
		const info = await stat(file);
		if (info.isDirectory()) file = join(file, 'index.html');
		await stat(file);
		return file;
	} catch {
		return null;
	}
}

createServer(async (req, res) => {
	try {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (url.pathname !== '/' && !extname(url.pathname) && !url.pathname.endsWith('/')) {
			res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		const file = await resolve(url.pathname);
		const served = file ?? join(root, '404.html');
		let body = await readFile(served);
		const headers = {
			'content-type': types[extname(served)] ?? 'application/octet-stream',
			...extra,
		};
		if (TEXT.has(extname(served))) {
			headers.vary = 'Accept-Encoding';
			if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
				const key = `${served} ${(await stat(served)).mtimeMs}`;
				if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
				body = gzipped.get(key);
				headers['content-encoding'] = 'gzip';
			}
		}
		res.writeHead(file ? 200 : 404, headers);
		res.end(body);
	} catch {
		res.writeHead(500).end('Server error');
	}
}).listen(port, 'localhost', () => console.log(`Serving dist/ on http://localhost:${port}/`));
