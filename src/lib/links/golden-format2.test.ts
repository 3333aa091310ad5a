/**
 * Golden links of result format 2 (base-7 answers), made against question bank version 2: each
 * must decode to its committed values forever, whatever the bank becomes. See golden.test.ts for
 * format 1 and why fixtures are never regenerated.
 */
import { describe, expect, test } from 'vitest';
import { realBank } from '../../test/content';
import type { Answers } from '../model';
import { decodeResult, versionCodes, type SharedResult } from '../share';
import { decodeComparison } from '../compare/link';
import results from './golden/results-format2.json' with { type: 'json' };
import comparisons from './golden/comparisons-format2.json' with { type: 'json' };

interface Golden<T> {
	id: string;
	description: string;
	link: string;
	expected: T;
}

const RESULTS = results.links as Golden<SharedResult>[];
const COMPARISONS = comparisons.links as Golden<SharedResult[]>[];
const bank = realBank();
const codesNow = new Set(bank.controls.map((c) => c.code));

/** `answers` restricted to codes the current bank still holds. */
function stillAsked(answers: Answers): Answers {
	return Object.fromEntries(Object.entries(answers).filter(([code]) => codesNow.has(Number(code))));
}

describe('golden links, result format 2', () => {
	test('the site still knows question bank version 2 and its 77 codes', () => {
		expect(versionCodes(bank, 2)).toHaveLength(77);
	});

	test.each(RESULTS.map((g) => [g.id, g] as const))(
		'result link %s decodes to its committed values',
		async (_, golden) => {
			const outcome = await decodeResult(golden.link, bank);
			if (!outcome.ok) throw new Error(outcome.message);
			const { result, warnings } = outcome;
			expect(result.name).toBe(golden.expected.name);
			expect(result.date).toBe(golden.expected.date);
			expect(result.targets).toEqual(golden.expected.targets);
			expect(result.answers).toEqual(stillAsked(golden.expected.answers));
			if (bank.version === 2) expect(warnings).toEqual([]);
			else expect(warnings.map((w) => w.reason)).toContain('bank-changed');
		}
	);

	test('keeps a full result with a 20-character name within 80 characters after "#"', () => {
		const full = RESULTS.find((g) => g.id === 'v2-all-optimal-20-char-name')!;
		expect(full.link.length - 1).toBeLessThanOrEqual(80);
	});

	test.each(COMPARISONS.map((g) => [g.id, g] as const))(
		'comparison link %s decodes to its committed values',
		async (_, golden) => {
			const outcome = await decodeComparison(golden.link, bank);
			if (!outcome.ok) throw new Error(outcome.message);
			expect(outcome.problems).toEqual([]);
			expect(outcome.results).toEqual(
				golden.expected.map((r) => ({ ...r, answers: stillAsked(r.answers) }))
			);
		}
	);
});
