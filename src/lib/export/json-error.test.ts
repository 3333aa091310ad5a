import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { jsonErrorOffset, locateJsonError } from './json-error';
import { toJson } from './json';
import { assessmentArb, EXAMPLE } from './fixtures';

/** True when JSON.parse accepts the text. */
function parses(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

/** JSON-ish text: real JSON values, their mutations, and strings of JSON's own characters. */
const jsonish = fc.oneof(
	fc.json(),
	fc
		.json()
		.chain((json) =>
			fc
				.tuple(fc.nat(json.length), fc.nat(4), fc.string({ maxLength: 3 }))
				.map(([at, cut, insert]) => json.slice(0, at) + insert + json.slice(at + cut))
		),
	fc.string({ unit: fc.constantFrom(...'{}[]":,-+.0123456789eEtrufalsn \\\t\n\r\u0001') }),
	assessmentArb.map(toJson).chain((json) => fc.nat(json.length).map((at) => json.slice(0, at)))
);

describe('jsonErrorOffset', () => {
	test('returns null exactly when JSON.parse accepts the text', () => {
		fc.assert(
			fc.property(jsonish, (text) => {
				expect(jsonErrorOffset(text) === null).toBe(parses(text));
			}),
			{ numRuns: 5000 }
		);
	});

	test.each([
		['', 0],
		['  ', 2],
		['{', 1],
		['{"a" 1}', 5],
		['{"a": 1,}', 8],
		['[1, 2', 5],
		['[1 2]', 3],
		['tru', 3],
		['trux', 3],
		['01', 1],
		['-', 1],
		['-x', 1],
		['1e+', 3],
		['[1.5e3, 2E-1, -0]', null],
		['1.', 2],
		['"\\x"', 2],
		['"\\u12G4"', 5],
		['"abc', 4],
		['{} {}', 3],
		["{'a': 1}", 1],
	])('finds the error in %j at offset %d', (text, offset) => {
		expect(jsonErrorOffset(text)).toBe(offset);
	});

	test('survives nesting a million levels deep', () => {
		expect(jsonErrorOffset('['.repeat(1_000_000))).toBe(1_000_000);
		expect(jsonErrorOffset(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`)).toBeNull();
	});
});

describe('locateJsonError', () => {
	test('returns null for valid JSON', () => {
		expect(locateJsonError(toJson(EXAMPLE))).toBeNull();
	});

	test('counts lines ended by LF, CRLF and a lone CR', () => {
		expect(locateJsonError('[\n1,\r\n2,\r3 x]')).toStrictEqual({
			offset: 11,
			line: 4,
			column: 3,
			found: 'x',
		});
	});

	test('counts columns in code points', () => {
		expect(locateJsonError('["🔑🔑" x]')).toStrictEqual({
			offset: 8,
			line: 1,
			column: 7,
			found: 'x',
		});
	});

	test('returns the whole character found, even outside the BMP', () => {
		expect(locateJsonError('[🔑]')?.found).toBe('🔑');
	});

	test('returns null as the character when the text ends too early', () => {
		expect(locateJsonError('{"a":')).toStrictEqual({ offset: 5, line: 1, column: 6, found: null });
	});
});
