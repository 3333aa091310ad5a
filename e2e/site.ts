import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = join(import.meta.dirname, '..', 'dist');

/** Every built HTML file under dist/, as [url path, file path]. */
export function builtPages(): { path: string; file: string }[] {
	const out: { path: string; file: string }[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const file = join(dir, name);
			if (statSync(file).isDirectory()) walk(file);
			else if (name.endsWith('.html')) {
				const rel = relative(DIST, file).split(sep).join('/');
				const path = rel === 'index.html' ? '/' : `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
				out.push({ path, file });
			}
		}
	};
	walk(DIST);
	return out.sort((a, b) => a.path.localeCompare(b.path));
}

export function readHtml(file: string): string {
	return readFileSync(file, 'utf8');
}
