/**
 * Property tests of the comparison link: round trips over generated comparisons, and 50,000
 * random, mutated and forged fragments that must never reject and never open as anything but
 * valid results.
 */
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue, BankModel, ControlAnswer, Level } from '../model';
import { openFragment, sealFragment } from '../links/envelope';
import { ByteWriter } from '../bytes/bytes';
import { deflate, inflate } from '../bytes/deflate';
import { CODES_66, fakeBank } from '../share/fixtures';
import {
	dateOfDay,
	MAX_DAY,
	normalizeShared,
	validateShared,
	type SharedResult,
} from '../share/shared';
import { encodeResultPayload } from '../share/multi';
import {
	COMPARISON_FORMAT,
	COMPARISON_PREFIX,
	decodeComparison,
	decodeUnguarded,
	encodeComparison,
	MAX_BODY_BYTES,
	MAX_COMPARED,
	MAX_COMPARISON_CHARS,
	type ComparisonErrorReason,
	type ComparisonOutcome,
} from './link';
import { base64, byteEdit, editBytes, mutate, mutation } from '../../test/fuzz';

/** Version 3 is current; results from versions 1 and 2 still open. Codes 7 and 8 were retired. */
const BANK: BankModel = fakeBank(3, CODES_66, [
	{ version: 1, codes: [...CODES_66.slice(0, 40), 7, 8] },
	{ version: 2, codes: [...CODES_66.slice(0, 60), 8] },
]);

const REASONS: ComparisonErrorReason[] = [
	'empty',
	'not-a-comparison-link',
	'bad-characters',
	'damaged',
	'too-long',
	'unsupported-format',
	'invalid',
	'no-results',
];

const level = fc.constantFrom<Level>(0, 1, 2, 3);
const answerValue = fc.constantFrom<AnswerValue>(0, 1, 2, 3, 'na', 'unknown');

/** Any result on BANK at one of its versions, canonical (what decoding gives back). */
const result: fc.Arbitrary<SharedResult> = fc
	.record({
		bankVersion: fc.constantFrom(1, 2, 3, 3),
		name: fc.oneof(fc.string({ maxLength: 90 }), fc.string({ unit: 'grapheme', maxLength: 30 })),
		date: fc.integer({ min: 0, max: MAX_DAY }).map(dateOfDay),
		targets: fc
			.tuple(level, level, level)
			.map(([developer, platform, application]) => ({ developer, platform, application })),
		answers: fc.array(fc.option(answerValue, { freq: 3 }), {
			minLength: CODES_66.length + 2,
			maxLength: CODES_66.length + 2,
		}),
	})
	.map(({ answers, ...rest }) => {
		const codes = [...CODES_66, 7, 8];
		const out: Record<string, ControlAnswer> = {};
		answers.forEach((value, i) => {
			if (value !== null) out[String(codes[i])] = { value };
		});
		return normalizeShared({ ...rest, answers: out }, BANK, false);
	});

describe('encodeComparison and decodeComparison', () => {
	test('return every result unchanged through a round trip, labels as names', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(result, { minLength: 1, maxLength: 12 }), async (results) => {
				const fragment = await encodeComparison(
					results.map((r) => ({ label: r.name, result: r })),
					BANK
				);
				const outcome = await decodeComparison(fragment, BANK);
				// Answers to retired controls (7 and 8) cannot be compared, so they do not come back.
				const current = new Set(CODES_66.map(String));
				const expected = results.map((r) => ({
					...r,
					answers: Object.fromEntries(
						Object.entries(r.answers).filter(([code]) => current.has(code))
					),
				}));
				expect(outcome).toEqual({ ok: true, results: expected, problems: [] });
			}),
			{ numRuns: 200 }
		);
	});
});

describe('decodeComparison under fuzzing', () => {
	const RUNS = { random: 10_000, base64: 10_000, mutated: 12_000, resealed: 10_000, forged: 8_000 };
	let links: string[] = [];

	beforeAll(async () => {
		const samples = fc.sample(fc.array(result, { minLength: 1, maxLength: 6 }), {
			numRuns: 60,
			seed: 7,
		});
		links = await Promise.all(
			samples.map((rs) =>
				encodeComparison(
					rs.map((r) => ({ label: r.name, result: r })),
					BANK
				)
			)
		);
	});

	let tally: Record<string, number> = {};
	beforeEach(() => {
		tally = {};
	});

	/** Decoding must resolve to an error with a message, or to valid results only. */
	async function check(fragment: string): Promise<ComparisonOutcome> {
		const outcome = await decodeUnguarded(fragment, BANK);
		const guarded = await decodeComparison(fragment, BANK);
		if (
			guarded.ok !== outcome.ok ||
			(!guarded.ok && !outcome.ok && guarded.reason !== outcome.reason)
		) {
			expect.fail(`decodeComparison and decodeUnguarded disagree on ${JSON.stringify(fragment)}`);
		}
		const key = outcome.ok ? 'ok' : outcome.reason;
		tally[key] = (tally[key] ?? 0) + 1;
		const fine = outcome.ok
			? outcome.results.length >= 1 &&
				outcome.results.length <= MAX_COMPARED &&
				outcome.results.every((r) => validateShared(r, BANK)) &&
				outcome.problems.every((p) => typeof p === 'string' && p.length > 20)
			: REASONS.includes(outcome.reason) && outcome.message.length > 20;
		if (!fine) expect.fail(`${JSON.stringify(fragment)} decoded to ${JSON.stringify(outcome)}`);
		return outcome;
	}

	test('never rejects or yields invalid results for random strings', async () => {
		const input = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 200 }),
			fc.string({ unit: 'binary-ascii', maxLength: 200 }).map((s) => COMPARISON_PREFIX + s),
			fc.string({ maxLength: 120 }).map((s) => `#${COMPARISON_PREFIX}${s}`)
		);
		await fc.assert(
			fc.asyncProperty(input, async (s) => void (await check(s))),
			{ numRuns: RUNS.random }
		);
	});

	test('never rejects or yields invalid results for random base64url', async () => {
		const input = fc.oneof(base64(120), base64(3000)).map((s) => COMPARISON_PREFIX + s);
		await fc.assert(
			fc.asyncProperty(input, async (s) => void (await check(s))),
			{ numRuns: RUNS.base64 }
		);
		expect(tally['damaged']).toBeGreaterThan(RUNS.base64 / 2);
	});

	test('never rejects, and yields the original or an error, for damaged genuine links', async () => {
		const originals = await Promise.all(links.map((link) => decodeComparison(link, BANK)));
		const input = fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }));
		await fc.assert(
			fc.asyncProperty(input, async ([pick, mutations]) => {
				const outcome = await check(mutate(links[pick % links.length]!, mutations));
				if (outcome.ok) expect(outcome).toEqual(originals[pick % links.length]);
			}),
			{ numRuns: RUNS.mutated }
		);
		expect(tally['damaged']).toBeGreaterThan(RUNS.mutated / 2);
	});

	test('never rejects or yields invalid results for altered bodies with a valid checksum', async () => {
		const bodies = await Promise.all(
			links.map(async (link) => {
				const opened = openFragment(link, COMPARISON_PREFIX, MAX_COMPARISON_CHARS);
				if (!opened.ok) throw new Error('a genuine link did not open');
				return (await inflate(opened.payload.subarray(1), MAX_BODY_BYTES))!;
			})
		);
		const input = fc.tuple(
			fc.nat(),
			fc.array(byteEdit, { minLength: 1, maxLength: 3 }),
			fc.boolean()
		);
		await fc.assert(
			fc.asyncProperty(input, async ([pick, edits, compressed]) => {
				const bytes = editBytes(bodies[pick % bodies.length]!, edits);
				// Half the time the edited body is sent without compressing it: garbage DEFLATE.
				const body = Uint8Array.from(bytes);
				const packed = compressed ? await deflate(body) : body;
				const payload = new ByteWriter().u8(COMPARISON_FORMAT).bytes(packed).finish();
				await check(sealFragment(COMPARISON_PREFIX, payload));
			}),
			{ numRuns: RUNS.resealed }
		);
		expect(tally['ok']).toBeGreaterThan(RUNS.resealed / 100);
		expect(tally['invalid']).toBeGreaterThan(RUNS.resealed / 10);
	});

	test('never rejects or yields invalid results for forged bodies with a valid checksum', async () => {
		const good = await Promise.all(
			fc.sample(result, { numRuns: 20, seed: 3 }).map((r) => encodeResultPayload(r, BANK))
		);
		const block = fc.oneof(
			{ weight: 12, arbitrary: fc.nat(good.length - 1).map((i) => good[i]!) },
			{ weight: 1, arbitrary: fc.uint8Array({ maxLength: 80 }) },
			{
				weight: 1,
				arbitrary: fc
					.tuple(fc.nat(good.length - 1), fc.nat(), fc.integer({ min: 0, max: 255 }))
					.map(([i, at, value]) => {
						const copy = Uint8Array.from(good[i]!);
						copy[at % copy.length] = value;
						return copy;
					}),
			}
		);
		const input = fc.record({
			format: fc.constantFrom(0, 1, 1, 1, 2),
			// Mostly the true count and no trailing bytes, so that many forgeries reach the results.
			count: fc.oneof(
				{ weight: 4, arbitrary: fc.constant(null) },
				{ weight: 1, arbitrary: fc.integer({ min: 0, max: 130 }) }
			),
			blocks: fc.array(block, { maxLength: 5 }),
			tail: fc.oneof(
				{ weight: 6, arbitrary: fc.constant(null) },
				{ weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 4 }) }
			),
		});
		await fc.assert(
			fc.asyncProperty(input, async (f) => {
				const body = new ByteWriter().varint(f.count ?? f.blocks.length);
				for (const b of f.blocks) body.block(b);
				if (f.tail) body.bytes(f.tail);
				const payload = new ByteWriter()
					.u8(f.format)
					.bytes(await deflate(body.finish()))
					.finish();
				await check(sealFragment(COMPARISON_PREFIX, payload));
			}),
			{ numRuns: RUNS.forged }
		);
		expect(tally['ok']).toBeGreaterThan(RUNS.forged / 20);
		expect(tally['invalid']).toBeGreaterThan(RUNS.forged / 10);
	});

	test('runs 50,000 fuzzed fragments in all', () => {
		expect(Object.values(RUNS).reduce((a, b) => a + b)).toBe(50_000);
	});
});
