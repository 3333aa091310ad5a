/**
 * GitHub issues from the next actions: the repository field's check, the "Create GitHub issue"
 * links (GitHub's new-issue form, filled in through the query string) and the Markdown body both
 * the links and the `gh` script use.
 */
import { escapeMarkdown, SEVERITY_WORDS } from './labels';
import { paragraphsOf, trackerText, type ActionItem } from './actions';

export { parseRepository, REPOSITORY_EXAMPLE, type RepositoryCheck } from './repository';

/** Every link stays under this many characters, which browsers and GitHub accept everywhere. */
export const MAX_LINK_LENGTH = 8000;

/** GitHub's longest issue title. */
export const MAX_TITLE_LENGTH = 256;

/** The issue's title, on one line and at most GitHub's limit (cut with "…"). */
export function issueTitle(item: ActionItem): string {
	const title = trackerText(item.title, false).trim();
	const points = [...title];
	return points.length <= MAX_TITLE_LENGTH
		? title
		: `${points.slice(0, MAX_TITLE_LENGTH - 1).join('')}…`;
}

/**
 * The issue's Markdown body: the step, what the next stage looks like, the threats, the guide's
 * link and where the item comes from. Every text is escaped, so a name such as `<img src=x>` or
 * `[click](https://evil.example)` shows as written.
 */
export function issueBody(item: ActionItem): string {
	const lines: string[] = [];
	for (const { key, label, text } of paragraphsOf(item)) {
		const clean = escapeMarkdown(trackerText(text));
		switch (key) {
			case 'step':
				lines.push(clean);
				break;
			case 'threats':
				lines.push(`### ${label}`, '');
				if (item.threats.length === 0) lines.push(clean);
				for (const t of item.threats) {
					lines.push(`- ${escapeMarkdown(trackerText(t.title))} (${SEVERITY_WORDS[t.severity]})`);
				}
				break;
			case 'guide':
				// Built from slugs and the configured origin, so left as written for GitHub to link.
				lines.push(`### ${label}`, '', `Follow the guide: ${item.guideUrl}`);
				break;
			case 'from':
				lines.push('---', '', clean);
				break;
			default:
				lines.push(`### ${label}`, '', clean);
		}
		lines.push('');
	}
	return `${lines.join('\n').trimEnd()}\n`;
}

/** The sentence a shortened body ends with, pointing to the guide. */
export function shortenedNote(item: ActionItem): string {
	return `\n\n…\n\n**Shortened to fit in a link.** The whole step is in the guide: ${item.guideUrl}\n`;
}

/**
 * The "Create GitHub issue" link of one action: GitHub's new-issue form for `repository`
 * (checked by `parseRepository`) with the title, the body and the labels filled in. The link is
 * always shorter than `MAX_LINK_LENGTH`: a body that does not fit is cut (at a space when one is
 * near the cut) and ends with a pointer to the guide.
 */
export function githubIssueUrl(repository: string, item: ActionItem): string {
	const enc = encodeURIComponent;
	const head =
		`https://github.com/${repository}/issues/new` +
		`?title=${enc(issueTitle(item))}&labels=${enc(item.labels.join(','))}&body=`;
	const body = issueBody(item);
	const whole = head + enc(body);
	if (whole.length < MAX_LINK_LENGTH) return whole;

	const note = shortenedNote(item);
	const room = MAX_LINK_LENGTH - 1 - head.length - enc(note).length;
	const points = [...body];
	// The encoded length of a prefix grows with the prefix, so a binary search finds the longest
	// one that fits.
	let lo = 0;
	let hi = points.length;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (enc(points.slice(0, mid).join('')).length <= room) lo = mid;
		else hi = mid - 1;
	}
	let kept = points.slice(0, lo).join('');
	const space = kept.search(/\s\S*$/);
	if (space > 0 && kept.length - space < 80) kept = kept.slice(0, space);
	const link = head + enc(kept.trimEnd() + note);
	// Only a site address of thousands of characters could leave no room at all; the link then
	// carries the title and labels alone.
	return link.length < MAX_LINK_LENGTH ? link : head;
}
