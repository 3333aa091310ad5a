/**
 * Registers the service worker (dist/sw.js) and keeps the footer's two notices: "Available
 * offline" once the worker's cache is complete, and "A new version is available: reload" when a
 * new deploy's worker is waiting. The only script on reading pages: keep it under 1 kB gzip.
 */
import type { PageMessage, WorkerMessage } from '../lib/offline/worker';

const sw = navigator.serviceWorker;
const show = (id: string) => document.getElementById(id)?.removeAttribute('hidden');

if (sw && import.meta.env.PROD) {
	let reloading = false;
	const send = (worker: ServiceWorker | null | undefined, message: PageMessage) =>
		worker?.postMessage(message);
	sw.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
		if (event.data?.type === 'status' && event.data.complete) show('offline-ready');
	});
	sw.addEventListener('controllerchange', () => {
		if (reloading) location.reload();
	});
	const offer = (worker: ServiceWorker) => {
		// Only a page an older worker controls has something to reload into.
		if (!sw.controller) return;
		show('update-ready');
		document.getElementById('update-reload')?.addEventListener('click', () => {
			reloading = true;
			send(worker, { type: 'skip-waiting' });
		});
	};
	const start = async () => {
		const registration = await sw.register('/sw.js');
		if (registration.waiting) offer(registration.waiting);
		registration.addEventListener('updatefound', () => {
			const worker = registration.installing;
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed') offer(worker);
			});
		});
		send((await sw.ready).active, { type: 'status' });
	};
	// Without a worker (blocked, private browsing) the site still works online: nothing to say.
	addEventListener('load', () => void start().catch(() => {}));
}
