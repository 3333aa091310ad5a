import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ByteReader, ByteWriter, fromUtf8, MAX_VARINT, utf8 } from './bytes';

describe('ByteWriter and ByteReader', () => {
	test('return the values that were written', () => {
		const entry = fc.oneof(
			fc.record({ kind: fc.constant('u8' as const), value: fc.integer({ min: 0, max: 0xff }) }),
			fc.record({ kind: fc.constant('u16' as const), value: fc.integer({ min: 0, max: 0xffff }) }),
			fc.record({
				kind: fc.constant('u32' as const),
				value: fc.integer({ min: 0, max: 0xffffffff }),
			}),
			fc.record({
				kind: fc.constant('varint' as const),
				value: fc.integer({ min: 0, max: MAX_VARINT }),
			})
		);
		fc.assert(
			fc.property(
				fc.array(entry, { maxLength: 50 }),
				fc.uint8Array({ maxLength: 300 }),
				(entries, block) => {
					const w = new ByteWriter();
					for (const { kind, value } of entries) w[kind](value);
					w.block(block);
					const r = new ByteReader(w.finish());
					for (const { kind, value } of entries) expect(r[kind]()).toBe(value);
					expect(r.block()).toEqual(block);
					expect([r.remaining, r.overrun, r.malformed]).toEqual([0, false, false]);
				}
			)
		);
	});

	test('writes one byte for a varint below 128 and two below 16,384', () => {
		expect(new ByteWriter().varint(127).length).toBe(1);
		expect(new ByteWriter().varint(128).length).toBe(2);
		expect(new ByteWriter().varint(16_383).length).toBe(2);
	});

	test.each([
		['u8', 256],
		['u16', 0x10000],
		['u32', -1],
		['varint', MAX_VARINT + 1],
	] as const)('rejects %s(%s)', (kind, value) => {
		expect(() => new ByteWriter()[kind](value)).toThrow(RangeError);
	});

	test('returns zeros and flags an overrun past the end', () => {
		const r = new ByteReader(Uint8Array.from([5, 1, 2]));
		expect(r.block()).toEqual(Uint8Array.from([1, 2]));
		expect(r.overrun).toBe(true);
		expect(r.u16()).toBe(0);
	});

	test('flags a varint longer than four bytes as malformed', () => {
		const r = new ByteReader(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x01]));
		expect(r.varint()).toBe(0);
		expect(r.malformed).toBe(true);
	});
});

describe('utf8 and fromUtf8', () => {
	test('return the text that was encoded', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) => {
				expect(fromUtf8(utf8(text))).toBe(text);
			})
		);
	});

	test('returns U+FFFD for invalid UTF-8 instead of throwing', () => {
		expect(fromUtf8(Uint8Array.from([0x61, 0xff, 0x62]))).toBe('a\uFFFDb');
	});
});
