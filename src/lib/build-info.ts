/**
 * What the about page says about this build: the site's version from package.json and the Git
 * commit it was built from. Read at build time only (Node APIs); a build outside a Git checkout
 * simply has no commit to show.
 */
import { execFileSync } from 'node:child_process';

/** The short commit hash and its date, or undefined outside a Git checkout. */
export function buildCommit(): { hash: string; date: string } | undefined {
	try {
		const out = execFileSync('git', ['log', '-1', '--format=%h %cs'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
		const [hash, date] = out.split(' ');
		return hash && date ? { hash, date } : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Where the source lives, from the build's environment (`TRUSTLINE_SOURCE_URL`), so a fork or a
 * mirror names itself; only an https address is shown.
 */
export function sourceUrl(
	env: Record<string, string | undefined> = process.env
): string | undefined {
	const url = env['TRUSTLINE_SOURCE_URL']?.trim();
	return url && /^https:\/\/[^\s"<>]+$/.test(url) ? url : undefined;
}
