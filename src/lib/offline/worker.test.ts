import { beforeEach, describe, expect, test } from 'vitest';
import type { Precache } from './manifest';
import {
	CACHE_PREFIX,
	installWorker,
	MANIFEST_KEY,
	type WorkerMessage,
	type WorkerScope,
} from './worker';

const ORIGIN = 'https://trustline.test';
const keyOf = (request: RequestInfo | URL) =>
	typeof request === 'string'
		? new URL(request, ORIGIN).pathname
		: new URL(String(request instanceof Request ? request.url : request)).pathname;

/** A Cache that keeps responses by path, as the real one keeps them by address. */
class FakeCache {
	readonly entries = new Map<string, Response>();
	async match(request: RequestInfo | URL) {
		return this.entries.get(keyOf(request))?.clone();
	}
	async put(request: RequestInfo | URL, response: Response) {
		this.entries.set(keyOf(request), response.clone());
	}
}

class FakeCaches {
	readonly stores = new Map<string, FakeCache>();
	async open(name: string) {
		if (!this.stores.has(name)) this.stores.set(name, new FakeCache());
		return this.stores.get(name)!;
	}
	async has(name: string) {
		return this.stores.has(name);
	}
	async delete(name: string) {
		return this.stores.delete(name);
	}
	async keys() {
		return [...this.stores.keys()];
	}
}

/** A site on the network: path -> body; `online` false makes every request fail as offline does. */
class FakeNetwork {
	online = true;
	requests: string[] = [];
	constructor(public files: Record<string, string>) {}
	fetch = async (request: Request | string) => {
		const path = keyOf(request);
		this.requests.push(path);
		if (!this.online) throw new TypeError('Failed to fetch');
		const body = this.files[path];
		return body === undefined
			? new Response('missing', { status: 404 })
			: new Response(body, { status: 200, headers: { 'content-type': 'text/html' } });
	};
}

type Listener = (event: unknown) => void;

/** A worker scope with fake caches, network and pages; `dispatch` runs an event to completion. */
function makeScope(network: FakeNetwork, caches = new FakeCaches()) {
	const listeners = new Map<string, Listener>();
	const pages: WorkerMessage[] = [];
	let skipped = false;
	const scope = {
		location: { origin: ORIGIN },
		caches: caches as unknown as CacheStorage,
		fetch: network.fetch,
		skipWaiting: async () => {
			skipped = true;
		},
		clients: {
			claim: async () => {},
			matchAll: async () => [{ postMessage: (m: WorkerMessage) => pages.push(m) }],
		},
		addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
	} as unknown as WorkerScope;

	async function dispatch(type: string, fields: object = {}) {
		const waits: Promise<unknown>[] = [];
		let response: Promise<Response> | undefined;
		listeners.get(type)?.({
			...fields,
			waitUntil: (p: Promise<unknown>) => waits.push(p),
			respondWith: (p: Promise<Response>) => (response = p),
		});
		await Promise.all(waits);
		return response;
	}
	const get = (path: string, mode: RequestMode | 'navigate' = 'navigate') => {
		const request = new Request(`${ORIGIN}${path}`);
		// Request's mode cannot be set to 'navigate' by a constructor; the worker only reads it.
		Object.defineProperty(request, 'mode', { value: mode });
		return dispatch('fetch', { request });
	};
	return { scope, caches, dispatch, get, pages, skipped: () => skipped };
}

const SITE = {
	'/': 'home',
	'/guides/a/': 'guide a',
	'/search/': 'search',
	'/404.html': 'not found',
	'/_astro/app.js': 'code',
};
const precacheOf = (files: Record<string, string>, version: string): Precache => ({
	version,
	entries: Object.entries(files).map(([url, body]) => ({ url, revision: body })),
});

describe('installWorker', () => {
	let network: FakeNetwork;
	beforeEach(() => {
		network = new FakeNetwork({ ...SITE });
	});

	test('fills its cache with every file on install and marks it complete last', async () => {
		const w = makeScope(network);
		installWorker(w.scope, precacheOf(SITE, 'v1'));
		await w.dispatch('install');

		const cache = w.caches.stores.get(`${CACHE_PREFIX}v1`)!;
		expect([...cache.entries.keys()].sort()).toEqual([...Object.keys(SITE), MANIFEST_KEY].sort());
		expect(network.requests.sort()).toEqual(Object.keys(SITE).sort());
	});

	test('fails the install when a file cannot be fetched, so no half-filled cache goes live', async () => {
		const w = makeScope(new FakeNetwork({ '/': 'home' }));
		installWorker(w.scope, precacheOf(SITE, 'v1'));
		await expect(w.dispatch('install')).rejects.toThrow(/Precaching .* failed: 404/);
		const cache = w.caches.stores.get(`${CACHE_PREFIX}v1`)!;
		expect(cache.entries.has(MANIFEST_KEY)).toBe(false);
	});

	test('tells open pages the site is available offline once active', async () => {
		const w = makeScope(network);
		installWorker(w.scope, precacheOf(SITE, 'v1'));
		await w.dispatch('install');
		await w.dispatch('activate');
		expect(w.pages).toEqual([{ type: 'status', complete: true, version: 'v1' }]);
	});

	test('answers a page asking for the status', async () => {
		const w = makeScope(network);
		installWorker(w.scope, precacheOf(SITE, 'v1'));
		const replies: WorkerMessage[] = [];
		const source = { postMessage: (m: WorkerMessage) => replies.push(m) };
		await w.dispatch('message', { data: { type: 'status' }, source });
		await w.dispatch('install');
		await w.dispatch('message', { data: { type: 'status' }, source });
		expect(replies.map((r) => r.complete)).toEqual([false, true]);
	});

	test('takes over only when a page asks it to', async () => {
		const w = makeScope(network);
		installWorker(w.scope, precacheOf(SITE, 'v1'));
		await w.dispatch('message', { data: { type: 'other' }, source: null });
		expect(w.skipped()).toBe(false);
		await w.dispatch('message', { data: { type: 'skip-waiting' }, source: null });
		expect(w.skipped()).toBe(true);
	});

	describe('offline', () => {
		let w: ReturnType<typeof makeScope>;
		beforeEach(async () => {
			w = makeScope(network);
			installWorker(w.scope, precacheOf(SITE, 'v1'));
			await w.dispatch('install');
			await w.dispatch('activate');
			network.online = false;
		});

		test('returns precached pages and files from the cache', async () => {
			expect(await (await w.get('/guides/a/'))?.text()).toBe('guide a');
			expect(await (await w.get('/_astro/app.js', 'cors'))?.text()).toBe('code');
		});

		test('returns the search page whatever its query', async () => {
			expect(await (await w.get('/search/?q=token'))?.text()).toBe('search');
		});

		test('sends a page address without its slash to the cached page', async () => {
			const response = await w.get('/guides/a?x=1');
			expect(response?.status).toBe(301);
			expect(response?.headers.get('location')).toBe(`${ORIGIN}/guides/a/?x=1`);
		});

		test('returns the not-found page with status 404 for an unknown page', async () => {
			const response = await w.get('/nowhere/');
			expect(response?.status).toBe(404);
			expect(await response?.text()).toBe('not found');
		});

		test('leaves other requests to the network', async () => {
			expect(await w.get('/api/x.json', 'cors')).toBeUndefined();
			expect(
				await w.dispatch('fetch', { request: new Request(`${ORIGIN}/`, { method: 'POST' }) })
			).toBeUndefined();
			expect(
				await w.dispatch('fetch', { request: new Request('https://elsewhere.test/a.js') })
			).toBeUndefined();
		});
	});

	test('copies unchanged files from the previous version and removes it once active', async () => {
		const first = makeScope(network);
		installWorker(first.scope, precacheOf(SITE, 'v1'));
		await first.dispatch('install');
		await first.dispatch('activate');

		const changed = { ...SITE, '/guides/a/': 'guide a, revised' };
		network.files = changed;
		network.requests = [];
		const second = makeScope(network, first.caches);
		installWorker(second.scope, precacheOf(changed, 'v2'));
		await second.dispatch('install');
		expect(network.requests).toEqual(['/guides/a/']);
		expect(await first.caches.has(`${CACHE_PREFIX}v1`)).toBe(true);

		await second.dispatch('activate');
		expect(await first.caches.keys()).toEqual([`${CACHE_PREFIX}v2`]);
		network.online = false;
		expect(await (await second.get('/guides/a/'))?.text()).toBe('guide a, revised');
		expect(await (await second.get('/'))?.text()).toBe('home');
	});
});
