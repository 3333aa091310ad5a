import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeBase64Url, encodeBase64Url, isBase64Url } from './base64url';

describe('encodeBase64Url', () => {
	test('returns what Node encodes as base64url, without padding', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
				expect(encodeBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
			})
		);
	});
});

describe('decodeBase64Url', () => {
	test('returns the bytes that were encoded', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
				expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual(bytes);
			})
		);
	});

	test.each(['A', 'AAAAA', 'AB+C', 'AB/C', 'AB=C', 'AB C', 'ABé'])(
		'returns null for %j',
		(text) => {
			expect(decodeBase64Url(text)).toBeNull();
		}
	);

	test('returns an empty array for an empty string', () => {
		expect(decodeBase64Url('')).toEqual(new Uint8Array());
	});
});

describe('isBase64Url', () => {
	test('accepts the alphabet and rejects anything else', () => {
		expect(isBase64Url('AZaz09-_')).toBe(true);
		expect(isBase64Url('a.b')).toBe(false);
	});
});
