import { defineConfig } from '@playwright/test';
import { findChromium } from './e2e/browser';

const port = Number(process.env.PORT ?? 4329);

export default defineConfig({
	testDir: './e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${port}`,
		// Every page registers the service worker, which precaches the whole site: hundreds of
		// requests per test. Only the offline tests (e2e/offline.spec.ts) let it run.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: findChromium(),
			// Without these flags Chromium dials Google's services, which this closed network refuses.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	webServer: {
		command: `node scripts/serve.mjs --port ${port}`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
