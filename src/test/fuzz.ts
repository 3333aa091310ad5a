/**
 * Damage generators for the fuzz tests of every fragment link (results, comparisons): random
 * base64url, character-level damage to a genuine link, and byte-level edits to a payload that is
 * then resealed with a valid checksum.
 */
import fc from 'fast-check';

export const base64Char = fc.constantFrom(
	...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
);

/** Random base64url text of up to maxLength characters. */
export const base64 = (maxLength: number) => fc.string({ unit: base64Char, maxLength });

export interface Mutation {
	kind: 'replace' | 'insert' | 'delete' | 'swap' | 'cut';
	at: number;
	char: string;
}

/** Character-level damage: changed, inserted, deleted or swapped characters, and cuts. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({
		kind: fc.constant('replace' as const),
		at: fc.nat(),
		char: fc.oneof(base64Char, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
	}),
	fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: base64Char }),
	fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), char: fc.constant('') }),
	fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), char: fc.constant('') }),
	fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), char: fc.constant('') })
);

/** Applies character-level damage to a link, positions taken modulo its length. */
export function mutate(link: string, mutations: readonly Mutation[]): string {
	let s = link;
	for (const { kind, at, char } of mutations) {
		const i = s.length ? at % s.length : 0;
		if (kind === 'replace') s = s.slice(0, i) + char + s.slice(i + 1);
		else if (kind === 'insert') s = s.slice(0, i) + char + s.slice(i);
		else if (kind === 'delete') s = s.slice(0, i) + s.slice(i + 1);
		else if (kind === 'swap') s = s.slice(0, i) + (s[i + 1] ?? '') + (s[i] ?? '') + s.slice(i + 2);
		else s = s.slice(0, i);
	}
	return s;
}

export interface ByteEdit {
	kind: 'set' | 'xor-bit' | 'insert' | 'delete' | 'cut';
	at: number;
	value: number;
}

/** Byte-level damage: a byte set or one bit flipped, a byte inserted or deleted, a cut. */
export const byteEdit: fc.Arbitrary<ByteEdit> = fc.record({
	at: fc.nat(),
	value: fc.integer({ min: 0, max: 255 }),
	kind: fc.constantFrom('set', 'xor-bit', 'insert', 'delete', 'cut'),
});

/** Applies byte-level edits to a copy of the bytes, positions taken modulo their length. */
export function editBytes(source: ArrayLike<number>, edits: readonly ByteEdit[]): number[] {
	const bytes = Array.from(source);
	for (const { at, value, kind } of edits) {
		const i = bytes.length ? at % bytes.length : 0;
		if (kind === 'set') bytes[i] = value;
		else if (kind === 'xor-bit') bytes[i] = (bytes[i] ?? 0) ^ (1 << (value & 7));
		else if (kind === 'insert') bytes.splice(i, 0, value);
		else if (kind === 'delete') bytes.splice(i, 1);
		else bytes.length = i;
	}
	return bytes;
}
