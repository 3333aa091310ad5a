/**
 * The service worker's behaviour, written against the few worker APIs it uses so tests can run it
 * with fakes. src/offline/sw.ts calls `installWorker(self, precache)` with the list the build
 * computed; the result is dist/sw.js.
 *
 * - install: fills a cache named after the build's version with every precached file, copying
 *   files whose revision did not change from the previous version's cache instead of downloading
 *   them again; the list of revisions is written last, so its presence means "complete".
 * - activate: removes older versions' caches, takes control of open pages and tells them the
 *   site is available offline. A new version waits (the page offers "reload") until a page asks
 *   it to take over, so a page never mixes two deploys' files.
 * - fetch: answers precached addresses from the cache, everything else from the network; an
 *   unknown page offline gets the cached 404 page.
 */
import { cacheKeyOf, type Precache, type PrecacheEntry } from './manifest';

/** Every cache this worker makes starts with this. */
export const CACHE_PREFIX = 'trustline-';
/** Where a complete cache keeps its list of revisions (never a real address of the site). */
export const MANIFEST_KEY = '/__precache__.json';
/** How many files are downloaded at once while filling the cache. */
const PARALLEL = 6;

/** Messages a page sends the worker. */
export type PageMessage = { type: 'status' } | { type: 'skip-waiting' };
/** Messages the worker sends pages. */
export type WorkerMessage = { type: 'status'; complete: boolean; version: string };

interface ExtendableEvent {
	waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
	request: Request;
	respondWith(response: Promise<Response>): void;
}
interface MessageEvent extends ExtendableEvent {
	data: unknown;
	source: { postMessage(message: WorkerMessage): void } | null;
}
interface Client {
	postMessage(message: WorkerMessage): void;
}

/** The parts of a service worker's global scope this worker uses. */
export interface WorkerScope {
	location: { origin: string };
	caches: CacheStorage;
	fetch(request: Request | string): Promise<Response>;
	skipWaiting(): Promise<void>;
	clients: {
		claim(): Promise<void>;
		matchAll(options?: {
			includeUncontrolled?: boolean;
			type?: string;
		}): Promise<readonly Client[]>;
	};
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** Runs `task` over `items`, at most `limit` at a time; rejects on the first failure. */
async function eachLimited<T>(
	items: readonly T[],
	limit: number,
	task: (item: T) => Promise<void>
) {
	let next = 0;
	const lane = async () => {
		while (next < items.length) await task(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** Reads a cache's list of revisions; empty when it has none (an older or unfinished cache). */
async function revisionsOf(cache: Cache): Promise<Map<string, string>> {
	const response = await cache.match(MANIFEST_KEY);
	if (!response) return new Map();
	try {
		const entries = (await response.json()) as PrecacheEntry[];
		return new Map(entries.map((e) => [e.url, e.revision]));
	} catch {
		return new Map();
	}
}

/** Wires the worker's events on `scope` for the build's `precache`. */
export function installWorker(scope: WorkerScope, precache: Precache): void {
	const name = `${CACHE_PREFIX}${precache.version}`;
	const known = new Set(precache.entries.map((e) => e.url));

	async function fill(): Promise<void> {
		const cache = await scope.caches.open(name);
		// A file unchanged since an earlier version is copied from that version's cache.
		const earlier: { cache: Cache; revisions: Map<string, string> }[] = [];
		for (const other of await scope.caches.keys()) {
			if (other === name || !other.startsWith(CACHE_PREFIX)) continue;
			const old = await scope.caches.open(other);
			earlier.push({ cache: old, revisions: await revisionsOf(old) });
		}
		await eachLimited(precache.entries, PARALLEL, async ({ url, revision }) => {
			if (await cache.match(url)) return; // an install that was cut short and resumed
			for (const old of earlier) {
				if (old.revisions.get(url) !== revision) continue;
				const copy = await old.cache.match(url);
				if (copy) return cache.put(url, copy);
			}
			// 'no-cache' asks the server, so a stale HTTP cache cannot slip an old file into a new version.
			const response = await scope.fetch(
				new Request(`${scope.location.origin}${url}`, { cache: 'no-cache' })
			);
			if (!response.ok) throw new Error(`Precaching ${url} failed: ${response.status}`);
			await cache.put(url, response);
		});
		await cache.put(
			MANIFEST_KEY,
			new Response(JSON.stringify(precache.entries), {
				headers: { 'content-type': 'application/json' },
			})
		);
	}

	async function isComplete(): Promise<boolean> {
		if (!(await scope.caches.has(name))) return false;
		return !!(await (await scope.caches.open(name)).match(MANIFEST_KEY));
	}

	async function tellPages(): Promise<void> {
		const message: WorkerMessage = {
			type: 'status',
			complete: await isComplete(),
			version: precache.version,
		};
		for (const client of await scope.clients.matchAll({
			includeUncontrolled: true,
			type: 'window',
		}))
			client.postMessage(message);
	}

	async function activate(): Promise<void> {
		for (const other of await scope.caches.keys()) {
			if (other !== name && other.startsWith(CACHE_PREFIX)) await scope.caches.delete(other);
		}
		await scope.clients.claim();
		await tellPages();
	}

	async function respond(request: Request, key: string): Promise<Response> {
		const cache = await scope.caches.open(name);
		const hit = await cache.match(key);
		if (hit) {
			const url = new URL(request.url);
			// "/guides/x" is cached as "/guides/x/": send the page there, as the server would.
			if (request.mode === 'navigate' && key !== url.pathname) {
				return Response.redirect(`${scope.location.origin}${key}${url.search}${url.hash}`, 301);
			}
			return hit;
		}
		return scope.fetch(request);
	}

	async function fromNetwork(request: Request): Promise<Response> {
		try {
			return await scope.fetch(request);
		} catch (error) {
			// Offline and not precached: a page gets the site's own "not found" page.
			if (request.mode !== 'navigate') throw error;
			const notFound = await (await scope.caches.open(name)).match('/404.html');
			if (!notFound) throw error;
			return new Response(notFound.body, {
				status: 404,
				headers: notFound.headers,
			});
		}
	}

	scope.addEventListener('install', (event) => event.waitUntil(fill()));
	scope.addEventListener('activate', (event) => event.waitUntil(activate()));
	scope.addEventListener('fetch', (event) => {
		const { request } = event;
		if (request.method !== 'GET') return;
		const url = new URL(request.url);
		if (url.origin !== scope.location.origin) return;
		const key = cacheKeyOf(url);
		if (known.has(key)) event.respondWith(respond(request, key).catch(() => fromNetwork(request)));
		else if (request.mode === 'navigate') event.respondWith(fromNetwork(request));
	});
	scope.addEventListener('message', (event) => {
		const data = event.data as Partial<PageMessage> | null;
		if (data?.type === 'skip-waiting') {
			event.waitUntil(scope.skipWaiting());
		} else if (data?.type === 'status') {
			const source = event.source;
			event.waitUntil(
				isComplete().then((complete) =>
					source?.postMessage({ type: 'status', complete, version: precache.version })
				)
			);
		}
	});
}
