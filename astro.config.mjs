// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import offline from './src/integrations/offline.ts';
import { siteFromEnv } from './src/lib/site.ts';

// The policy Astro writes into every page's <meta>. Astro adds the hashes of the inline
// scripts and styles it emits itself; nothing else may run or load, and nothing from other origins.
export default defineConfig({
	// The public address: absolute links in exports (tracker items, attestations) start with it.
	// Set TRUSTLINE_SITE at build time to deploy elsewhere (see the README).
	site: siteFromEnv(process.env.TRUSTLINE_SITE),
	trailingSlash: 'always',
	// Order matters: the search index is written into dist/ before the service worker lists dist/.
	integrations: [preact(), mdx(), pagefind(), offline()],
	compressHTML: true,
	markdown: { syntaxHighlight: 'prism' },
	build: { inlineStylesheets: 'never', format: 'directory' },
	vite: {
		plugins: [
			// Islands import no CSS, and every chunk a dynamic import() needs is fetched when it runs, so
			// Vite's module preloading has nothing to do: no preload lists in the islands, and its
			// helper (about 0.9 kB gzip on every page that loads code on demand) becomes a plain call.
			// If a dynamic import ever gains dependencies to preload, the helper is left as it is.
			{
				name: 'trustline:no-module-preload',
				configEnvironment: (name) =>
					name === 'client' ? { build: { modulePreload: false } } : undefined,
				generateBundle(_options, bundle) {
					const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
					const helper = chunks.find((chunk) => chunk.name === 'preload-helper');
					if (!helper || chunks.some((chunk) => chunk.code.includes('__vite__mapDeps'))) return;
					const exported = /export\s*\{\s*([\w$]+) as ([\w$]+)\s*\};?\s*$/.exec(helper.code);
					if (exported)
						helper.code = `const ${exported[1]}=(load)=>load();export{${exported[1]} as ${exported[2]}};`;
				},
			},
		],
		build: {
			assetsInlineLimit: 0,
			rolldownOptions: {
				output: {
					// Every island needs Preact and nanostores; left alone, Rolldown splits them into
					// several small chunks that each page loads one by one and gzip compresses
					// separately. One runtime chunk keeps every page within its budget without copying
					// code. Two more groups gather the small modules that islands share, which Rolldown
					// would otherwise emit as a dozen chunks of a few hundred bytes each: 'base' (storage,
					// text cleaning, the model) for every island that saves, and 'codec' (the result-link
					// codec and its byte helpers) for the pages that open links. 'base' comes first so the
					// codec group, which takes its modules' dependencies along, leaves the model to it and
					// the questionnaire never loads the codec. (One group for all shared code, with
					// Rolldown's entriesAware splitting, was tried: 1-4 kB heavier per page.)
					codeSplitting: {
						groups: [
							{
								name: 'runtime',
								test: /node_modules[\\/](?:preact|nanostores|@nanostores)[\\/]/,
								priority: 2,
							},
							// Vite's helper for import() (a plain call, see the plugin above): a chunk of its own,
							// as Rolldown emits it unasked, so the codec, which calls import() for a link's evidence
							// section, does not take it along and make every island that loads code on demand (the
							// questionnaire's Scorecard import) load the codec too.
							{ name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 3 },
							{
								name: 'base',
								test: /src[\\/](?:stores[\\/](?:persisted|hash)|islands[\\/]shared[\\/]StorageNotices|lib[\\/](?:download|text|model|ids|scoring[\\/]answers|links[\\/]fragment))\./,
								priority: 2,
							},
							// Code that loads only when the user asks for it gets a chunk named after what it
							// does, so scripts/size.mjs can tell it from the page's own code (budgets.json's
							// onDemand 'match'): the QR code of a share link and its dialog. Lowest priority, so
							// what the dialog imports (Preact) stays in the groups above instead of coming along.
							{
								name: 'qr',
								test: /(?:src[\\/]lib[\\/]qr[\\/]|src[\\/]islands[\\/]shared[\\/]QrDialog\.|node_modules[\\/]qr[\\/])/,
								priority: 0,
							},
							{
								name: 'codec',
								test: /src[\\/]lib[\\/](?:bytes[\\/](?:bits|bytes|deflate|radix)|share[\\/]codec)\./,
								priority: 1,
							},
						],
					},
				},
			},
		},
	},
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
