// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import mdx from '@astrojs/mdx';

// The policy Astro writes into every page's <meta>. Astro adds the hashes of the inline
// scripts and styles it emits itself; nothing else may run or load, and nothing from other origins.
export default defineConfig({
	site: 'https://trustline.example',
	trailingSlash: 'always',
	integrations: [preact(), mdx()],
	compressHTML: true,
	markdown: { syntaxHighlight: 'prism' },
	build: { inlineStylesheets: 'never', format: 'directory' },
	vite: { build: { assetsInlineLimit: 0 } },
	devToolbar: { enabled: false },
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
				"worker-src 'self'",
				"manifest-src 'self'",
			],
		},
	},
});
