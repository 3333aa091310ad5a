/**
 * Base64url (RFC 4648 section 5) without padding: the alphabet that survives URLs, chat apps and
 * e-mail clients untouched, because none of its characters need percent-encoding.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Maps a character code to its 6-bit value, or 255 for characters outside the alphabet. */
const VALUES = (() => {
	const table = new Uint8Array(128).fill(255);
	for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
	return table;
})();

/** True when every character of `text` belongs to the base64url alphabet (the empty string does). */
export function isBase64Url(text: string): boolean {
	return /^[A-Za-z0-9_-]*$/.test(text);
}

/** Encodes bytes as base64url without padding. */
export function encodeBase64Url(bytes: Uint8Array): string {
	let out = '';
	let i = 0;
	for (; i + 2 < bytes.length; i += 3) {
		const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
		out +=
			ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
	}
	const rest = bytes.length - i;
	if (rest === 1) {
		const n = bytes[i]! << 16;
		out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
	} else if (rest === 2) {
		const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
		out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
	}
	return out;
}

/**
 * Decodes unpadded base64url. Returns null, never throws, when a character is outside the alphabet
 * or the length is one no encoder produces (4n + 1 characters): both mean the text was damaged.
 * Unused trailing bits are ignored rather than rejected; a checksum over the bytes is what tells
 * a damaged link from a good one.
 */
export function decodeBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let buffer = 0;
	let o = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const value = code < 128 ? VALUES[code]! : 255;
		if (value === 255) return null;
		buffer = ((buffer << 6) | value) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (buffer >> bits) & 0xff;
		}
	}
	return out;
}
