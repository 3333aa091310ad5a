/**
 * The rules for evidence as saved and imported assessments hold it, without the messages that
 * ./evidence.ts words for someone typing: every page that reads saved answers loads this, while
 * only the questionnaire loads the messages. ./evidence.ts builds its checks on these rules, so
 * the two can never disagree about what evidence is.
 */
import { cleanNote, truncateCodePoints } from '../text';

/** One piece of evidence: a link (http or https only) or a short text. */
export type Evidence = { kind: 'link'; url: string } | { kind: 'text'; text: string };

/** Most evidence entries one answer holds. */
export const MAX_EVIDENCE = 5;
/** Longest evidence text, in Unicode code points. */
export const MAX_EVIDENCE_TEXT = 300;
/** Longest evidence link, in characters (after the browser's normalisation). */
export const MAX_LINK_LENGTH = 2000;

/** Why a link cannot be evidence, as ./evidence.ts words it. */
export type LinkIssue = 'invalid' | 'scheme' | 'host' | 'credentials' | 'length';

/**
 * A link read as the browser reads it ("HTTPS://Example.org" becomes "https://example.org/"), or
 * what is wrong with it. The scheme is checked on what the browser would open, never on the text
 * as typed: the browser's parser drops tabs and line breaks, which would otherwise hide
 * "java\nscript:".
 */
export function readLink(text: string): { url: URL; issue: LinkIssue | null } | null {
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return null;
	}
	const issue: LinkIssue | null =
		url.protocol !== 'https:' && url.protocol !== 'http:'
			? 'scheme'
			: url.hostname === ''
				? 'host'
				: url.username !== '' || url.password !== ''
					? 'credentials'
					: url.href.length > MAX_LINK_LENGTH
						? 'length'
						: null;
	return { url, issue };
}

/** Evidence text as kept: cleaned and trimmed; '' when nothing is left. */
export const evidenceText = (text: string) => cleanNote(text).trim();

/** Whether two entries are the same evidence. */
export const sameEvidence = (a: Evidence, b: Evidence) =>
	a.kind === 'link' && b.kind === 'link'
		? a.url === b.url
		: a.kind === 'text' && b.kind === 'text' && a.text === b.text;

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The evidence of an answer as stored or imported: a clean list of at most MAX_EVIDENCE valid
 * entries, and how many entries were left out (not an object, an unsafe link, empty text,
 * duplicates, or past the fifth). Text longer than allowed is cut, not dropped, so an imported
 * file loses as little as it can.
 */
export function cleanEvidenceList(x: unknown): { evidence: Evidence[]; dropped: number } {
	if (!Array.isArray(x)) return { evidence: [], dropped: x === undefined || x === null ? 0 : 1 };
	const evidence: Evidence[] = [];
	let dropped = 0;
	for (const raw of x) {
		let entry: Evidence | null = null;
		if (isObject(raw) && raw['kind'] === 'link' && typeof raw['url'] === 'string') {
			const link = readLink(raw['url'].trim());
			if (link && link.issue === null) entry = { kind: 'link', url: link.url.href };
		} else if (isObject(raw) && raw['kind'] === 'text' && typeof raw['text'] === 'string') {
			const text = truncateCodePoints(evidenceText(raw['text']), MAX_EVIDENCE_TEXT).trim();
			if (text !== '') entry = { kind: 'text', text };
		}
		if (entry && evidence.length < MAX_EVIDENCE && !evidence.some((e) => sameEvidence(e, entry)))
			evidence.push(entry);
		else dropped++;
	}
	return { evidence, dropped };
}
