import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { importScorecardFiles } from './scorecard';
import { suggestionRules } from './checks';
import { loadScorecardMapping, scorecardSamples } from '../../test/scorecard';

const RULES = suggestionRules(loadScorecardMapping());
const SAMPLES = scorecardSamples();
const CODES = {
	'protected-branches': 11,
	'required-code-review': 12,
	'required-status-checks': 13,
};
const file = (name: string) => ({ name, text: SAMPLES[name] ?? '' });

describe('importScorecardFiles', () => {
	test('suggests the lowest stage across two repositories, naming the one that set it', () => {
		const out = importScorecardFiles(
			[file('acme-payments-api.json'), file('acme-web-portal.json')],
			[],
			RULES,
			CODES
		);
		expect(out.outcomes).toStrictEqual([
			{
				file: 'acme-payments-api.json',
				ok: true,
				message:
					'github.com/acme/payments-api, Scorecard run of 2026-11-28: 20 checks read (1 inconclusive, which suggest nothing).',
			},
			{
				file: 'acme-web-portal.json',
				ok: true,
				message:
					'github.com/acme/web-portal, Scorecard run of 2026-11-27: 18 checks read (2 inconclusive, which suggest nothing).',
			},
		]);
		expect(
			out.suggestions.map((s) => [s.code, s.level, s.repo, s.check, s.score, s.repositories])
		).toStrictEqual([
			[11, 1, 'github.com/acme/web-portal', 'Branch-Protection', 3, 2],
			[12, 0, 'github.com/acme/web-portal', 'Code-Review', 3, 2],
			[13, 1, 'github.com/acme/payments-api', 'Branch-Protection', 8, 1],
		]);
		expect(out.suggestions[0]?.evidence).toStrictEqual({
			kind: 'text',
			text: 'OpenSSF Scorecard v5.5.0 on github.com/acme/web-portal (commit a41b7c2, 2026-11-27): Branch-Protection 3/10, “branch protection is not maximal on development and all release branches”.',
		});
		expect(out.results.map((r) => r.repo).sort()).toStrictEqual([
			'github.com/acme/payments-api',
			'github.com/acme/web-portal',
		]);
	});

	test('reads the good files beside a damaged one, which gets its own message', () => {
		const out = importScorecardFiles(
			[
				{ name: 'broken.json', text: '{"date": "2026-11-28", "repo": ' },
				file('acme-web-portal.json'),
			],
			[],
			RULES,
			CODES
		);
		expect(out.outcomes[0]).toStrictEqual({
			file: 'broken.json',
			ok: false,
			message:
				'The file is not JSON (it ends unexpectedly at line 1, column 32), so it is not a Scorecard result.',
		});
		expect(out.outcomes[1]?.ok).toBe(true);
		expect(out.results).toHaveLength(1);
	});

	test('keeps the results read earlier when a later file cannot be read', () => {
		const first = importScorecardFiles([file('acme-payments-api.json')], [], RULES, CODES);
		const second = importScorecardFiles(
			[{ name: 'notes.txt', text: 'hello' }],
			first.results,
			RULES,
			CODES
		);
		expect(second.results).toStrictEqual(first.results);
		expect(second.suggestions).toStrictEqual(first.suggestions);
	});

	test('never throws, whatever the files hold', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ name: fc.string(), text: fc.string() }), { maxLength: 3 }),
				(files) => {
					const out = importScorecardFiles(files, [], RULES, CODES);
					expect(out.outcomes).toHaveLength(files.length);
				}
			),
			{ numRuns: 200 }
		);
	});
});
