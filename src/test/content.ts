/**
 * Loads the real content/ folder from disk and validates it with the same schemas Astro uses,
 * so unit tests see exactly what the build sees (without Astro's runtime).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parse } from 'yaml';
import { EnvironmentSchema } from '../schemas/environment';
import { ThreatSchema } from '../schemas/threat';
import { ControlSchema } from '../schemas/control';
import { GuideSchema } from '../schemas/guide';
import { BankSchema } from '../schemas/bank';
import { WorkshopSchema } from '../schemas/framework';
import { buildBank, type BankModel } from '../lib/model';

export const CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content');

function files(dir: string, ext: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path, ext);
		return extname(name) === ext && !name.startsWith('_') ? [path] : [];
	});
}

const idOf = (path: string) => basename(path, extname(path)).toLowerCase();

function load<T>(dir: string, ext: string, parseOne: (raw: unknown) => T, read = readYaml) {
	return files(join(CONTENT_DIR, dir), ext).map((path) => {
		try {
			return { id: idOf(path), path, data: parseOne(read(path)) };
		} catch (error) {
			throw new Error(`${path}: ${String(error)}`, { cause: error });
		}
	});
}

function readYaml(path: string): unknown {
	return parse(readFileSync(path, 'utf8'));
}

/** Front matter and body of an MDX file. */
function readMdx(path: string): unknown {
	const text = readFileSync(path, 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error('missing front matter');
	return { ...(parse(match[1] ?? '') as object), __body: match[2] ?? '' };
}

export function loadContent() {
	const environments = load('environments', '.yaml', (raw) => EnvironmentSchema.parse(raw));
	const threats = load('threats', '.yaml', (raw) => ThreatSchema.parse(raw));
	const controls = load('controls', '.yaml', (raw) => ControlSchema.parse(raw));
	const guides = load(
		'guides',
		'.mdx',
		(raw) => ({
			...GuideSchema.parse(raw),
			body: (raw as { __body: string }).__body,
		}),
		readMdx
	);
	const bank = BankSchema.parse(readYaml(join(CONTENT_DIR, 'bank.yaml')));
	const workshop = WorkshopSchema.parse(
		readYaml(join(CONTENT_DIR, 'frameworks', 'ms-zt-workshop.yaml'))
	);
	return { environments, threats, controls, guides, bank, workshop };
}

let cached: BankModel | undefined;
/** The real question bank as the site builds it. */
export function realBank(): BankModel {
	cached ??= buildBank(loadContent());
	return cached;
}
