/**
 * Loads the training content (content/learn) from disk and validates it with the same schemas
 * Astro uses, for the content tests and the browser tests.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { ModuleSchema, QuestionSchema, type Module, type Question } from '../schemas/learn';
import { CONTENT_DIR } from './content';

function yamlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return yamlFiles(path);
		return extname(name) === '.yaml' && !name.startsWith('_') ? [path] : [];
	});
}

function load<T>(dir: string, schema: { parse: (raw: unknown) => T }) {
	return yamlFiles(join(CONTENT_DIR, dir)).map((path) => {
		try {
			return {
				id: basename(path, '.yaml').toLowerCase(),
				path: relative(CONTENT_DIR, path).split(sep).join('/'),
				data: schema.parse(parse(readFileSync(path, 'utf8'))),
			};
		} catch (error) {
			throw new Error(`${path}: ${String(error)}`, { cause: error });
		}
	});
}

export interface LearnContent {
	modules: { id: string; path: string; data: Module }[];
	questions: { id: string; path: string; data: Question }[];
}

/** Every module and question under content/learn, validated. */
export function loadLearn(): LearnContent {
	return {
		modules: load('learn/modules', ModuleSchema),
		questions: load('learn/questions', QuestionSchema),
	};
}
