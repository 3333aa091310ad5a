import { describe, expect, test } from 'vitest';
import type { Answers, Targets } from '../model';
import { realBank } from '../../test/content';
import { scoreAssessment } from './assessment';
import { answersOf, bankOf, control, targetsOf, threat } from './fixtures';
import { sortThreatsByExposure } from './threats';

const bank = bankOf(
	[
		control(1, 'developer', 1, ['t1']),
		control(2, 'developer', 3, ['t1', 't2']),
		control(3, 'platform', 2, ['t2']),
		control(4, 'platform', 1, ['t2']),
		control(5, 'platform', 1, ['t3']),
		control(6, 'application', 2, ['t3']),
	],
	[threat('t1', 3), threat('t2', 2, 'platform'), threat('t3', 1, 'application')]
);

describe('scoreAssessment', () => {
	test('returns the environments in bank order with their names and targets', () => {
		const result = scoreAssessment(bank, {}, targetsOf({ platform: 3 }));
		expect(result.environments.map((e) => [e.environment, e.name, e.target])).toEqual([
			['developer', 'Developer environment', 2],
			['platform', 'DevOps platform', 3],
			['application', 'Application environment', 2],
		]);
	});

	test('returns the overall score as the plain mean of the assessed environments', () => {
		// Developer 1 (both Optimal), platform 0 (one counted control, Traditional), application not assessed.
		const result = scoreAssessment(
			bank,
			answersOf({ 1: 3, 2: 3, 3: 0, 4: 'na', 6: 'na' }),
			targetsOf()
		);
		expect(result.environments.map((e) => e.score)).toEqual([1, 0, null]);
		expect(result.overall.score).toBe(0.5);
		expect(result.overall.percent).toBe(50);
	});

	test('returns the lowest stage among the assessed environments as the overall stage', () => {
		const result = scoreAssessment(bank, answersOf({ 1: 3, 2: 3, 3: 1, 4: 2, 5: 1 }), targetsOf());
		expect(result.environments.map((e) => e.stage)).toEqual([3, 1, null]);
		expect(result.overall.stage).toBe(1);
	});

	test('returns the capped stage, not the uncapped one, for the overall stage', () => {
		// (4 x 3 x 3 + 3 x 0) / 45 = 0.8 reaches Optimal; control 5 at Traditional caps it at Initial.
		const capped = bankOf([
			control(1, 'developer', 3),
			control(2, 'developer', 3),
			control(3, 'developer', 3),
			control(4, 'developer', 3),
			control(5, 'developer', 3),
		]);
		const result = scoreAssessment(
			capped,
			answersOf({ 1: 3, 2: 3, 3: 3, 4: 3, 5: 0 }),
			targetsOf()
		);
		expect(result.environments[0]).toMatchObject({ uncappedStage: 3, stage: 1 });
		expect(result.overall.stage).toBe(1);
	});

	test('returns no overall score or stage when no environment is assessed', () => {
		const result = scoreAssessment(bank, answersOf({ 1: 'na', 3: 'na' }), targetsOf());
		expect(result.overall).toMatchObject({ score: null, percent: null, stage: null, answered: 2 });
	});

	test("returns the share answered, counting Not applicable and Don't know, as provisional", () => {
		const result = scoreAssessment(bank, answersOf({ 1: 'na', 2: 'unknown', 3: 2 }), targetsOf());
		expect(result.overall).toMatchObject({
			answered: 3,
			total: 6,
			answeredPercent: 50,
			provisional: true,
		});
	});

	test('returns a final (not provisional) result once every question is answered', () => {
		const result = scoreAssessment(
			bank,
			answersOf({ 1: 'na', 2: 'na', 3: 'na', 4: 'na', 5: 'na', 6: 'na' }),
			targetsOf()
		);
		expect(result.overall).toMatchObject({ answered: 6, answeredPercent: 100, provisional: false });
	});

	test('returns the same result when answers name codes the bank does not hold', () => {
		const answers = answersOf({ 1: 2, 3: 1 });
		const extra: Answers = { ...answers, 99: { value: 3 }, 0: { value: 'na' } };
		expect(scoreAssessment(bank, extra, targetsOf())).toEqual(
			scoreAssessment(bank, answers, targetsOf())
		);
	});

	test('returns odd answer values treated as unanswered', () => {
		const odd = { 1: { value: 7 }, 2: { value: 'maybe' }, 3: null, 4: 'x' } as unknown as Answers;
		const result = scoreAssessment(bank, odd, targetsOf());
		expect(result.overall.answered).toBe(0);
		expect(result.environments.every((e) => !e.assessed)).toBe(true);
	});

	test.each([
		['null', null],
		['a string', 'answers'],
		['an array', [{ value: 3 }, { value: 3 }]],
	])('returns an unassessed result when answers are %s', (_label, answers) => {
		const result = scoreAssessment(bank, answers as unknown as Answers, targetsOf());
		expect(result.overall).toMatchObject({ score: null, answered: 0, provisional: true });
	});

	test.each([
		['missing', {}],
		['out of range', { developer: 7, platform: -1, application: '3' }],
		['null', null],
	])('returns the default target Advanced when targets are %s', (_label, targets) => {
		const result = scoreAssessment(bank, {}, targets as unknown as Targets);
		expect(result.environments.map((e) => e.target)).toEqual([2, 2, 2]);
	});

	test('returns threats in bank order with their coverage', () => {
		const result = scoreAssessment(bank, answersOf({ 1: 3, 2: 0, 3: 2 }), targetsOf());
		expect(result.threats.map((t) => [t.threat.id, t.coverage, t.status])).toEqual([
			['t1', 0.5, 'partly-mitigated'],
			['t2', 1 / 3, 'partly-mitigated'],
			['t3', null, 'not-assessed'],
		]);
		expect(sortThreatsByExposure(result.threats).map((t) => t.threat.id)).toEqual([
			't2',
			't1',
			't3',
		]);
	});

	test('returns the roadmap of counted controls below Optimal', () => {
		const result = scoreAssessment(
			bank,
			answersOf({ 1: 3, 2: 0, 3: 'unknown', 5: 'na' }),
			targetsOf()
		);
		// 2: 3 x (1 + 3 + 2) x 3 = 54; 3: 2 x (1 + 2) x 3 = 18.
		expect(result.roadmap.map((r) => [r.control.code, r.priority])).toEqual([
			[2, 54],
			[3, 18],
		]);
	});

	test('returns an empty, final result for an empty bank', () => {
		const result = scoreAssessment(bankOf([]), answersOf({ 1: 3 }), targetsOf());
		expect(result.environments.every((e) => !e.assessed && e.total === 0)).toBe(true);
		expect(result.overall).toEqual({
			score: null,
			percent: null,
			stage: null,
			answered: 0,
			total: 0,
			answeredPercent: 100,
			provisional: false,
		});
		expect(result.threats).toEqual([]);
		expect(result.roadmap).toEqual([]);
	});

	test('returns consistent results on the real question bank', () => {
		// The catalogue grows while this is written: assert only what holds for any valid bank.
		const real = realBank();
		const total = real.controls.length;
		const all = (value: 0 | 3) =>
			answersOf(Object.fromEntries(real.controls.map((c) => [c.code, value])));

		const empty = scoreAssessment(real, {}, targetsOf());
		expect(empty.environments).toHaveLength(real.environments.length);
		expect(empty.environments.every((e) => !e.assessed)).toBe(true);
		expect(empty.overall).toMatchObject({ answered: 0, total, provisional: total > 0 });
		expect(empty.threats.every((t) => t.status === 'not-assessed')).toBe(true);

		const optimal = scoreAssessment(real, all(3), targetsOf());
		expect(optimal.overall.provisional).toBe(false);
		expect(optimal.roadmap).toEqual([]);
		for (const e of optimal.environments) {
			if (e.total === 0) continue;
			expect(e).toMatchObject({ score: 1, percent: 100, stage: 3, cappedBy: null, toTarget: 1 });
		}
		expect(optimal.overall.stage).toBe(total > 0 ? 3 : null);

		const traditional = scoreAssessment(real, all(0), targetsOf());
		expect(traditional.roadmap).toHaveLength(total);
		expect(traditional.roadmap.every((r) => r.anchor === 'from-traditional-to-initial')).toBe(true);
		for (const t of traditional.threats) {
			expect(t.status).toBe(t.controls.length > 0 ? 'exposed' : 'not-assessed');
		}
	});
});
