/**
 * The envelope every Trustline fragment link shares: `<prefix><base64url(payload ++ crc32)>`.
 * The prefix names the kind of link (`r.` results; training and comparison links pick their own),
 * and the trailing CRC-32 of the payload, big-endian, lets a reader tell damage from data before it
 * parses anything. Keeping the checksum at the very end, outside any versioned layout, means every
 * future payload format is checked the same way.
 */
import { crc32 } from './crc32';
import { decodeBase64Url, encodeBase64Url, isBase64Url } from './base64url';

/** Why a fragment could not be opened, before its payload is even looked at. */
export type FragmentProblem =
	'empty' | 'wrong-prefix' | 'bad-characters' | 'truncated' | 'checksum' | 'too-long';

/** The result of opening a fragment: the checksummed payload, or what is wrong with it. */
export type OpenedFragment =
	| { ok: true; payload: Uint8Array }
	| {
			ok: false;
			reason: FragmentProblem;
			/** With 'checksum': every decoded byte, so a format can tell a cut-off link from an altered one. */
			bytes?: Uint8Array;
	  };

/** Characters a link may pick up at its end (padding, or the sentence it was pasted into). */
const TRAILING = new Set(['=', '.', ',', ';', ':', '!', '?', ')', ']', '}', "'", '"', '»', '>']);

function withoutTrailingPunctuation(text: string): string {
	// A loop rather than /[…]+$/, which backtracks quadratically on a long run of punctuation.
	let end = text.length;
	while (end > 0 && TRAILING.has(text[end - 1]!)) end--;
	return text.slice(0, end);
}

/** Bytes of the trailing checksum. */
export const CHECKSUM_BYTES = 4;

/** Seals a payload into a fragment (without '#'): prefix, then base64url of payload and its CRC-32. */
export function sealFragment(prefix: string, payload: Uint8Array): string {
	const sealed = new Uint8Array(payload.length + CHECKSUM_BYTES);
	sealed.set(payload);
	new DataView(sealed.buffer).setUint32(payload.length, crc32(payload));
	return prefix + encodeBase64Url(sealed);
}

/**
 * Opens a fragment that `sealFragment(prefix, …)` made. Accepts the fragment with or without '#'
 * (or a whole URL), and forgives what copying commonly adds: whitespace from wrapped lines and
 * sentence punctuation after the link, none of which base64url ever contains. Never throws.
 */
export function openFragment(fragment: unknown, prefix: string, maxChars: number): OpenedFragment {
	if (typeof fragment !== 'string') return { ok: false, reason: 'empty' };
	// Refuse absurd input before any regular expression walks it.
	if (fragment.length > maxChars * 4 + 1024) return { ok: false, reason: 'too-long' };
	const hash = fragment.indexOf('#');
	const text = (hash >= 0 ? fragment.slice(hash + 1) : fragment).replace(/\s+/g, '');
	if (text === '') return { ok: false, reason: 'empty' };
	if (!text.startsWith(prefix)) return { ok: false, reason: 'wrong-prefix' };
	const body = withoutTrailingPunctuation(text.slice(prefix.length));
	if (body.length > maxChars - prefix.length) return { ok: false, reason: 'too-long' };
	if (!isBase64Url(body)) return { ok: false, reason: 'bad-characters' };
	const bytes = decodeBase64Url(body);
	if (!bytes || bytes.length < CHECKSUM_BYTES) return { ok: false, reason: 'truncated' };
	const payload = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
	const stored = new DataView(bytes.buffer, bytes.byteOffset).getUint32(payload.length);
	if (stored !== crc32(payload)) return { ok: false, reason: 'checksum', bytes };
	return { ok: true, payload };
}
