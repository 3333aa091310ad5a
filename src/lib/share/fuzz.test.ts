/**
 * Property tests: round trips over generated results, and 100,000 random, mutated and hostile
 * fragments that must never reject and never open as anything but a valid result.
 */
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	ENVIRONMENT_IDS,
	type AnswerValue,
	type BankModel,
	type ControlAnswer,
	type Level,
} from '../model';
import { openFragment, sealFragment } from '../links/envelope';
import { BitWriter } from '../bytes/bits';
import { ByteWriter, utf8 } from '../bytes/bytes';
import { deflate } from '../bytes/deflate';
import { CODES_66, fakeBank } from './fixtures';
import {
	decodeResult,
	decodeUnguarded,
	encodeResult,
	MAX_FRAGMENT_CHARS,
	RESULT_PREFIX,
	type DecodeErrorReason,
	type DecodeOutcome,
} from './codec';
import {
	dateOfDay,
	MAX_DAY,
	normalizeShared,
	validateShared,
	versionCodes,
	type SharedResult,
} from './shared';
import { base64, byteEdit, editBytes, mutate, mutation } from '../../test/fuzz';

/** Version 3 is current; links from versions 1 and 2 still open. Codes 7 and 8 were retired. */
const BANK: BankModel = fakeBank(3, CODES_66, [
	{ version: 1, codes: [...CODES_66.slice(0, 40), 7, 8] },
	{ version: 2, codes: [...CODES_66.slice(0, 60), 8] },
]);

const REASONS: DecodeErrorReason[] = [
	'empty',
	'not-a-result-link',
	'bad-characters',
	'truncated',
	'checksum',
	'too-long',
	'unsupported-format',
	'unknown-bank-version',
	'invalid',
];

const level = fc.constantFrom<Level>(0, 1, 2, 3);
const answerValue = fc.constantFrom<AnswerValue>(0, 1, 2, 3, 'na', 'unknown');
/** Any text: printable graphemes, arbitrary code points (controls, bidi, astral), or plain ASCII. */
const text = (maxLength: number) =>
	fc.oneof(
		fc.string({ unit: 'grapheme', maxLength }),
		fc.string({ unit: 'binary', maxLength }),
		fc.string({ maxLength })
	);

/** Any result on BANK, notes and all, not yet cleaned. */
function rawResult(version: fc.Arbitrary<number> = fc.constant(3)): fc.Arbitrary<SharedResult> {
	return fc.record({
		bankVersion: version,
		name: text(100),
		date: fc.integer({ min: 0, max: MAX_DAY }).map(dateOfDay),
		targets: fc
			.tuple(level, level, level)
			.map(([developer, platform, application]) => ({ developer, platform, application })),
		answers: fc
			.array(
				fc.option(
					fc.record(
						{ value: answerValue, note: text(300), naReason: text(200) },
						{ requiredKeys: ['value'] }
					),
					{ freq: 3 }
				),
				{ minLength: CODES_66.length + 2, maxLength: CODES_66.length + 2 }
			)
			.map((slots) => {
				// Two slots land on retired codes, which a version-3 link cannot carry.
				const codes = [...CODES_66, 7, 8];
				const answers: Record<string, ControlAnswer> = {};
				slots.forEach((slot, i) => {
					if (slot) answers[String(codes[i])] = slot;
				});
				return answers;
			}),
	});
}

/** Canonical results: what decoding must give back exactly. */
const canonical = (includeNotes: boolean) =>
	rawResult().map((r) => normalizeShared(r, BANK, includeNotes));

describe('encodeResult and decodeResult', () => {
	test.each([false, true])(
		'return the result unchanged through a round trip (notes: %s)',
		async (includeNotes) => {
			await fc.assert(
				fc.asyncProperty(canonical(includeNotes), async (shared) => {
					const outcome = await decodeResult(
						await encodeResult(shared, BANK, { includeNotes }),
						BANK
					);
					expect(outcome).toEqual({ ok: true, result: shared, warnings: [] });
				}),
				{ numRuns: 300 }
			);
		}
	);

	test('return the normalised result for any input, text and all', async () => {
		await fc.assert(
			fc.asyncProperty(rawResult(), fc.boolean(), async (raw, includeNotes) => {
				const outcome = await decodeResult(await encodeResult(raw, BANK, { includeNotes }), BANK);
				expect(outcome.ok && outcome.result).toEqual(normalizeShared(raw, BANK, includeNotes));
			}),
			{ numRuns: 200 }
		);
	});

	test('return a valid current-version result, with warnings, for links from earlier versions', async () => {
		await fc.assert(
			fc.asyncProperty(rawResult(fc.constantFrom(1, 2)), async (raw) => {
				const outcome = await decodeResult(
					await encodeResult(raw, BANK, { includeNotes: true }),
					BANK
				);
				if (!outcome.ok) throw new Error(outcome.message);
				expect(outcome.result.bankVersion).toBe(3);
				expect(validateShared(outcome.result, BANK)).toBe(true);
				expect(outcome.warnings[0]?.reason).toBe('bank-changed');
			}),
			{ numRuns: 100 }
		);
	});
});

describe('decodeResult under fuzzing', () => {
	const RUNS = {
		random: 20_000,
		base64: 20_000,
		mutated: 30_000,
		resealed: 15_000,
		forged: 15_000,
	};
	let links: string[] = [];

	beforeAll(async () => {
		// A pool of genuine links, with and without notes and from every bank version, to mutate.
		const samples = fc.sample(fc.tuple(rawResult(fc.constantFrom(1, 2, 3)), fc.boolean()), {
			numRuns: 120,
			seed: 42,
		});
		links = await Promise.all(
			samples.map(([raw, includeNotes]) => encodeResult(raw, BANK, { includeNotes }))
		);
	});

	/** How often each outcome occurred in the current test, to show the fuzzing reaches deep. */
	let tally: Record<string, number> = {};
	beforeEach(() => {
		tally = {};
	});

	/** Decoding must resolve to an error with a message, or to a result validateShared accepts. */
	async function check(fragment: string): Promise<DecodeOutcome> {
		// The unguarded decoder must meet the contract on its own, and decodeResult must agree with it.
		const outcome = await decodeUnguarded(fragment, BANK);
		const guarded = await decodeResult(fragment, BANK);
		if (
			guarded.ok !== outcome.ok ||
			(!guarded.ok && !outcome.ok && guarded.reason !== outcome.reason)
		) {
			expect.fail(`decodeResult and decodeUnguarded disagree on ${JSON.stringify(fragment)}`);
		}
		const key = outcome.ok ? 'ok' : outcome.reason;
		tally[key] = (tally[key] ?? 0) + 1;
		// Plain checks first: `expect` on every one of 100,000 runs would double the test's time.
		const fine = outcome.ok
			? validateShared(outcome.result, BANK)
			: REASONS.includes(outcome.reason) && outcome.message.length > 20;
		if (!fine) expect.fail(`${JSON.stringify(fragment)} decoded to ${JSON.stringify(outcome)}`);
		return outcome;
	}

	test('never rejects or yields an invalid result for random strings', async () => {
		const input = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 200 }),
			fc.string({ unit: 'binary-ascii', maxLength: 200 }).map((s) => RESULT_PREFIX + s),
			fc.string({ maxLength: 120 }).map((s) => `#${RESULT_PREFIX}${s}`)
		);
		await fc.assert(
			fc.asyncProperty(input, async (s) => void (await check(s))),
			{ numRuns: RUNS.random }
		);
	});

	test('never rejects or yields an invalid result for random base64url', async () => {
		const input = fc.oneof(
			base64(120).map((s) => RESULT_PREFIX + s),
			base64(2000).map((s) => RESULT_PREFIX + s)
		);
		await fc.assert(
			fc.asyncProperty(input, async (s) => void (await check(s))),
			{ numRuns: RUNS.base64 }
		);
	});

	test('never rejects, and yields the original result or an error, for damaged genuine links', async () => {
		const originals = await Promise.all(links.map((link) => decodeResult(link, BANK)));
		const input = fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }));
		await fc.assert(
			fc.asyncProperty(input, async ([pick, mutations]) => {
				const outcome = await check(mutate(links[pick % links.length]!, mutations));
				// Damage the checksum cannot see (spare bits, whitespace, trailing punctuation) changes nothing.
				if (outcome.ok) expect(outcome).toEqual(originals[pick % links.length]);
			}),
			{ numRuns: RUNS.mutated }
		);
		expect(tally['checksum']).toBeGreaterThan(RUNS.mutated / 10);
	});

	/** Byte-level damage resealed with a valid checksum: what a buggy or hostile encoder sends. */
	test('never rejects or yields an invalid result for altered payloads with a valid checksum', async () => {
		const input = fc.tuple(fc.nat(), fc.array(byteEdit, { minLength: 1, maxLength: 3 }));
		await fc.assert(
			fc.asyncProperty(input, async ([pick, edits]) => {
				const opened = openFragment(links[pick % links.length]!, RESULT_PREFIX, MAX_FRAGMENT_CHARS);
				if (!opened.ok) throw new Error('a genuine link did not open');
				const bytes = editBytes(opened.payload, edits);
				await check(sealFragment(RESULT_PREFIX, Uint8Array.from(bytes)));
			}),
			{ numRuns: RUNS.resealed }
		);
		// Some edits (a changed name byte, answer or date) still decode; most break the structure.
		expect(tally['ok']).toBeGreaterThan(RUNS.resealed / 100);
		expect(tally['invalid']).toBeGreaterThan(RUNS.resealed / 10);
	});

	/**
	 * Payloads built field by field with a valid checksum, as a hostile encoder would: arbitrary name
	 * bytes, answer codes including the reserved 7, and notes that are garbage or well-formed DEFLATE
	 * of arbitrary records, so that the cleaning of text and every structural check are exercised.
	 */
	test('never rejects or yields an invalid result for forged payloads with a valid checksum', async () => {
		const record = fc.tuple(
			fc.constantFrom(0, 0, 0, 1, 5),
			fc.uint8Array({ maxLength: 120 }),
			fc.uint8Array({ maxLength: 60 })
		);
		const notes = fc.oneof(
			{ weight: 2, arbitrary: fc.constant(undefined) },
			{
				weight: 1,
				arbitrary: fc.uint8Array({ maxLength: 80 }).map((bytes) => ({ deflated: false, bytes })),
			},
			{
				weight: 1,
				arbitrary: fc.array(record, { maxLength: 8 }).map((records) => {
					const w = new ByteWriter();
					for (const [delta, note, reason] of records) w.varint(delta).block(note).block(reason);
					return { deflated: true, bytes: w.finish() };
				}),
			}
		);
		const input = fc.record({
			format: fc.constantFrom(0, 1, 1, 1, 1, 1, 2),
			version: fc.constantFrom(0, 1, 2, 3, 3, 3, 4, 255),
			day: fc.integer({ min: 0, max: 0xffff }),
			flags: fc.integer({ min: 0, max: 0xbf }),
			reserved: fc.boolean(),
			name: fc.oneof(fc.uint8Array({ maxLength: 400 }), text(120).map(utf8)),
			answers: fc.array(
				fc.oneof({ weight: 300, arbitrary: fc.nat(6) }, { weight: 1, arbitrary: fc.constant(7) }),
				{
					minLength: CODES_66.length,
					maxLength: CODES_66.length,
				}
			),
			notes,
		});
		await fc.assert(
			fc.asyncProperty(input, async (f) => {
				const count = versionCodes(BANK, f.version)?.length ?? 10;
				const bits = new BitWriter();
				for (const n of f.answers.slice(0, count)) bits.write(n, 3);
				const hasNotes = f.notes !== undefined;
				const flags =
					(f.flags & 0x3f) | (hasNotes ? 0x40 : 0) | (f.reserved && f.day % 7 === 0 ? 0x80 : 0);
				const w = new ByteWriter()
					.u8(f.format)
					.u8(f.version)
					.u16(f.day)
					.u8(flags)
					.block(f.name)
					.bytes(bits.bytes());
				if (f.notes) w.block(f.notes.deflated ? await deflate(f.notes.bytes) : f.notes.bytes);
				await check(sealFragment(RESULT_PREFIX, w.finish()));
			}),
			{ numRuns: RUNS.forged }
		);
		expect(tally['ok']).toBeGreaterThan(RUNS.forged / 10);
		expect(tally['invalid']).toBeGreaterThan(RUNS.forged / 10);
	});

	test('runs 100,000 fuzzed fragments in all', () => {
		expect(Object.values(RUNS).reduce((a, b) => a + b)).toBe(100_000);
		expect(ENVIRONMENT_IDS).toHaveLength(3);
	});
});
