import { describe, expect, test } from 'vitest';
import { sealFragment } from '../links/envelope';
import { decodeBase64Url, encodeBase64Url } from '../bytes/base64url';
import { deflate } from '../bytes/deflate';
import { ByteWriter, utf8 } from '../bytes/bytes';
import { BitWriter } from '../bytes/bits';
import { ENVIRONMENT_IDS, type AnswerValue, type BankModel } from '../model';
import { realBank } from '../../test/content';
import { BANK_66, CODES_66, fakeBank } from './fixtures';
import {
	decodeResult,
	encodeResult,
	EVIDENCE_FORMAT,
	MAX_PAYLOAD_BYTES,
	RESULT_PREFIX,
	type DecodeOutcome,
} from './codec';
import { validateShared, type SharedResult } from './shared';

const SMALL = fakeBank(1, [1, 2, 3, 4, 5, 6, 7]);

function result(overrides: Partial<SharedResult> = {}): SharedResult {
	return {
		bankVersion: 1,
		name: 'Payments team',
		date: '2026-11-26',
		targets: { developer: 2, platform: 3, application: 1 },
		answers: {},
		...overrides,
	};
}

/** Every answer level and kind on a 66-control bank, cycling. */
function fullResult(name = 'Payments platform 01'): SharedResult {
	const kinds: AnswerValue[] = [0, 1, 2, 3, 'na', 'unknown'];
	const answers = Object.fromEntries(
		CODES_66.map((code, i) => [String(code), { value: kinds[i % kinds.length]! }])
	);
	return result({ name, answers });
}

function expectOk(outcome: DecodeOutcome): Extract<DecodeOutcome, { ok: true }> {
	if (!outcome.ok) throw new Error(`expected ok, got ${outcome.reason}: ${outcome.message}`);
	return outcome;
}

/** Builds a payload by hand, as a hostile or buggy encoder might, and seals it with a valid checksum. */
function sealed(build: (w: ByteWriter) => void): string {
	const w = new ByteWriter();
	build(w);
	return sealFragment(RESULT_PREFIX, w.finish());
}

/** The header of a format-1 payload for SMALL: format, bank version, date, targets, name. */
function header(w: ByteWriter, { flags = 0x2a, name = 'Team', version = 1 } = {}): ByteWriter {
	return w.u8(1).u8(version).u16(2522).u8(flags).block(utf8(name));
}

function answersOf(bits: number[]): Uint8Array {
	const b = new BitWriter();
	for (const n of bits) b.write(n, 3);
	return b.bytes();
}

let realBankOrError: BankModel | undefined;
try {
	realBankOrError = realBank();
} catch {
	// Content may be mid-edit; the synthetic bank covers the format either way.
	realBankOrError = undefined;
}
const REAL = realBankOrError;

describe('encodeResult', () => {
	test('returns a fragment that starts with the prefix and holds only base64url characters', async () => {
		const fragment = await encodeResult(result(), SMALL);
		expect(fragment).toMatch(/^r\.[A-Za-z0-9_-]+$/);
	});

	test('fits a 66-control result with a 20-character name and no notes in 80 characters', async () => {
		const full = fullResult();
		expect(full.name).toHaveLength(20);
		const fragment = await encodeResult(full, BANK_66);
		expect(fragment.length).toBeLessThanOrEqual(80);
		// Format 2 packs the answers in base 7: 24 bytes for 66 controls where format 1 needed 25.
		expect(fragment).toHaveLength(74);
	});

	test('fits a 79-control result with a 20-character name and no notes in 80 characters, whatever the answers', async () => {
		const codes = Array.from({ length: 79 }, (_, i) => i + 1);
		const bank = fakeBank(1, codes);
		for (const value of ['unknown', 'na', 3, 0] as const) {
			const answers = Object.fromEntries(codes.map((code) => [String(code), { value }]));
			const fragment = await encodeResult(result({ name: 'x'.repeat(20), answers }), bank);
			expect(fragment.length, String(value)).toBeLessThanOrEqual(80);
		}
	});

	test.skipIf(!REAL || REAL.controls.length < 60)(
		'fits a full result on the real bank with a 20-character name in 80 characters',
		async () => {
			const bank = REAL!;
			const answers = Object.fromEntries(
				bank.controls.map((c) => [String(c.code), { value: 3 as const }])
			);
			const fragment = await encodeResult(
				result({ bankVersion: bank.version, name: 'x'.repeat(20), answers }),
				bank
			);
			expect(fragment.length).toBeLessThanOrEqual(80);
		}
	);

	test('leaves notes and reasons out unless includeNotes is set', async () => {
		const withText = result({
			answers: { '1': { value: 'na', note: 'Vendor-run', naReason: 'No builds here' } },
		});
		const without = expectOk(await decodeResult(await encodeResult(withText, SMALL), SMALL));
		expect(without.result.answers).toEqual({ '1': { value: 'na' } });
		const withNotes = expectOk(
			await decodeResult(await encodeResult(withText, SMALL, { includeNotes: true }), SMALL)
		);
		expect(withNotes.result.answers).toEqual(withText.answers);
	});

	test('keeps a link short when includeNotes is set but no answer has text', async () => {
		const plain = result({ answers: { '2': { value: 1 } } });
		expect(await encodeResult(plain, SMALL, { includeNotes: true })).toBe(
			await encodeResult(plain, SMALL)
		);
	});

	test('compresses notes: a realistic noted 66-control result stays a few hundred characters', async () => {
		const full = fullResult();
		const noted = Object.fromEntries(
			Object.entries(full.answers).map(([code, a], i) => [
				code,
				i % 3 === 0
					? {
							...a,
							note: `Checked ${code}: branch protection on ${i + 3} of 40 repositories; see ticket SEC-${1000 + i}.`,
							...(a.value === 'na' ? { naReason: 'We run no self-hosted build agents.' } : {}),
						}
					: a,
			])
		);
		const fragment = await encodeResult({ ...full, answers: noted }, BANK_66, {
			includeNotes: true,
		});
		expect(fragment.length).toBeLessThan(1200);
		expect(expectOk(await decodeResult(fragment, BANK_66)).result.answers).toEqual(noted);
	});

	test('rejects a result against a bank version the site does not know', async () => {
		await expect(encodeResult(result({ bankVersion: 9 }), SMALL)).rejects.toThrow(RangeError);
	});

	test.each(['2019-12-31', '2026-02-30', '26-11-2026', '2200-01-01'])(
		'rejects the date %s',
		async (date) => {
			await expect(encodeResult(result({ date }), SMALL)).rejects.toThrow(RangeError);
		}
	);

	test('rejects notes too long for any link', async () => {
		// Three-byte characters that do not compress: 66 notes of 2,000 of them are far beyond the cap.
		let seed = 1;
		const noise = () =>
			Array.from({ length: 2000 }, () =>
				String.fromCharCode(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 20000))
			).join('');
		const answers = Object.fromEntries(
			CODES_66.map((code) => [String(code), { value: 1 as const, note: noise() }])
		);
		await expect(
			encodeResult(result({ answers }), BANK_66, { includeNotes: true })
		).rejects.toThrow(RangeError);
	});
});

describe('decodeResult', () => {
	test.each<[string, AnswerValue | undefined]>([
		['level 0 (Traditional)', 0],
		['level 1 (Initial)', 1],
		['level 2 (Advanced)', 2],
		['level 3 (Optimal)', 3],
		['Not applicable', 'na'],
		["Don't know", 'unknown'],
		['unanswered', undefined],
	])('returns an answer of %s as it was encoded', async (_, value) => {
		const answers = value === undefined ? {} : { '4': { value } };
		const shared = result({ answers });
		const outcome = expectOk(await decodeResult(await encodeResult(shared, SMALL), SMALL));
		expect(outcome.result).toEqual(shared);
		expect(outcome.warnings).toEqual([]);
	});

	test('returns the name, date and targets as they were encoded', async () => {
		const shared = result({
			name: 'Équipe paiements 💳',
			date: '2020-01-01',
			targets: { developer: 0, platform: 1, application: 3 },
		});
		expect(expectOk(await decodeResult(await encodeResult(shared, SMALL), SMALL)).result).toEqual(
			shared
		);
	});

	test('accepts the fragment with a leading #, inside a whole URL, wrapped or followed by punctuation', async () => {
		const fragment = await encodeResult(fullResult(), BANK_66);
		const half = fragment.length >> 1;
		for (const input of [
			`#${fragment}`,
			`https://trustline.example/results/#${fragment}`,
			`${fragment.slice(0, half)}\n  ${fragment.slice(half)}`,
			`${fragment}).`,
		]) {
			expect(expectOk(await decodeResult(input, BANK_66)).result).toEqual(fullResult());
		}
	});

	test.each([
		['', 'empty'],
		['#', 'empty'],
		['   ', 'empty'],
		['t.AAAA', 'not-a-result-link'],
		['hello world', 'not-a-result-link'],
		['r.AQEJ$2a', 'bad-characters'],
		['r.AQEJ+2a/', 'bad-characters'],
		['r.', 'truncated'],
		['r.A', 'truncated'],
		['r.AQEJ', 'truncated'],
	])('returns an error for %j: %s', async (input, reason) => {
		const outcome = await decodeResult(input, SMALL);
		expect(outcome).toMatchObject({ ok: false, reason });
		expect(outcome.ok || outcome.message.length > 20).toBe(true);
	});

	test('returns a truncated error wherever the link is cut', async () => {
		const fragment = await encodeResult(fullResult(), BANK_66);
		for (let end = RESULT_PREFIX.length; end < fragment.length; end++) {
			expect(await decodeResult(fragment.slice(0, end), BANK_66)).toMatchObject({
				ok: false,
				reason: 'truncated',
			});
		}
	});

	test('returns a truncated error for a noted link cut short', async () => {
		const shared = result({
			answers: { '3': { value: 2, note: 'A note long enough to need some bytes of its own.' } },
		});
		const fragment = await encodeResult(shared, SMALL, { includeNotes: true });
		expect(await decodeResult(fragment.slice(0, -6), SMALL)).toMatchObject({
			ok: false,
			reason: 'truncated',
		});
	});

	test('returns a checksum error, or the same result, for any single changed character', async () => {
		const full = fullResult();
		const fragment = await encodeResult(full, BANK_66);
		for (let i = RESULT_PREFIX.length; i < fragment.length; i++) {
			const swapped = fragment[i] === 'A' ? 'B' : 'A';
			const outcome = await decodeResult(
				fragment.slice(0, i) + swapped + fragment.slice(i + 1),
				BANK_66
			);
			// Only the last character has spare bits, which no checksum covers and no answer uses.
			if (outcome.ok) expect(outcome.result).toEqual(full);
			else expect(['checksum', 'truncated']).toContain(outcome.reason);
		}
		const middle = fragment.slice(0, 20) + (fragment[20] === 'x' ? 'y' : 'x') + fragment.slice(21);
		expect(await decodeResult(middle, BANK_66)).toMatchObject({ ok: false, reason: 'checksum' });
	});

	test('returns unsupported-format with advice to reload for a newer format', async () => {
		const outcome = await decodeResult(
			sealed((w) =>
				w
					.u8(EVIDENCE_FORMAT + 1)
					.u8(1)
					.u16(0)
			),
			SMALL
		);
		expect(outcome).toMatchObject({
			ok: false,
			reason: 'unsupported-format',
			message: expect.stringMatching(/newer.*Reload/s),
		});
	});

	test('returns unknown-bank-version with advice to reload for a newer bank', async () => {
		const newer = fakeBank(2, [1, 2, 3], [{ version: 1, codes: [1, 2] }]);
		const fragment = await encodeResult(result({ bankVersion: 2 }), newer);
		const outcome = await decodeResult(fragment, SMALL);
		expect(outcome).toMatchObject({
			ok: false,
			reason: 'unknown-bank-version',
			message: expect.stringMatching(/version 2.*Reload/s),
		});
	});

	test('returns unknown-bank-version for an old bank the site no longer lists', async () => {
		const bank = fakeBank(3, [1, 2, 3], [{ version: 2, codes: [1, 2] }]);
		const outcome = await decodeResult(
			sealed((w) => header(w, { version: 1 })),
			bank
		);
		expect(outcome).toMatchObject({
			ok: false,
			reason: 'unknown-bank-version',
			message: expect.stringMatching(/no longer/),
		});
	});

	describe('with a link from an earlier bank version', () => {
		// Version 1 had controls 1-4 and 9; version 2 retired 9 and added 5 and 6.
		const bank = fakeBank(2, [1, 2, 3, 4, 5, 6], [{ version: 1, codes: [1, 2, 3, 4, 9] }]);
		const old = result({
			answers: {
				'1': { value: 3 },
				'2': { value: 'na', naReason: 'No such thing' },
				'9': { value: 1, note: 'Gone' },
			},
		});

		test('opens it against the current bank and says the bank has changed', async () => {
			const outcome = expectOk(
				await decodeResult(await encodeResult(old, bank, { includeNotes: true }), bank)
			);
			expect(outcome.result).toEqual({
				...old,
				bankVersion: 2,
				answers: { '1': { value: 3 }, '2': { value: 'na', naReason: 'No such thing' } },
			});
			expect(outcome.warnings).toEqual([
				expect.objectContaining({
					reason: 'bank-changed',
					codes: [5, 6],
					message: expect.stringMatching(/version 1.*version 2.*2 questions/s),
				}),
				expect.objectContaining({
					reason: 'unknown-codes',
					codes: [9],
					message: expect.stringMatching(/control 9/),
				}),
			]);
			expect(validateShared(outcome.result, bank)).toBe(true);
		});

		test('reports no retired codes when none were answered', async () => {
			const outcome = expectOk(
				await decodeResult(
					await encodeResult(result({ answers: { '1': { value: 0 } } }), bank),
					bank
				)
			);
			expect(outcome.warnings.map((w) => w.reason)).toEqual(['bank-changed']);
		});
	});

	describe('with a hostile or buggy link that passes its checksum', () => {
		test.each<[string, (w: ByteWriter) => void]>([
			['the reserved answer value 7', (w) => header(w).bytes(answersOf([7, 0, 0, 0, 0, 0, 0]))],
			[
				'the reserved flag bit',
				(w) => header(w, { flags: 0x80 }).bytes(answersOf([0, 0, 0, 0, 0, 0, 0])),
			],
			[
				'bytes after the answers',
				(w) =>
					header(w)
						.bytes(answersOf([1, 1, 1, 1, 1, 1, 1]))
						.u8(0),
			],
			['non-zero padding bits', (w) => header(w).bytes(answersOf([1, 1, 1, 1, 1, 1, 1, 1]))],
			[
				'a name longer than the payload',
				(w) => w.u8(1).u8(1).u16(0).u8(0).varint(500).bytes(utf8('short')),
			],
			['format version 0', (w) => w.u8(0).u8(1).u16(0).u8(0)],
			[
				'a five-byte varint',
				(w) =>
					w
						.u8(1)
						.u8(1)
						.u16(0)
						.u8(0)
						.bytes(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x01])),
			],
		])('returns invalid for %s', async (_, build) => {
			expect(await decodeResult(sealed(build), SMALL)).toMatchObject({
				ok: false,
				reason: 'invalid',
			});
		});

		async function withNotes(
			section: Uint8Array,
			answers = [1, 1, 1, 1, 1, 1, 1]
		): Promise<string> {
			const compressed = await deflate(section);
			return sealed((w) => header(w, { flags: 0x40 }).bytes(answersOf(answers)).block(compressed));
		}

		/** A link whose notes cannot be read opens with its answers, no text, and a warning. */
		async function expectNotesLost(fragment: string, answered: number): Promise<void> {
			const outcome = await decodeResult(fragment, SMALL);
			if (!outcome.ok) throw new Error(outcome.message);
			expect(outcome.warnings.map((w) => w.reason)).toEqual(['unreadable-notes']);
			expect(outcome.warnings[0]?.message).toBe(
				'The notes and evidence in this link could not be read, so it opens without them.'
			);
			const answers = Object.values(outcome.result.answers);
			expect(answers).toHaveLength(answered);
			expect(answers.every((a) => Object.keys(a).join() === 'value')).toBe(true);
		}

		test('opens the answers without notes that are not DEFLATE, and says so', async () => {
			const fragment = sealed((w) =>
				header(w, { flags: 0x40 })
					.bytes(answersOf([1, 1, 1, 1, 1, 1, 1]))
					.block(utf8('plain'))
			);
			await expectNotesLost(fragment, 7);
		});

		test('opens the answers without a decompression bomb, not inflating it all', async () => {
			// Four megabytes of zeros deflate to about four kilobytes.
			const fragment = await withNotes(new Uint8Array(MAX_PAYLOAD_BYTES * 64));
			expect(fragment.length).toBeLessThan(8000);
			await expectNotesLost(fragment, 7);
		});

		test('opens the answers without notes on an unanswered or missing control', async () => {
			// The first record is a valid note, so none of a damaged section's notes is kept.
			const note = new ByteWriter()
				.varint(0)
				.block(utf8('kept?'))
				.block(utf8(''))
				.varint(0)
				.block(utf8('x'))
				.block(utf8(''))
				.finish();
			await expectNotesLost(await withNotes(note, [1, 0, 1, 1, 1, 1, 1]), 6);
			const far = new ByteWriter().varint(7).block(utf8('x')).block(utf8('')).finish();
			await expectNotesLost(await withNotes(far), 7);
		});

		test('returns cleaned, shortened text with a warning', async () => {
			const longNote = 'n'.repeat(2500);
			const section = new ByteWriter()
				.varint(0)
				.block(utf8(`ok\u0000\u202Eevil${longNote}`))
				.block(utf8('reason on a level answer'))
				.finish();
			const fragment = await withNotes(section);
			const outcome = expectOk(await decodeResult(fragment, SMALL));
			expect(outcome.result.answers['1']).toEqual({
				value: 0,
				note: `okevil${longNote}`.slice(0, 2000),
			});
			expect(outcome.warnings).toEqual([expect.objectContaining({ reason: 'truncated-text' })]);

			const name = `\u0007Team\n\u2066Evil\u2069 ${'x'.repeat(100)}`;
			const named = expectOk(
				await decodeResult(
					sealed((w) => header(w, { name }).bytes(answersOf([0, 0, 0, 0, 0, 0, 0]))),
					SMALL
				)
			);
			expect(named.result.name).toBe(`Team Evil ${'x'.repeat(70)}`);
			expect(named.warnings.map((w) => w.reason)).toEqual(['truncated-text']);
		});

		test('returns too-long for a fragment beyond any payload', async () => {
			const bytes = decodeBase64Url(encodeBase64Url(new Uint8Array(MAX_PAYLOAD_BYTES * 2)))!;
			expect(await decodeResult(`r.${encodeBase64Url(bytes)}`, SMALL)).toMatchObject({
				ok: false,
				reason: 'too-long',
			});
		});
	});

	test('never rejects, whatever it is given', async () => {
		for (const input of [
			undefined,
			null,
			42,
			{},
			[],
			'r.' + '.'.repeat(300_000),
			'#'.repeat(100),
		]) {
			const outcome = await decodeResult(input as string, SMALL);
			expect(outcome.ok).toBe(false);
		}
	});

	test('uses one answer slot per control of the environments it knows', () => {
		// Format 1 packs three targets into six bits; a fourth environment needs format 2.
		expect(ENVIRONMENT_IDS).toHaveLength(3);
	});
});
