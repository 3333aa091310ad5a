import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readPending, readSuggestion } from './pending';
import type { ShownSuggestion } from './scorecard';

const GOOD: ShownSuggestion = {
	code: 11,
	level: 1,
	repo: 'github.com/acme/api',
	date: '2026-11-28',
	check: 'Branch-Protection',
	score: 3,
	reason: 'branch protection is not maximal on development and all release branches',
	repositories: 2,
	evidence: {
		kind: 'text',
		text: 'OpenSSF Scorecard v5.5.0 on github.com/acme/api (commit a41b7c2, 2026-11-27): Branch-Protection 3/10',
	},
};

const saved = (list: Record<string, unknown>, id = 'a1') =>
	JSON.stringify({ schema: 1, byAssessment: { [id]: list } });

describe('readPending', () => {
	test('reads saved suggestions back as they were written', () => {
		expect(readPending(saved({ '11': GOOD }))).toEqual({
			status: 'ok',
			value: { schema: 1, byAssessment: { a1: { '11': GOOD } } },
			dropped: [],
		});
	});

	test.each<[string, string]>([
		['{', 'the saved Scorecard suggestions are not valid JSON'],
		['[]', 'the saved Scorecard suggestions are not a list'],
		['{"schema": 1}', 'the saved Scorecard suggestions are not a list'],
		[
			'{"schema": 2, "byAssessment": {}}',
			'the saved Scorecard suggestions come from a newer Trustline (format 2)',
		],
		['{"byAssessment": {}}', 'the saved Scorecard suggestions have no known format version'],
	])('names what is wrong with %j', (raw, problem) => {
		expect(readPending(raw)).toEqual({ status: 'unreadable', problem });
	});

	test('returns empty for nothing saved', () => {
		expect(readPending(null)).toEqual({ status: 'empty' });
		expect(readPending('')).toEqual({ status: 'empty' });
	});

	test.each<[string, Record<string, unknown>]>([
		['a javascript: link as evidence', { evidence: { kind: 'link', url: 'javascript:alert(1)' } }],
		['a stage out of range', { level: 4 }],
		['a score out of range', { score: 11 }],
		['a date that is no day', { date: '2026-02-30' }],
		['a repository with a control character', { repo: 'github.com/a\u0000b' }],
		['a code that is not its key', { code: 12 }],
		['an extra-long reason', { reason: 'x'.repeat(301) }],
	])('leaves out a suggestion with %s and keeps the rest', (_, change) => {
		const outcome = readPending(
			saved({ '11': { ...GOOD, ...change }, '14': { ...GOOD, code: 14 } })
		);
		expect(outcome).toEqual({
			status: 'ok',
			value: { schema: 1, byAssessment: { a1: { '14': { ...GOOD, code: 14 } } } },
			dropped: ['1 suggestion'],
		});
	});

	test('never throws, and keeps only suggestions it would write, for any saved text', () => {
		const anyJson = fc.jsonValue().map((v) => JSON.stringify(v));
		const nearlyRight = fc
			.record({
				level: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.string()),
				score: fc.oneof(fc.integer({ min: -1, max: 11 }), fc.double()),
				repo: fc.string(),
				date: fc.oneof(fc.constant('2026-11-28'), fc.string()),
			})
			.map((change) => saved({ '11': { ...GOOD, ...change } }, 'x'));
		fc.assert(
			fc.property(fc.oneof(fc.string(), anyJson, nearlyRight), (raw) => {
				const outcome = readPending(raw);
				if (outcome.status !== 'ok') return;
				for (const list of Object.values(outcome.value.byAssessment))
					for (const [code, s] of Object.entries(list))
						expect(readSuggestion(JSON.parse(JSON.stringify(s)), Number(code))).toEqual(s);
			}),
			{ numRuns: 1000 }
		);
	});
});
