import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32 } from './crc32';

describe('crc32', () => {
	test('returns the standard check value for "123456789"', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
		expect(crc32(new Uint8Array())).toBe(0);
	});

	test('returns what zlib computes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				expect(crc32(bytes)).toBe(zlibCrc32(bytes));
			})
		);
	});
});
