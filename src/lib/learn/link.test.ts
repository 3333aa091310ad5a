import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ByteWriter, utf8 } from '../bytes/bytes';
import { sealFragment } from '../links/envelope';
import { dateOfDay } from '../share/shared';
import {
	COMPLETION_PREFIX,
	completionSummary,
	decodeCompletion,
	encodeCompletion,
	localDay,
	MAX_LINK_MODULES,
	validateCompletion,
	type CompletionSummary,
} from './link';

const SUMMARY: CompletionSummary = {
	name: 'Alex Example',
	date: '2026-03-10',
	modules: [
		{ id: 'introduction', passedOn: '2026-03-02', correct: 8, total: 8 },
		{ id: 'developer', passedOn: '2026-03-05', correct: 7, total: 8 },
		{ id: 'platform', passedOn: '2026-03-09', correct: 9, total: 10 },
		{ id: 'application', passedOn: '2026-03-10', correct: 8, total: 9 },
	],
};

/** Hand-built payloads, to test what no encoder writes. */
function payload(build: (w: ByteWriter) => void): string {
	const w = new ByteWriter();
	build(w);
	return sealFragment(COMPLETION_PREFIX, w.finish());
}

/** A valid summary: dates in range, modules passed no later than the link date, passing scores. */
const arbitrarySummary: fc.Arbitrary<CompletionSummary> = fc
	.record({
		name: fc.string({ maxLength: 100, unit: 'grapheme' }),
		day: fc.integer({ min: 0, max: 0xffff }),
		modules: fc.uniqueArray(
			fc.record({
				id: fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,2}$/),
				back: fc.integer({ min: 0, max: 4000 }),
				total: fc.integer({ min: 1, max: 255 }),
				wrongShare: fc.double({ min: 0, max: 0.2, noNaN: true }),
			}),
			{ maxLength: MAX_LINK_MODULES, selector: (m) => m.id }
		),
	})
	.map(({ name, day, modules }) => ({
		name,
		date: dateOfDay(day),
		modules: modules.map((m) => ({
			id: m.id,
			passedOn: dateOfDay(Math.max(0, day - m.back)),
			total: m.total,
			correct: m.total - Math.floor(m.total * m.wrongShare),
		})),
	}));

describe('completion links', () => {
	test('round-trip a summary', () => {
		const fragment = encodeCompletion(SUMMARY);
		expect(fragment.startsWith('l.')).toBe(true);
		expect(fragment.length).toBeLessThan(120);
		expect(decodeCompletion(fragment)).toEqual({ ok: true, summary: SUMMARY });
	});

	test('open with "#", as a whole URL, and with punctuation or line breaks picked up when pasted', () => {
		const fragment = encodeCompletion(SUMMARY);
		for (const variant of [
			`#${fragment}`,
			`https://trustline.example/learn/completion/#${fragment}`,
			`${fragment}.`,
			`${fragment.slice(0, 20)}\n${fragment.slice(20)}`,
		]) {
			expect(decodeCompletion(variant)).toEqual({ ok: true, summary: SUMMARY });
		}
	});

	test('round-trip an empty name and no modules', () => {
		const empty = { name: '', date: '2026-01-01', modules: [] };
		expect(decodeCompletion(encodeCompletion(empty))).toEqual({ ok: true, summary: empty });
	});

	test('clean the name when encoding', () => {
		const fragment = encodeCompletion({ ...SUMMARY, name: '  Alex\u202E\nExample ' });
		const outcome = decodeCompletion(fragment);
		expect(outcome.ok && outcome.summary.name).toBe('Alex Example');
	});

	test('refuse to encode what no link can carry', () => {
		const bad: CompletionSummary[] = [
			{ ...SUMMARY, date: '2019-12-31' },
			{ ...SUMMARY, modules: [{ id: 'developer', passedOn: '2026-03-11', correct: 8, total: 8 }] },
			{ ...SUMMARY, modules: [{ id: 'developer', passedOn: '2026-03-01', correct: 6, total: 8 }] },
			{ ...SUMMARY, modules: [{ id: 'Developer', passedOn: '2026-03-01', correct: 8, total: 8 }] },
			{ ...SUMMARY, modules: [SUMMARY.modules[0]!, SUMMARY.modules[0]!] },
		];
		for (const summary of bad) expect(() => encodeCompletion(summary)).toThrow(TypeError);
	});

	test('round-trip any valid summary', () => {
		fc.assert(
			fc.property(arbitrarySummary, (summary) => {
				const decoded = decodeCompletion(encodeCompletion(summary));
				expect(decoded.ok).toBe(true);
				if (!decoded.ok) return;
				expect(decoded.summary.modules).toEqual(summary.modules);
				expect(decoded.summary.date).toBe(summary.date);
				// Names come back cleaned; cleaning is idempotent.
				expect(encodeCompletion(decoded.summary)).toBe(encodeCompletion(summary));
			}),
			{ numRuns: 2000 }
		);
	});

	test.each([
		['', 'empty'],
		['#', 'empty'],
		['r.AQEAAA', 'not-a-completion-link'],
		['l.abc$def', 'bad-characters'],
		['l.AQ', 'truncated'],
		[`l.${'A'.repeat(10_000)}`, 'too-long'],
	])('report %j as %s', (fragment, reason) => {
		const outcome = decodeCompletion(fragment);
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) {
			expect(outcome.reason).toBe(reason);
			expect(outcome.message.length).toBeGreaterThan(20);
		}
	});

	test('report a changed character as damage', () => {
		const fragment = encodeCompletion(SUMMARY);
		const i = 10;
		const changed =
			fragment.slice(0, i) + (fragment[i] === 'A' ? 'B' : 'A') + fragment.slice(i + 1);
		expect(decodeCompletion(changed)).toMatchObject({ ok: false, reason: 'checksum' });
	});

	test('report a cut-off link as incomplete', () => {
		const fragment = encodeCompletion(SUMMARY);
		expect(decodeCompletion(fragment.slice(0, -12))).toMatchObject({
			ok: false,
			reason: 'truncated',
		});
	});

	test('report a newer format', () => {
		expect(decodeCompletion(payload((w) => w.u8(2).u16(0)))).toMatchObject({
			ok: false,
			reason: 'unsupported-format',
		});
	});

	test.each([
		['format 0', (w: ByteWriter) => w.u8(0).u16(0).block(utf8('')).u8(0)],
		['trailing bytes', (w: ByteWriter) => w.u8(1).u16(10).block(utf8('')).u8(0).u8(7)],
		['a missing module', (w: ByteWriter) => w.u8(1).u16(10).block(utf8('')).u8(1)],
		['too many modules', (w: ByteWriter) => w.u8(1).u16(10).block(utf8('')).u8(33)],
		[
			'a failing score',
			(w: ByteWriter) =>
				w.u8(1).u16(10).block(utf8('')).u8(1).block(utf8('dev')).u16(5).u8(6).u8(8),
		],
		[
			'a pass after the link date',
			(w: ByteWriter) =>
				w.u8(1).u16(10).block(utf8('')).u8(1).block(utf8('dev')).u16(11).u8(8).u8(8),
		],
		[
			'an invalid id',
			(w: ByteWriter) =>
				w.u8(1).u16(10).block(utf8('')).u8(1).block(utf8('Dev!')).u16(5).u8(8).u8(8),
		],
		[
			'a control character in the name',
			(w: ByteWriter) => w.u8(1).u16(10).block(utf8('a\u0007b')).u8(0),
		],
	])('report a checksummed payload with %s as invalid', (_, build) => {
		expect(decodeCompletion(payload(build))).toMatchObject({ ok: false, reason: 'invalid' });
	});

	test('show invalid UTF-8 in a name as the replacement character', () => {
		const fragment = payload((w) =>
			w
				.u8(1)
				.u16(10)
				.block(new Uint8Array([0x41, 0xc3]))
				.u8(0)
		);
		expect(decodeCompletion(fragment)).toMatchObject({ ok: true, summary: { name: 'A\uFFFD' } });
	});

	test('never throw on anything that is not a string', () => {
		for (const input of [undefined, null, 42, {}, [], Symbol('x')]) {
			expect(decodeCompletion(input).ok).toBe(false);
		}
	});

	test('never throw nor return invalid data for 100,000 random and mutated strings', () => {
		const good = [SUMMARY, { name: '', date: '2020-01-01', modules: [] }].map(encodeCompletion);
		const mutated = fc
			.record({
				base: fc.constantFrom(...good),
				at: fc.nat(),
				cut: fc.nat({ max: 8 }),
				insert: fc.string({ maxLength: 4 }),
			})
			.map(({ base, at, cut, insert }) => {
				const i = at % (base.length + 1);
				return base.slice(0, i) + insert + base.slice(i + cut);
			});
		const sealed = fc
			.uint8Array({ maxLength: 120 })
			.chain((bytes) => fc.constantFrom(bytes, Uint8Array.of(1, ...bytes)))
			.map((bytes) => sealFragment(COMPLETION_PREFIX, bytes));
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ maxLength: 200 }),
					fc.string({ unit: 'binary', maxLength: 200 }).map((s) => `l.${s}`),
					fc.base64String({ maxLength: 200 }).map((s) => `l.${s}`),
					mutated,
					sealed
				),
				(input) => {
					const outcome = decodeCompletion(input);
					if (outcome.ok) expect(validateCompletion(outcome.summary)).toBe(true);
					else expect(outcome.message).toBeTruthy();
				}
			),
			{ numRuns: 100_000 }
		);
	});
});

describe('completionSummary', () => {
	test('returns passed modules with the local day each was passed', () => {
		const at = new Date(2026, 2, 2, 12, 0, 0);
		const summary = completionSummary(' Sam ', new Date(2026, 2, 10, 9, 0, 0), [
			{ id: 'introduction', at: at.toISOString(), correct: 8, total: 8 },
		]);
		expect(summary).toEqual({
			name: 'Sam',
			date: '2026-03-10',
			modules: [{ id: 'introduction', passedOn: '2026-03-02', correct: 8, total: 8 }],
		});
		expect(validateCompletion(summary)).toBe(true);
	});

	test('clamps dates a link cannot carry and pass dates after today', () => {
		const summary = completionSummary('', new Date(2019, 5, 1), [
			{ id: 'developer', at: new Date(2030, 0, 1).toISOString(), correct: 8, total: 8 },
		]);
		expect(summary.date).toBe('2020-01-01');
		expect(summary.modules[0]?.passedOn).toBe('2020-01-01');
		expect(validateCompletion(summary)).toBe(true);
	});

	test('leaves out failing, duplicate and malformed entries', () => {
		const at = new Date(2026, 2, 2).toISOString();
		const summary = completionSummary('', new Date(2026, 2, 3), [
			{ id: 'developer', at, correct: 5, total: 8 },
			{ id: 'platform', at, correct: 8, total: 8 },
			{ id: 'platform', at, correct: 8, total: 8 },
			{ id: 'Bad Id', at, correct: 8, total: 8 },
			{ id: 'big', at, correct: 300, total: 300 },
		]);
		expect(summary.modules.map((m) => m.id)).toEqual(['platform']);
	});

	test('always encodes', () => {
		fc.assert(
			fc.property(
				fc.string(),
				fc.date({ noInvalidDate: true }),
				fc.array(
					fc.record({
						id: fc.string({ maxLength: 12 }),
						at: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
						correct: fc.integer({ min: -1, max: 300 }),
						total: fc.integer({ min: -1, max: 300 }),
					})
				),
				(name, now, passed) => {
					expect(() => encodeCompletion(completionSummary(name, now, passed))).not.toThrow();
				}
			)
		);
	});
});

describe('localDay', () => {
	test('returns the local calendar day', () => {
		expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
