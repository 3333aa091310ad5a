import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { loadScorecardMapping, scorecardSamples } from '../../test/scorecard';
import { levelForScore, SCORECARD_CHECKS, suggestionRules, type SuggestionRule } from './checks';
import { parseScorecard, type ScorecardResult } from './parse';
import { latestPerRepository, scorecardEvidence, suggestAnswers } from './suggest';
import { checkEvidenceText } from '../evidence/evidence';

const RULES = suggestionRules(loadScorecardMapping());

function sample(name: string): ScorecardResult {
	const outcome = parseScorecard(scorecardSamples()[name]!);
	if (!outcome.ok) throw new Error(outcome.problem);
	return outcome.result;
}
const PAYMENTS = sample('acme-payments-api.json');
const PORTAL = sample('acme-web-portal.json');

/** A result for `repo` with the given check scores. */
function run(repo: string, scores: Record<string, number>, date = '2026-11-28'): ScorecardResult {
	return {
		repo,
		commit: 'c0ffee',
		date,
		scorecardVersion: 'v5.5.0',
		score: null,
		checks: Object.entries(scores).map(([name, score]) => ({
			name: name as ScorecardResult['checks'][number]['name'],
			score,
			reason: `reason ${score}`,
		})),
	};
}

/** Level per control, for short expectations. */
const levels = (results: ScorecardResult[], rules = RULES) =>
	Object.fromEntries(
		Object.entries(suggestAnswers(results, rules)).map(([id, s]) => [id, s.level])
	);

describe('the mapping as rules', () => {
	const rule = (check: string, control: string) =>
		RULES.find((r) => r.check === check && r.control === control)!;

	test.each([
		[-1, null],
		[0, 0],
		[1, null],
		[2, null],
		[3, 1],
		[5, 1],
		[6, 2],
		[10, 2],
	] as const)(
		'turns a Branch-Protection score of %i into protected-branches level %s',
		(score, level) => {
			expect(levelForScore(rule('Branch-Protection', 'protected-branches'), score)).toBe(level);
		}
	);

	test.each([
		[-1, null],
		[0, 0],
		[4, 0],
		[5, null],
		[9, null],
		[10, null],
	] as const)(
		'turns a Code-Review score of %i into required-code-review level %s',
		(score, level) => {
			expect(levelForScore(rule('Code-Review', 'required-code-review'), score)).toBe(level);
		}
	);

	test.each([
		[0, 0],
		[1, 1],
		[10, 1],
		[-1, null],
	] as const)('turns a SAST score of %i into code-scanning-in-ci level %s', (score, level) => {
		expect(levelForScore(rule('SAST', 'code-scanning-in-ci'), score)).toBe(level);
	});

	test('suggests nothing for an inconclusive score under any rule', () => {
		for (const r of RULES) expect(levelForScore(r, -1), `${r.check} -> ${r.control}`).toBeNull();
	});

	test('suggests nothing for a score that is not a whole number from 0 to 10', () => {
		const r = rule('Branch-Protection', 'protected-branches');
		for (const score of [6.5, 11, Number.NaN, -0.5]) expect(levelForScore(r, score)).toBeNull();
	});

	test('leaves out mappings that only explain why a check suggests nothing', () => {
		expect(RULES.find((r) => r.control === 'branch-rule-governance')).toBeUndefined();
		expect(RULES.every((r) => r.bands.length > 0)).toBe(true);
	});
});

describe('suggestAnswers', () => {
	test('suggests from one repository: Advanced for branches that take changes only through pull requests', () => {
		expect(levels([PAYMENTS])).toEqual({
			'protected-branches': 2,
			'required-code-review': 1,
			'required-status-checks': 1,
			'injection-safe-pipelines': 1,
			'least-privilege-pipeline-tokens': 1,
			'code-scanning-in-ci': 1,
			'dependency-review-and-updates': 1,
			'build-provenance-attestations': 1,
			'sbom-and-inventory': 1,
		});
		expect(suggestAnswers([PAYMENTS], RULES)['protected-branches']).toEqual({
			control: 'protected-branches',
			level: 2,
			repo: 'github.com/acme/payments-api',
			commit: '5f2c0d9e8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d',
			date: '2026-11-28',
			scorecardVersion: 'v5.5.0',
			check: 'Branch-Protection',
			score: 8,
			reason: 'branch protection is not maximal on development and all release branches',
			repositories: 1,
		});
	});

	test('takes the lowest stage across repositories and names the repository that set it', () => {
		const both = suggestAnswers([PAYMENTS, PORTAL], RULES);
		expect(levels([PAYMENTS, PORTAL])).toEqual({
			'protected-branches': 1,
			'required-code-review': 0,
			'required-status-checks': 1,
			'injection-safe-pipelines': 0,
			'least-privilege-pipeline-tokens': 1,
			'verified-hermetic-builds': 0,
			'code-scanning-in-ci': 0,
			'dependency-review-and-updates': 1,
			'build-provenance-attestations': 1,
			'sbom-and-inventory': 1,
		});
		expect(both['protected-branches']).toMatchObject({
			repo: 'github.com/acme/web-portal',
			check: 'Branch-Protection',
			score: 3,
			repositories: 2,
		});
		expect(both['required-code-review']).toMatchObject({
			repo: 'github.com/acme/web-portal',
			check: 'Code-Review',
			score: 3,
			reason: 'Found 9/30 approved changesets -- score normalized to 3',
		});
		// Only payments-api speaks to these: web-portal's scores fall outside every band.
		expect(both['least-privilege-pipeline-tokens']).toMatchObject({
			repo: 'github.com/acme/payments-api',
			repositories: 1,
		});
		expect(both['build-provenance-attestations']).toMatchObject({
			repo: 'github.com/acme/payments-api',
			repositories: 1,
		});
	});

	test('takes the lowest stage across the checks of one repository', () => {
		expect(levels([run('r', { 'Branch-Protection': 8, 'Code-Review': 2 })])).toMatchObject({
			'required-code-review': 0,
		});
		const s = suggestAnswers([run('r', { 'Branch-Protection': 8, 'Code-Review': 2 })], RULES);
		expect(s['required-code-review']).toMatchObject({ check: 'Code-Review', score: 2 });
	});

	test('suggests nothing from inconclusive checks, however many repositories', () => {
		const inconclusive = Object.fromEntries(SCORECARD_CHECKS.map((name) => [name, -1]));
		expect(suggestAnswers([run('a', inconclusive), run('b', inconclusive)], RULES)).toEqual({});
	});

	test('lets a repository with an inconclusive check leave the suggestion to the others', () => {
		const s = suggestAnswers(
			[run('a', { 'Dangerous-Workflow': -1 }), run('b', { 'Dangerous-Workflow': 10 })],
			RULES
		);
		expect(s['injection-safe-pipelines']).toMatchObject({ level: 1, repo: 'b', repositories: 1 });
	});

	test('names the first repository alphabetically when several set the same lowest stage', () => {
		const s = suggestAnswers(
			[run('github.com/z/z', { SAST: 0 }), run('github.com/a/a', { SAST: 0 })],
			RULES
		);
		expect(s['code-scanning-in-ci']).toMatchObject({ repo: 'github.com/a/a', repositories: 2 });
	});

	test('uses the newest result of a repository imported twice', () => {
		const older = run('github.com/acme/api', { SAST: 0 }, '2026-10-01');
		const newer = run('GitHub.com/Acme/API', { SAST: 10 }, '2026-11-01');
		expect(levels([older, newer])['code-scanning-in-ci']).toBe(1);
		expect(levels([newer, older])['code-scanning-in-ci']).toBe(1);
		expect(latestPerRepository([older, newer])).toEqual({ kept: [newer], replaced: [older] });
		expect(latestPerRepository([newer, older])).toEqual({ kept: [newer], replaced: [older] });
	});
});

const scoreArb = fc.integer({ min: -1, max: 10 });
const resultArb = fc
	.record({
		repo: fc.constantFrom(
			'github.com/a/one',
			'github.com/a/two',
			'github.com/b/three',
			'gitlab.com/c/four'
		),
		date: fc.constantFrom('2026-10-01', '2026-11-01', '2026-11-28'),
		scores: fc.dictionary(fc.constantFrom(...SCORECARD_CHECKS), scoreArb),
	})
	.map(({ repo, date, scores }) => run(repo, scores, date));
/** Results with distinct repositories, so none replaces another. */
const distinctResults = fc.uniqueArray(resultArb, {
	selector: (r) => r.repo,
	maxLength: 4,
});

describe('suggestAnswers, properties', () => {
	test('does not depend on the order of the results or of the rules', () => {
		fc.assert(
			fc.property(distinctResults, fc.infiniteStream(fc.nat()), (results, seeds) => {
				const shuffle = <T>(list: readonly T[]) =>
					list
						.map((item) => ({ item, key: seeds.next().value }))
						.sort((a, b) => a.key - b.key)
						.map((x) => x.item);
				expect(suggestAnswers(shuffle(results), shuffle(RULES))).toEqual(
					suggestAnswers(results, RULES)
				);
			}),
			{ numRuns: 500 }
		);
	});

	test('suggests the lowest level any repository and check supports, set by one of them', () => {
		fc.assert(
			fc.property(distinctResults, (results) => {
				const suggestions = suggestAnswers(results, RULES);
				for (const control of new Set(RULES.map((r) => r.control))) {
					const supported = RULES.filter((rule) => rule.control === control).flatMap((rule) =>
						results.flatMap((r) =>
							r.checks
								.filter((c) => c.name === rule.check)
								.map((c) => levelForScore(rule, c.score))
								.filter((level) => level !== null)
						)
					);
					const s = suggestions[control];
					if (supported.length === 0) expect(s).toBeUndefined();
					else expect(s?.level).toBe(Math.min(...supported));
				}
				for (const s of Object.values(suggestions)) {
					const setter = results.find((r) => r.repo === s.repo)!;
					const check = setter.checks.find((c) => c.name === s.check)!;
					expect(check.score).toBe(s.score);
					const rule = RULES.find((r) => r.check === s.check && r.control === s.control)!;
					expect(levelForScore(rule, s.score)).toBe(s.level);
					expect(s.repositories).toBeGreaterThanOrEqual(1);
					expect(s.repositories).toBeLessThanOrEqual(results.length);
				}
			}),
			{ numRuns: 500 }
		);
	});

	test('never raises a suggestion when another repository is added', () => {
		fc.assert(
			fc.property(distinctResults, resultArb, (results, extra) => {
				fc.pre(!results.some((r) => r.repo === extra.repo));
				const before = suggestAnswers(results, RULES);
				const after = suggestAnswers([...results, extra], RULES);
				for (const [control, s] of Object.entries(before)) {
					expect(after[control]!.level).toBeLessThanOrEqual(s.level);
				}
			}),
			{ numRuns: 500 }
		);
	});

	test('never suggests from a check scored -1', () => {
		fc.assert(
			fc.property(distinctResults, (results) => {
				for (const s of Object.values(suggestAnswers(results, RULES))) {
					expect(s.score).toBeGreaterThanOrEqual(0);
				}
			}),
			{ numRuns: 300 }
		);
	});

	test('gives every rule band its level, whatever rules it is given', () => {
		const ruleArb: fc.Arbitrary<SuggestionRule> = fc
			.tuple(
				fc.constantFrom(...SCORECARD_CHECKS),
				fc.integer({ min: 0, max: 10 }),
				fc.constantFrom<0 | 1 | 2 | 3>(0, 1, 2, 3)
			)
			.map(([check, min, level]) => ({ check, control: 'c', bands: [{ min, max: 10, level }] }));
		fc.assert(
			fc.property(ruleArb, scoreArb, (rule, score) => {
				const s = suggestAnswers([run('r', { [rule.check]: score })], [rule])['c'];
				if (score >= rule.bands[0]!.min) expect(s?.level).toBe(rule.bands[0]!.level);
				else expect(s).toBeUndefined();
			}),
			{ numRuns: 300 }
		);
	});
});

describe('scorecardEvidence', () => {
	test('names the run, the check, its score and reason', () => {
		const s = suggestAnswers([PORTAL], RULES)['required-code-review']!;
		expect(scorecardEvidence(s)).toEqual({
			kind: 'text',
			text: 'OpenSSF Scorecard v5.5.0 on github.com/acme/web-portal (commit a41b7c2, 2026-11-27): Code-Review 3/10, “Found 9/30 approved changesets -- score normalized to 3”.',
		});
	});

	test('leaves out what the result lacks', () => {
		const s = suggestAnswers(
			[{ ...run('github.com/a/b', { SAST: 0 }), commit: '', scorecardVersion: '' }],
			RULES
		)['code-scanning-in-ci']!;
		expect(scorecardEvidence({ ...s, reason: '' })).toEqual({
			kind: 'text',
			text: 'OpenSSF Scorecard on github.com/a/b (2026-11-28): SAST 0/10.',
		});
	});

	test('is always evidence text the answer can keep, however long the repository name and reason', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 200 }),
				fc.string({ maxLength: 300 }),
				fc.string({ maxLength: 64 }),
				(repo, reason, commit) => {
					const s = suggestAnswers([run('r', { SAST: 4 })], RULES)['code-scanning-in-ci']!;
					const evidence = scorecardEvidence({ ...s, repo: repo || 'r', reason, commit });
					expect(evidence.kind).toBe('text');
					if (evidence.kind !== 'text') return;
					expect(checkEvidenceText(evidence.text)).toEqual({ ok: true, value: evidence });
				}
			),
			{ numRuns: 500 }
		);
	});
});
