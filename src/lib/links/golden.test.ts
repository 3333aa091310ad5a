/**
 * Golden link fixtures: links made by the version-1 code against question bank version 1, with
 * the values they decode to. Round-trip tests cannot see a change made to encoder and decoder
 * alike (a bit order, a date epoch); these can. The fixtures are never regenerated: when one fails,
 * the code broke links people already shared, so fix the code, not the fixture.
 *
 * Later bank versions keep version 1's codes in `previous`, so a version-1 link opens against
 * whatever bank the site has: its answers to codes still in the bank must come back unchanged.
 */
import { describe, expect, test } from 'vitest';
import { realBank } from '../../test/content';
import type { Answers } from '../model';
import { decodeResult, versionCodes, type SharedResult } from '../share';
import { decodeResultAtSource } from '../share/multi';
import { decodeComparison } from '../compare/link';
import { decodeCompletion, type CompletionSummary } from '../learn/link';
import results from './golden/results.json' with { type: 'json' };
import comparisons from './golden/comparisons.json' with { type: 'json' };
import completions from './golden/completions.json' with { type: 'json' };

interface Golden<T> {
	id: string;
	description: string;
	link: string;
	expected: T;
}

const RESULTS = results.links as Golden<SharedResult>[];
const COMPARISONS = comparisons.links as Golden<SharedResult[]>[];
const COMPLETIONS = completions.links as Golden<CompletionSummary>[];

/** Version 1 of the question bank: 22 developer, 29 platform and 15 application controls. */
const VERSION_1_CODES = [
	...Array.from({ length: 22 }, (_, i) => 1 + i),
	...Array.from({ length: 29 }, (_, i) => 101 + i),
	...Array.from({ length: 15 }, (_, i) => 201 + i),
];

const bank = realBank();
const codesNow = new Set(bank.controls.map((c) => c.code));

/** `answers` restricted to codes the current bank still holds, optionally without their text. */
function stillAsked(answers: Answers, withText = true): Answers {
	const out: Answers = {};
	for (const [code, answer] of Object.entries(answers)) {
		if (!codesNow.has(Number(code))) continue;
		out[code] = withText ? answer : { value: answer.value };
	}
	return out;
}

/** Codes answered in `answers` that the current bank no longer holds, ascending. */
function retired(answers: Answers): number[] {
	return Object.keys(answers)
		.map(Number)
		.filter((code) => !codesNow.has(code))
		.sort((a, b) => a - b);
}

describe('golden links', () => {
	test('the site still knows question bank version 1 and its 66 codes', () => {
		expect(versionCodes(bank, 1)).toEqual(VERSION_1_CODES);
	});

	test.each(RESULTS.map((g) => [g.id, g] as const))(
		'result link %s decodes to its committed values',
		async (_, golden) => {
			const { expected } = golden;
			const outcome = await decodeResult(golden.link, bank);
			if (!outcome.ok) throw new Error(outcome.message);
			const { result, warnings } = outcome;
			expect(result.bankVersion).toBe(bank.version);
			expect(result.name).toBe(expected.name);
			expect(result.date).toBe(expected.date);
			expect(result.targets).toEqual(expected.targets);
			expect(result.answers).toEqual(stillAsked(expected.answers));
			if (bank.version === 1) {
				expect(warnings).toEqual([]);
			} else {
				expect(warnings.map((w) => w.reason)).toContain('bank-changed');
				const dropped = retired(expected.answers);
				const unknown = warnings.find((w) => w.reason === 'unknown-codes');
				expect(unknown?.codes ?? []).toEqual(dropped);
			}
		}
	);

	test.each(RESULTS.map((g) => [g.id, g] as const))(
		'result link %s keeps bank version 1 when read at its source',
		async (_, golden) => {
			const outcome = await decodeResultAtSource(golden.link, bank);
			if (!outcome.ok) throw new Error(outcome.message);
			expect(outcome.result).toEqual({
				...golden.expected,
				bankVersion: 1,
				answers: stillAsked(golden.expected.answers, false),
			});
		}
	);

	test.each(COMPARISONS.map((g) => [g.id, g] as const))(
		'comparison link %s decodes to its committed values',
		async (_, golden) => {
			const outcome = await decodeComparison(golden.link, bank);
			if (!outcome.ok) throw new Error(outcome.message);
			expect(outcome.problems).toEqual([]);
			expect(outcome.results).toEqual(
				golden.expected.map((r) => ({ ...r, answers: stillAsked(r.answers) }))
			);
			expect(outcome.results.every((r) => r.bankVersion === 1)).toBe(true);
		}
	);

	test.each(COMPLETIONS.map((g) => [g.id, g] as const))(
		'completion link %s decodes to its committed values',
		(_, golden) => {
			expect(decodeCompletion(golden.link)).toEqual({ ok: true, summary: golden.expected });
		}
	);

	test('every kind of answer, notes, reasons and non-default values appear in the fixtures', () => {
		const answers = RESULTS.flatMap((g) => Object.values(g.expected.answers));
		for (const value of [0, 1, 2, 3, 'na', 'unknown'])
			expect(answers.some((a) => a.value === value)).toBe(true);
		expect(answers.some((a) => a.note?.includes('\n'))).toBe(true);
		expect(answers.some((a) => a.naReason)).toBe(true);
		expect(RESULTS.some((g) => Object.keys(g.expected.answers).length === 0)).toBe(true);
		expect(RESULTS.some((g) => g.expected.name !== 'My assessment')).toBe(true);
		expect(COMPARISONS.some((g) => g.expected.length === 3)).toBe(true);
	});
});
