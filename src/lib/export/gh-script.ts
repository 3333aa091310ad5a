/**
 * A shell script that creates one GitHub issue per next action with the GitHub CLI. Titles and
 * bodies hold text from the catalogue and the assessment's name, so every value the script passes
 * on is single-quoted: inside single quotes bash expands nothing (`$(...)`, backticks, `$VAR`,
 * `!`, globs), and a newline is just a character.
 */
import { issueBody, issueTitle } from './github';
import { TRUSTLINE_LABEL, trackerText, type ActionItem } from './actions';

/**
 * `text` as one single-quoted shell word, safe for bash and POSIX sh: each `'` becomes `'\''`
 * (close the quote, an escaped quote, reopen). NUL cannot travel in a shell argument, so it is
 * dropped; everything else stays exactly as it is.
 */
export function shellQuote(text: string): string {
	return `'${text.replaceAll('\u0000', '').replaceAll("'", "'\\''")}'`;
}

/** Label colours (hex without "#"): Trustline's label stands out, environments stay grey. */
const COLOURS = { trustline: '5319e7', environment: 'ededed' } as const;

/** Options of the script. */
export interface GhScriptOptions {
	/**
	 * "owner/name", checked by `parseRepository`. Without it the script creates the issues in the
	 * repository of the directory it runs in, as `gh` does.
	 */
	repository?: string;
}

/**
 * The script: checks that `gh` is installed, creates the labels it uses (leaving existing ones as
 * they are), then runs `gh issue create` once per action in roadmap order with the same title,
 * labels and body as the "Create GitHub issue" links (the body never shortened). It stops at the
 * first failure (`set -euo pipefail`), so a rerun after fixing the cause creates the rest twice;
 * the comments say so.
 */
export function toGhScript(items: readonly ActionItem[], options: GhScriptOptions = {}): string {
	const repository = options.repository;
	const repo = repository ? ' --repo "$repo"' : '';
	const source = items[0]?.source;
	const where = repository ? `in ${repository}` : 'in the repository of the current directory';
	const lines = [
		'#!/usr/bin/env bash',
		'# Creates one GitHub issue per next action of a Trustline assessment, highest priority',
		'# first, with the GitHub CLI (https://cli.github.com/). Read it, then run: bash <this file>',
		'# It needs gh signed in (gh auth login) with permission to create issues and labels.',
		'# It stops at the first error; running it again creates the issues made before the error',
		'# a second time.',
		'set -euo pipefail',
		'',
		'if ! command -v gh >/dev/null 2>&1; then',
		"\techo 'The GitHub CLI (gh) is not installed: see https://cli.github.com/' >&2",
		'\texit 1',
		'fi',
		'',
	];
	if (repository) lines.push(`repo=${shellQuote(repository)}`, '');
	if (items.length === 0) {
		lines.push(`echo ${shellQuote('Nothing to create: the assessment has no next actions.')}`);
		return `${lines.join('\n')}\n`;
	}
	const count = items.length === 1 ? '1 issue' : `${items.length} issues`;
	lines.push(
		`echo ${shellQuote(`Creating ${count} from the Trustline assessment ${trackerText(source ?? '', false)} ${where}.`)}`,
		'',
		'# Labels: an existing label is left as it is.'
	);
	const labels = [...new Set(items.flatMap((item) => item.labels))];
	for (const label of labels) {
		const colour = label === TRUSTLINE_LABEL ? COLOURS.trustline : COLOURS.environment;
		lines.push(
			`gh label create ${shellQuote(label)}${repo} --color ${colour} ` +
				`--description ${shellQuote('From a Trustline assessment')} >/dev/null 2>&1 || true`
		);
	}
	for (const item of items) {
		lines.push(
			'',
			`# Action ${item.rank} of ${item.of}`,
			`gh issue create${repo} \\`,
			`\t--title ${shellQuote(issueTitle(item))} \\`,
			`\t${item.labels.map((label) => `--label ${shellQuote(label)}`).join(' ')} \\`,
			`\t--body ${shellQuote(issueBody(item))}`
		);
	}
	return `${lines.join('\n')}\n`;
}
