/**
 * Loads content/automation/scorecard.yaml and the Scorecard samples from disk, validated with the
 * schema Astro uses, so unit tests see what the build sees.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_DIR } from './content';
import { ScorecardFileSchema, type ScorecardFile } from '../schemas/scorecard';

export const SAMPLES_DIR = join(import.meta.dirname, '..', 'lib', 'scorecard', 'samples');

/** The mapping file, parsed and validated (throws with the schema's message if it is invalid). */
export function loadScorecardMapping(): ScorecardFile {
	const path = join(CONTENT_DIR, 'automation', 'scorecard.yaml');
	return ScorecardFileSchema.parse(parse(readFileSync(path, 'utf8')));
}

/** Every sample result's text, by file name. */
export function scorecardSamples(): Record<string, string> {
	return Object.fromEntries(
		readdirSync(SAMPLES_DIR)
			.filter((name) => name.endsWith('.json'))
			.map((name) => [name, readFileSync(join(SAMPLES_DIR, name), 'utf8')])
	);
}
