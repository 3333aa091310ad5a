import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { BitReader, BitWriter } from './bits';

const field = fc
	.integer({ min: 1, max: 24 })
	.chain((bits) => fc.tuple(fc.integer({ min: 0, max: 2 ** bits - 1 }), fc.constant(bits)));

describe('BitWriter', () => {
	test('returns fields most significant bit first, zero-padded', () => {
		const w = new BitWriter();
		w.write(0b101, 3);
		w.write(0b11, 2);
		expect(w.bytes()).toEqual(Uint8Array.from([0b10111000]));
	});

	test('packs 66 three-bit fields into 25 bytes', () => {
		const w = new BitWriter();
		for (let i = 0; i < 66; i++) w.write(i % 7, 3);
		expect(w.bytes()).toHaveLength(25);
	});

	test.each([
		[8, 3],
		[-1, 3],
		[1.5, 3],
		[1, 0],
		[1, 25],
	])('rejects %s in %s bits', (value, bits) => {
		expect(() => new BitWriter().write(value, bits)).toThrow(RangeError);
	});
});

describe('BitReader', () => {
	test('returns the fields that were written', () => {
		fc.assert(
			fc.property(fc.array(field, { maxLength: 40 }), (fields) => {
				const w = new BitWriter();
				for (const [value, bits] of fields) w.write(value, bits);
				const r = new BitReader(w.bytes());
				for (const [value, bits] of fields) expect(r.read(bits)).toBe(value);
				expect(r.overrun).toBe(false);
				expect(r.remaining).toBeLessThan(8);
			})
		);
	});

	test('returns zero bits and flags an overrun past the end', () => {
		const r = new BitReader(Uint8Array.from([0xff]));
		expect(r.read(6)).toBe(0b111111);
		expect(r.overrun).toBe(false);
		expect(r.read(4)).toBe(0b1100);
		expect(r.overrun).toBe(true);
		expect(r.remaining).toBe(0);
	});
});
