/**
 * Evidence for an answer: up to five entries, each a link or a short text. Links are the one
 * kind of evidence a browser acts on, so only http and https links are accepted: a `javascript:`
 * or `data:` link in an assessment someone shares would run or show whatever its author wrote.
 * Every function returns a clean copy or a sentence for the user, and never throws.
 */
import { cleanNote, truncateCodePoints } from '../text';
import {
	evidenceText,
	MAX_EVIDENCE,
	MAX_EVIDENCE_TEXT,
	MAX_LINK_LENGTH,
	readLink,
	sameEvidence,
	type Evidence,
} from './read';

export {
	cleanEvidenceList,
	MAX_EVIDENCE,
	MAX_EVIDENCE_TEXT,
	MAX_LINK_LENGTH,
	type Evidence,
} from './read';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** The scheme a text starts with, such as "javascript:", for a message; or null. */
function schemeOf(text: string): string | null {
	return /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase() ?? null;
}

/**
 * An evidence link as the page will keep and show it, or why it cannot be used. The text is
 * read as the browser reads a link (so "HTTPS://Example.org" becomes "https://example.org/"),
 * and the scheme is checked on what the browser would open, never on the text as typed: the
 * browser's parser drops tabs and line breaks, which would otherwise hide "java\nscript:".
 */
export function checkEvidenceLink(input: string): Checked<Evidence & { kind: 'link' }> {
	const text = typeof input === 'string' ? input.trim() : '';
	if (text === '') return { ok: false, problem: 'Enter a link, starting with https://.' };
	const link = readLink(text);
	if (!link) {
		const scheme = schemeOf(text);
		return {
			ok: false,
			problem:
				scheme === null || !/^https?$/.test(scheme)
					? `“${truncateCodePoints(cleanNote(text).replace(/\s+/g, ' '), 60)}” is not a full link; start it with https://.`
					: 'This is not a valid link.',
		};
	}
	const { url, issue } = link;
	if (issue === 'scheme') {
		return {
			ok: false,
			problem: `Only http and https links can be evidence; a “${url.protocol}” link is not allowed.`,
		};
	}
	if (issue === 'host') return { ok: false, problem: 'The link names no web site.' };
	if (issue === 'credentials') {
		return {
			ok: false,
			problem:
				'The link holds a user name or password, which would travel with the assessment; remove them.',
		};
	}
	if (issue === 'length') {
		return {
			ok: false,
			problem: `The link is too long (${url.href.length} characters); evidence links are at most ${MAX_LINK_LENGTH}.`,
		};
	}
	return { ok: true, value: { kind: 'link', url: url.href } };
}

/** Evidence text fit to keep and show, or why it cannot be used (empty, or too long). */
export function checkEvidenceText(input: string): Checked<Evidence & { kind: 'text' }> {
	const text = typeof input === 'string' ? evidenceText(input) : '';
	if (text === '') return { ok: false, problem: 'Enter some text, or a link.' };
	const length = [...text].length;
	if (length > MAX_EVIDENCE_TEXT) {
		return {
			ok: false,
			problem: `The text is too long (${length} characters); evidence text is at most ${MAX_EVIDENCE_TEXT}. Link to a longer document instead.`,
		};
	}
	return { ok: true, value: { kind: 'text', text } };
}

/** Schemes that mark typed text as a link even with spaces in it, so it is refused as one. */
const LINK_SCHEMES = /^(?:https?|javascript|vbscript|data|file|blob|ftp)$/;

/**
 * One evidence entry from what someone typed in a single field: a link when it starts with a
 * link scheme ("https:", and also "javascript:" or "data:", which are then refused), or is one
 * word holding "://" or starting with "www."; text otherwise, so "Owner: platform team" stays text.
 */
export function checkEvidenceInput(input: string): Checked<Evidence> {
	const text = typeof input === 'string' ? input.trim() : '';
	const scheme = schemeOf(text.replace(/[\t\n\r]/g, ''));
	if (scheme !== null && LINK_SCHEMES.test(scheme)) return checkEvidenceLink(text);
	if (/^\S+:\/\/\S+$/.test(text)) return checkEvidenceLink(text);
	if (/^www\.\S+$/i.test(text)) return checkEvidenceLink(`https://${text}`);
	return checkEvidenceText(text);
}

/** The list with `entry` added, or why not: the answer already has the most entries allowed. */
export function addEvidence(list: readonly Evidence[], entry: Evidence): Checked<Evidence[]> {
	if (list.length >= MAX_EVIDENCE) {
		return {
			ok: false,
			problem: `An answer holds at most ${MAX_EVIDENCE} pieces of evidence; remove one first.`,
		};
	}
	if (list.some((e) => sameEvidence(e, entry)))
		return { ok: false, problem: 'The answer already has this evidence.' };
	return { ok: true, value: [...list, entry] };
}
