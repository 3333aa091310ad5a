/**
 * Writes the service worker, dist/sw.js, once the site (and its search index) is built: it lists
 * every file of dist/ a reader may need (src/lib/offline/manifest.ts) with a hash of each, and
 * bundles src/scripts/sw.ts with that list. A new deploy changes some hash, so the worker's bytes
 * change, browsers install it beside the old one, and pages offer to reload into it.
 *
 * A hand-written worker rather than Workbox (@vite-pwa/astro): the registration has to fit in
 * 1 kB on pages that ship no other JavaScript (workbox-window alone is larger), @vite-pwa/astro
 * supports Astro up to 5 only, and the whole worker is a few kB instead of Workbox's runtime.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';
import {
	isPrecached,
	precacheEntries,
	versionSource,
	WORKER_URL,
	type Precache,
} from '../lib/offline/manifest';

const ENTRY = fileURLToPath(new URL('../scripts/sw.ts', import.meta.url));

const hash = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** The precache list of a built site: every file under `dist` a reader may request. */
export function precacheOf(dist: string): Precache & { bytes: number } {
	const files = walk(dist).map((path) => ({
		path: relative(dist, path).split(sep).join('/'),
		full: path,
	}));
	const revisions = files.map(({ path, full }) => {
		const content = readFileSync(full);
		return { path, revision: hash(content).slice(0, 16), size: content.length };
	});
	const entries = precacheEntries(revisions);
	const bytes = revisions.filter((r) => isPrecached(r.path)).reduce((sum, r) => sum + r.size, 0);
	return { version: hash(versionSource(entries)).slice(0, 16), entries, bytes };
}

export default function offline(): AstroIntegration {
	return {
		name: 'trustline:offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const { bytes, ...precache } = precacheOf(dist);
				const output = await build({
					configFile: false,
					logLevel: 'warn',
					define: { __PRECACHE__: JSON.stringify(precache) },
					build: {
						write: false,
						minify: true,
						emptyOutDir: false,
						rollupOptions: {
							input: ENTRY,
							output: { format: 'iife', entryFileNames: 'sw.js' },
						},
					},
				});
				const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) =>
					'output' in o ? o.output : []
				);
				const worker = chunks.find((c) => c.type === 'chunk' && c.fileName === 'sw.js');
				if (!worker || worker.type !== 'chunk')
					throw new Error('The service worker did not build.');
				writeFileSync(join(dist, WORKER_URL.slice(1)), worker.code);
				logger.info(
					`service worker ${precache.version}: ${precache.entries.length} files, ${(bytes / 1024).toFixed(0)} kB to precache`
				);
			},
		},
	};
}
