import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { packDigits, radixBytes, unpackDigits } from './radix';

describe('radix packing', () => {
	test.each([
		[0, 7, 0],
		[1, 7, 1],
		[66, 7, 24],
		[77, 7, 28],
		[79, 7, 28],
		[80, 7, 29],
		[8, 2, 1],
		[9, 2, 2],
	])('needs for %i digits of radix %i exactly %i bytes', (count, radix, bytes) => {
		expect(radixBytes(count, radix)).toBe(bytes);
	});

	test('writes digits most significant first, big-endian', () => {
		expect([...packDigits([1, 0], 7)]).toEqual([7]);
		expect([...packDigits([6, 6, 6], 7)]).toEqual([1, 86]); // 342 = 0x0156
	});

	test('round-trips any digits', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 300 }), (digits) => {
				const bytes = packDigits(digits, 7);
				expect(bytes.length).toBe(radixBytes(digits.length, 7));
				expect(unpackDigits(bytes, digits.length, 7)).toEqual(digits);
			})
		);
	});

	test('rejects bytes of the wrong length or a number too large for the digits', () => {
		expect(unpackDigits(new Uint8Array([0xff]), 2, 7)).toBeNull(); // 255 >= 49
		expect(unpackDigits(new Uint8Array([0, 0]), 2, 7)).toBeNull(); // 49 fits in one byte
		fc.assert(
			fc.property(
				fc.uint8Array({ maxLength: 40 }),
				fc.integer({ min: 0, max: 120 }),
				(bytes, n) => {
					const digits = unpackDigits(bytes, n, 7);
					if (digits) {
						expect(digits).toHaveLength(n);
						expect([...packDigits(digits, 7)]).toEqual([...bytes]);
					}
				}
			)
		);
	});

	test('refuses a digit outside the radix', () => {
		expect(() => packDigits([7], 7)).toThrow(RangeError);
		expect(() => packDigits([-1], 7)).toThrow(RangeError);
	});
});
