/**
 * Golden links of result format 3 (format 2 with the evidence section: evidence, checked-on days
 * and the review interval, written when "Include notes and evidence" is ticked), made against
 * question bank version 2: each must decode to its committed values forever, whatever the bank
 * becomes. See golden.test.ts for why fixtures are never regenerated.
 */
import { describe, expect, test } from 'vitest';
import { realBank } from '../../test/content';
import type { Answers } from '../model';
import { decodeResult, type SharedResult } from '../share';
import results from './golden/results-format3.json' with { type: 'json' };

interface Golden<T> {
	id: string;
	description: string;
	link: string;
	expected: T;
}

const RESULTS = results.links as Golden<SharedResult>[];
const bank = realBank();
const codesNow = new Set(bank.controls.map((c) => c.code));

/** `answers` restricted to codes the current bank still holds. */
function stillAsked(answers: Answers): Answers {
	return Object.fromEntries(Object.entries(answers).filter(([code]) => codesNow.has(Number(code))));
}

describe('golden links, result format 3', () => {
	test.each(RESULTS.map((g) => [g.id, g] as const))(
		'result link %s decodes to its committed values',
		async (_, golden) => {
			const outcome = await decodeResult(golden.link, bank);
			if (!outcome.ok) throw new Error(outcome.message);
			const { result, warnings } = outcome;
			expect(result.name).toBe(golden.expected.name);
			expect(result.date).toBe(golden.expected.date);
			expect(result.targets).toEqual(golden.expected.targets);
			expect(result.reviewInterval).toBe(golden.expected.reviewInterval);
			expect(result.answers).toEqual(stillAsked(golden.expected.answers));
			if (bank.version === 2) expect(warnings).toEqual([]);
			else expect(warnings.map((w) => w.reason)).toContain('bank-changed');
		}
	);

	test('the fixtures hold evidence links and texts, notes, reasons, dates and intervals', () => {
		const answers = RESULTS.flatMap((g) => Object.values(g.expected.answers));
		const evidence = answers.flatMap((a) => a.evidence ?? []);
		expect(evidence.some((e) => e.kind === 'link')).toBe(true);
		expect(evidence.some((e) => e.kind === 'text')).toBe(true);
		expect(answers.some((a) => a.note?.includes('\n'))).toBe(true);
		expect(answers.some((a) => a.naReason)).toBe(true);
		expect(answers.some((a) => a.checkedOn === '2024-02-29')).toBe(true);
		expect(answers.some((a) => !a.checkedOn)).toBe(true);
		expect(RESULTS.map((g) => g.expected.reviewInterval)).toEqual([12, 'none']);
	});
});
