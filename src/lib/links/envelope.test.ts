import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { openFragment, sealFragment } from './envelope';

const MAX = 1000;

describe('sealFragment and openFragment', () => {
	test('return the payload that was sealed', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (payload) => {
				const fragment = sealFragment('t.', payload);
				expect(fragment.startsWith('t.')).toBe(true);
				expect(openFragment(`#${fragment}`, 't.', MAX)).toEqual({ ok: true, payload });
			})
		);
	});

	test('returns a checksum problem, with the bytes, for a changed character', () => {
		const fragment = sealFragment('t.', Uint8Array.from([1, 2, 3, 4, 5, 6]));
		const changed = fragment.slice(0, 4) + (fragment[4] === 'A' ? 'B' : 'A') + fragment.slice(5);
		expect(openFragment(changed, 't.', MAX)).toMatchObject({
			ok: false,
			reason: 'checksum',
			bytes: expect.any(Uint8Array),
		});
	});

	test.each([
		[undefined, 'empty'],
		['', 'empty'],
		['#  ', 'empty'],
		['r.AAAA', 'wrong-prefix'],
		['t.AA*A', 'bad-characters'],
		['t.', 'truncated'],
		['t.AAAAA', 'truncated'],
		['t.AAA', 'truncated'],
		[`t.${'A'.repeat(MAX)}`, 'too-long'],
	])('returns %j as %s', (input, reason) => {
		expect(openFragment(input, 't.', MAX)).toMatchObject({ ok: false, reason });
	});

	test('ignores whitespace and punctuation a link picks up when copied', () => {
		const payload = Uint8Array.from([9, 8, 7]);
		const fragment = sealFragment('t.', payload);
		expect(openFragment(` ${fragment.slice(0, 3)}\n${fragment.slice(3)}").`, 't.', MAX)).toEqual({
			ok: true,
			payload,
		});
	});

	test('returns quickly for a long run of trailing punctuation', () => {
		const start = performance.now();
		expect(openFragment(`t.${'.'.repeat(3000)}x`, 't.', MAX)).toMatchObject({ ok: false });
		expect(performance.now() - start).toBeLessThan(100);
	});
});
