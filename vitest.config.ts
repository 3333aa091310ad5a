/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
	{
		test: {
			include: ['src/**/*.test.{ts,tsx}'],
			// Property tests over 100,000 inputs take a few seconds; give them room on a slow CI box.
			testTimeout: 60_000,
		},
	},
	{ devToolbar: { enabled: false } }
);
