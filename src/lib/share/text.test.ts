import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cleanName, cleanNote, MAX_NAME_LENGTH, MAX_NOTE_LENGTH, truncateCodePoints } from './text';

const anyText = fc.string({ unit: 'binary', maxLength: 3000 });

describe('cleanName', () => {
	test.each([
		['  Payments team  ', 'Payments team'],
		['Pay\u0000ments\u007F', 'Payments'],
		['Line one\nline two\r\nthree\ttab', 'Line one line two three tab'],
		['abc\u202Eevil\u2066x\u2069', 'abcevilx'],
		['lone \uD800 half', 'lone  half'],
		['Équipe 💳 paiements', 'Équipe 💳 paiements'],
	])('returns %j as %j', (input, expected) => {
		expect(cleanName(input)).toBe(expected);
	});

	test('returns at most 80 code points without splitting a surrogate pair', () => {
		const name = cleanName('😀'.repeat(100));
		expect([...name]).toHaveLength(MAX_NAME_LENGTH);
		expect(name).toBe('😀'.repeat(80));
	});

	test('returns text that cleaning leaves unchanged', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const once = cleanName(text);
				expect(cleanName(once)).toBe(once);
				expect([...once].length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
				expect(once).not.toMatch(/[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u);
			})
		);
	});
});

describe('cleanNote', () => {
	test.each([
		['First line\r\nsecond\rthird\u2028fourth', 'First line\nsecond\nthird\nfourth'],
		['keep\ttabs\nand breaks', 'keep\ttabs\nand breaks'],
		['bell\u0007 and \u001B[31mescape', 'bell and [31mescape'],
		['  leading space kept', '  leading space kept'],
	])('returns %j as %j', (input, expected) => {
		expect(cleanNote(input)).toBe(expected);
	});

	test('returns at most 2000 code points', () => {
		expect([...cleanNote('é'.repeat(2500))]).toHaveLength(MAX_NOTE_LENGTH);
	});

	test('returns text that cleaning leaves unchanged', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const once = cleanNote(text);
				expect(cleanNote(once)).toBe(once);
				expect(once).not.toMatch(/[^\P{Cc}\n\t]|[\p{Cs}\r\u202A-\u202E\u2066-\u2069]/u);
			})
		);
	});
});

describe('truncateCodePoints', () => {
	test('returns the first code points of a string', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), fc.nat(30), (text, max) => {
				expect(truncateCodePoints(text, max)).toBe([...text].slice(0, max).join(''));
			})
		);
	});
});
