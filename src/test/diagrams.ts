/**
 * Loads content/diagrams/*.yaml from disk and validates it with the schema Astro uses, so the
 * diagram tests see exactly what the build sees.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { DiagramSchema, type Diagram } from '../schemas/diagram';
import { CONTENT_DIR } from './content';

/** Every diagram, keyed by id (the file name without `.yaml`). */
export function loadDiagrams(): Map<string, Diagram> {
	const dir = join(CONTENT_DIR, 'diagrams');
	const diagrams = new Map<string, Diagram>();
	for (const name of readdirSync(dir).sort()) {
		if (!name.endsWith('.yaml') || name.startsWith('_')) continue;
		const path = join(dir, name);
		try {
			diagrams.set(
				basename(name, '.yaml').toLowerCase(),
				DiagramSchema.parse(parse(readFileSync(path, 'utf8')))
			);
		} catch (error) {
			throw new Error(`${path}: ${String(error)}`, { cause: error });
		}
	}
	return diagrams;
}
