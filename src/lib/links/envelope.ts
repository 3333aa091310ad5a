/**
 * The one envelope every Trustline fragment link shares (results `r.`, comparisons `c.`, training
 * completion `l.`): `<prefix><base64url(payload ++ crc32)>`, where the payload's first byte is its
 * format version. The prefix names the kind of link, and the trailing CRC-32 of the payload,
 * big-endian, lets a reader tell damage from data before it parses anything. Keeping the checksum
 * at the very end, outside any versioned layout, means every future payload format is checked the
 * same way. The words for what can go wrong with any link live here too, so the three kinds say
 * the same thing the same way.
 *
 * Golden fixtures (./golden/, ./golden.test.ts) pin the formats: links already shared must decode
 * to the same values forever.
 */
import { crc32 } from '../bytes/crc32';
import { decodeBase64Url, encodeBase64Url, isBase64Url } from '../bytes/base64url';

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

/** One kind of link: what its fragment starts with, what it is called, its limits and format. */
export interface LinkKind {
	/** What the fragment starts with, e.g. 'r.'. */
	prefix: string;
	/** What users call it, e.g. 'results link'. */
	noun: string;
	/** The payload format version this site writes (byte 0 of the payload). */
	format: number;
	/** Every format this site reads, when older ones are still read (default: only `format`). */
	readable?: readonly number[];
	/** Longest payload, checksum not included. */
	maxPayloadBytes: number;
}

/** Longest fragment a reader looks at for `kind`: a full payload and checksum in base64url, plus the prefix. */
export function maxFragmentChars(kind: LinkKind): number {
	return kind.prefix.length + Math.ceil(((kind.maxPayloadBytes + CHECKSUM_BYTES) * 4) / 3);
}

/** Why a link did not open, as far as the envelope can tell. */
export type LinkProblem = FragmentProblem | 'unsupported-format' | 'invalid';

/** A link whose envelope opened: the payload (format byte included) and its format. */
export type OpenedLink =
	| { ok: true; payload: Uint8Array; format: number }
	| { ok: false; reason: LinkProblem; bytes?: Uint8Array };

/**
 * Opens a link of `kind` (with or without '#', or a whole URL), checks its checksum, its size and
 * its format version. A format above every one this site reads is 'unsupported-format' (the reader
 * should reload); another one it does not read, or none at all, is 'invalid'. Never throws.
 */
export function openLink(fragment: unknown, kind: LinkKind): OpenedLink {
	const opened = openFragment(fragment, kind.prefix, maxFragmentChars(kind));
	if (!opened.ok) return opened;
	if (opened.payload.length > kind.maxPayloadBytes) return { ok: false, reason: 'too-long' };
	const format = opened.payload[0];
	const readable = kind.readable ?? [kind.format];
	if (format === undefined || !readable.includes(format)) {
		return {
			ok: false,
			reason:
				format !== undefined && format > Math.max(...readable) ? 'unsupported-format' : 'invalid',
		};
	}
	return { ok: true, payload: opened.payload, format };
}

/** What to say after a problem with a link someone sent. */
export const RECOPY = 'Ask the person who sent it to copy the whole link again.';

/**
 * What a reader is told about an envelope problem with a link of `kind`: what is wrong, then
 * what to do. 'wrong-prefix' and 'invalid' depend on the kind, so each codec words those itself.
 */
export function linkMessage(
	kind: LinkKind,
	reason: Exclude<LinkProblem, 'wrong-prefix' | 'invalid'>
): string {
	const link = `This ${kind.noun}`;
	switch (reason) {
		case 'empty':
			return `${link} is empty: the part after "#" is missing. ${RECOPY}`;
		case 'bad-characters':
			return `${link} contains characters a Trustline link never has, so it was probably changed when it was copied. ${RECOPY}`;
		case 'truncated':
			return `${link} is incomplete: its end was cut off, perhaps by an e-mail or chat app. ${RECOPY}`;
		case 'checksum':
			return `${link} is damaged: some of its characters were changed or lost, so it does not match its own check code. ${RECOPY}`;
		case 'too-long':
			return `${link} is longer than any Trustline link can be, so it was not opened.`;
		case 'unsupported-format':
			return `${link} was made by a newer version of Trustline. Reload this page (or clear the browser cache) to get the latest version, then open the link again.`;
	}
}
