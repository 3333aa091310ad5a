import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	cleanName,
	cleanNote,
	cleanTypedName,
	MAX_NAME_LENGTH,
	MAX_NOTE_LENGTH,
	truncateCodePoints,
} from './text';

const anyText = fc.string({ unit: 'binary', maxLength: 3000 });

/** Characters no cleaned text may hold: controls, lone surrogates, bidi embeddings and isolates. */
const UNSAFE_IN_NAME = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u;
/** What a cleaner changes besides dropping: the line and paragraph separators, made "\n" or " ". */
const REWRITTEN = /[\u2028\u2029]/u;

/** Text built mostly from the characters the cleaner exists for, so properties meet them often. */
const hostileText = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				'\u0000',
				'\u0007',
				'\u001B',
				'\u007F',
				'\u0085',
				'\u009B',
				'\t',
				'\n',
				'\r',
				'\r\n',
				'\u2028',
				'\u2029',
				'\u202A',
				'\u202E',
				'\u2066',
				'\u2069',
				'\uD800',
				'\uDFFF',
				' ',
				'😀'
			),
			fc.string({ unit: 'grapheme', maxLength: 4 })
		),
		{ maxLength: 400 }
	)
	.map((parts) => parts.join(''));

const someText = fc.oneof(anyText, hostileText);

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

	test('keeps longer one-line text when a caller asks for it', () => {
		const repo = `github.com/${'o'.repeat(39)}/${'r'.repeat(100)}`;
		expect(cleanName(repo, 200)).toBe(repo);
		expect(cleanName(`${repo}\n`, 20)).toBe('github.com/ooooooooo');
	});

	test('returns text that cleaning leaves unchanged', () => {
		fc.assert(
			fc.property(someText, (text) => {
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
			fc.property(someText, (text) => {
				const once = cleanNote(text);
				expect(cleanNote(once)).toBe(once);
				expect(once).not.toMatch(/[^\P{Cc}\n\t]|[\p{Cs}\r\u202A-\u202E\u2066-\u2069]/u);
			})
		);
	});
});

describe('every cleaner', () => {
	test('returns valid UTF-16 within its limit, for any input', () => {
		fc.assert(
			fc.property(someText, (text) => {
				for (const [clean, max] of [
					[cleanName, MAX_NAME_LENGTH],
					[cleanTypedName, MAX_NAME_LENGTH],
					[cleanNote, MAX_NOTE_LENGTH],
				] as const) {
					const out = clean(text);
					expect(out.isWellFormed()).toBe(true);
					expect([...out].length).toBeLessThanOrEqual(max);
				}
			})
		);
	});

	test('keeps every character that is safe, in order', () => {
		const safe = fc
			.string({ unit: 'grapheme', maxLength: 60 })
			.filter((t) => !UNSAFE_IN_NAME.test(t) && !REWRITTEN.test(t));
		fc.assert(
			fc.property(safe, (text) => {
				expect(cleanNote(text)).toBe(text);
				expect(cleanTypedName(text)).toBe(text);
				expect(cleanName(text)).toBe(text.trim());
			})
		);
	});

	test('returns an empty text for anything that is not a string', () => {
		for (const x of [undefined, null, 42, {}, ['a']]) {
			expect(cleanName(x)).toBe('');
			expect(cleanTypedName(x)).toBe('');
			expect(cleanNote(x)).toBe('');
		}
	});
});

describe('cleanTypedName', () => {
	test('returns one line without unsafe characters, spaces kept, and cleans to the finished name', () => {
		fc.assert(
			fc.property(someText, (text) => {
				const typed = cleanTypedName(text);
				expect(typed).not.toMatch(UNSAFE_IN_NAME);
				expect(cleanTypedName(typed)).toBe(typed);
				// What is typed within the limit finishes as cleanName would have cleaned it whole.
				if ([...text].length <= MAX_NAME_LENGTH) expect(cleanName(typed)).toBe(cleanName(text));
			})
		);
		expect(cleanTypedName('Team ')).toBe('Team ');
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
