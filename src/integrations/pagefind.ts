/**
 * Builds the site search index with Pagefind once Astro has written dist/: every page that marks
 * its content with `data-pagefind-body` (guides, threats, environments, training; see
 * Base.astro's `search` prop), plus one record per control (src/lib/search/records.ts). Pagefind's
 * binary comes from its npm package (@pagefind/<platform>), so this runs offline and in CI.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createIndex, close } from 'pagefind';
import { parse } from 'yaml';
import { ControlSchema } from '../schemas/control';
import { EnvironmentSchema } from '../schemas/environment';
import { controlRecord, type SearchRecord } from '../lib/search/records';

/** Pagefind's ready-made search interfaces: the search page has its own (SearchView). */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

function yamlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return yamlFiles(path);
		return extname(name) === '.yaml' && !name.startsWith('_') ? [path] : [];
	});
}

/** The controls' records, read with the same schemas and file rules as src/content.config.ts. */
export function controlRecords(contentDir = CONTENT): SearchRecord[] {
	const names = new Map(
		yamlFiles(join(contentDir, 'environments')).map((path) => [
			basename(path, '.yaml').toLowerCase(),
			EnvironmentSchema.parse(parse(readFileSync(path, 'utf8'))).name,
		])
	);
	return yamlFiles(join(contentDir, 'controls')).map((path) => {
		const control = ControlSchema.parse(parse(readFileSync(path, 'utf8')));
		return controlRecord(control, names.get(control.environment) ?? control.environment);
	});
}

export default function pagefind(): AstroIntegration {
	return {
		name: 'trustline:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const fail = (what: string, errors: string[]) => {
					throw new Error(`Pagefind ${what} failed:\n${errors.join('\n')}`);
				};
				try {
					const { index, errors } = await createIndex({ forceLanguage: 'en' });
					if (!index) return fail('setup', errors);
					const pages = await index.addDirectory({ path: out });
					if (pages.errors.length) fail('indexing', pages.errors);
					const records = controlRecords();
					for (const record of records) {
						const added = await index.addCustomRecord(record);
						if (added.errors.length) fail(`record ${record.url}`, added.errors);
					}
					const bundle = join(out, 'pagefind');
					const written = await index.writeFiles({ outputPath: bundle });
					if (written.errors.length) fail('writing', written.errors);
					// Left in dist/ they would be deployed and precached for nothing.
					for (const name of readdirSync(bundle)) if (UNUSED.test(name)) rmSync(join(bundle, name));
					logger.info(`indexed ${pages.page_count} pages and ${records.length} controls`);
				} finally {
					await close();
				}
			},
		},
	};
}
