/**
 * Evidence for an answer: up to five entries, each a link or a short text. Links are the one
 * kind of evidence a browser acts on, so only http and https links are accepted: a `javascript:`
 * or `data:` link in an assessment someone shares would run or show whatever its author wrote.
 * Every function returns a clean copy or a sentence for the user, and never throws.
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
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		const scheme = schemeOf(text);
		return {
			ok: false,
			problem:
				scheme === null || !/^https?$/.test(scheme)
					? `“${truncateCodePoints(cleanNote(text).replace(/\s+/g, ' '), 60)}” is not a full link; start it with https://.`
					: 'This is not a valid link.',
		};
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return {
			ok: false,
			problem: `Only http and https links can be evidence; a “${url.protocol}” link is not allowed.`,
		};
	}
	if (url.hostname === '') return { ok: false, problem: 'The link names no web site.' };
	if (url.username !== '' || url.password !== '') {
		return {
			ok: false,
			problem:
				'The link holds a user name or password, which would travel with the assessment; remove them.',
		};
	}
	if (url.href.length > MAX_LINK_LENGTH) {
		return {
			ok: false,
			problem: `The link is too long (${url.href.length} characters); evidence links are at most ${MAX_LINK_LENGTH}.`,
		};
	}
	return { ok: true, value: { kind: 'link', url: url.href } };
}

/** Evidence text fit to keep and show, or why it cannot be used (empty, or too long). */
export function checkEvidenceText(input: string): Checked<Evidence & { kind: 'text' }> {
	const text = typeof input === 'string' ? cleanNote(input).trim() : '';
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
	const same = list.some((e) =>
		e.kind === 'link' && entry.kind === 'link'
			? e.url === entry.url
			: e.kind === 'text' && entry.kind === 'text' && e.text === entry.text
	);
	if (same) return { ok: false, problem: 'The answer already has this evidence.' };
	return { ok: true, value: [...list, entry] };
}

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The evidence of an answer as stored or imported: a clean list of at most MAX_EVIDENCE valid
 * entries, and how many entries were left out (not an object, an unsafe link, empty or too long
 * text, duplicates, or past the fifth). Text longer than allowed is cut, not dropped, so an
 * imported file loses as little as it can.
 */
export function cleanEvidenceList(x: unknown): { evidence: Evidence[]; dropped: number } {
	if (!Array.isArray(x)) return { evidence: [], dropped: x === undefined || x === null ? 0 : 1 };
	const evidence: Evidence[] = [];
	let dropped = 0;
	for (const raw of x) {
		let entry: Checked<Evidence> = { ok: false, problem: '' };
		if (isObject(raw) && raw['kind'] === 'link' && typeof raw['url'] === 'string') {
			entry = checkEvidenceLink(raw['url']);
		} else if (isObject(raw) && raw['kind'] === 'text' && typeof raw['text'] === 'string') {
			entry = checkEvidenceText(
				truncateCodePoints(cleanNote(raw['text']).trim(), MAX_EVIDENCE_TEXT)
			);
		}
		const added = entry.ok ? addEvidence(evidence, entry.value) : entry;
		if (added.ok) evidence.splice(0, evidence.length, ...added.value);
		else dropped++;
	}
	return { evidence, dropped };
}
