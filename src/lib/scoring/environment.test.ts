import { describe, expect, test } from 'vitest';
import type { AnswerValue, BankControl, Level } from '../model';
import { readAnswers } from './answers';
import { scoreEnvironment } from './environment';
import { answersOf, bankOf, control } from './fixtures';

const DEVELOPER = { id: 'developer', name: 'Developer environment', order: 1 } as const;

/** Scores the developer environment of a bank made of `controls`. */
function score(controls: BankControl[], values: Record<number, AnswerValue>, target: Level = 2) {
	const bank = bankOf(controls);
	return scoreEnvironment(
		DEVELOPER,
		bank.controls,
		readAnswers(bank.controls, answersOf(values)),
		target
	);
}

const three = [control(1, 'developer', 1), control(2, 'developer', 2), control(3, 'developer', 3)];

describe('scoreEnvironment', () => {
	test('returns the weighted mean value of the counted controls', () => {
		// (1 x 3 + 2 x 1 + 3 x 2) / (3 x 6) = 11/18
		const result = score(three, { 1: 3, 2: 1, 3: 2 });
		expect(result.assessed).toBe(true);
		expect(result.score).toBeCloseTo(11 / 18, 12);
		expect(result.percent).toBe(61);
		expect(result.stage).toBe(2);
		expect(result.uncappedStage).toBe(2);
		expect(result.cappedBy).toBeNull();
	});

	test('returns the same score with a control marked Not applicable as without it', () => {
		const withNa = score([...three, control(4, 'developer', 3)], { 1: 3, 2: 1, 3: 2, 4: 'na' });
		const without = score(three, { 1: 3, 2: 1, 3: 2 });
		expect(withNa.score).toBe(without.score);
		expect(withNa.stage).toBe(without.stage);
		expect(withNa.toTarget).toBe(without.toTarget);
		expect(withNa.counted).toBe(3);
		expect(withNa.answered).toBe(4);
		expect(withNa.total).toBe(4);
	});

	test("returns Don't know counted as Traditional (value 0)", () => {
		const result = score(three, { 1: 3, 2: 'unknown', 3: 2 });
		// (3 + 0 + 6) / 18 = 0.5, exactly the Advanced boundary.
		expect(result.score).toBe(0.5);
		expect(result.counted).toBe(3);
		expect(result.uncappedStage).toBe(2);
	});

	test('returns counts of answered, counted and total controls of this environment only', () => {
		const controls = [...three, control(4, 'developer', 1), control(5, 'platform', 1)];
		const result = score(controls, { 1: 3, 2: 'na', 3: 'unknown', 5: 3 });
		expect(result).toMatchObject({ answered: 3, counted: 2, total: 4 });
	});

	test.each([
		['no answers', {}],
		['only Not applicable', { 1: 'na', 2: 'na', 3: 'na' }],
	] as const)('returns not assessed with %s', (_label, values) => {
		const result = score(three, values, 3);
		expect(result).toEqual({
			environment: 'developer',
			name: 'Developer environment',
			assessed: false,
			score: null,
			percent: null,
			stage: null,
			uncappedStage: null,
			cappedBy: null,
			target: 3,
			toTarget: null,
			toTargetPercent: null,
			answered: Object.keys(values).length,
			counted: 0,
			total: 3,
		});
	});

	test('returns not assessed for an environment without controls', () => {
		expect(score([control(1, 'platform', 1)], { 1: 3 })).toMatchObject({
			assessed: false,
			total: 0,
		});
	});

	test.each([
		// Scores exactly on and just below each boundary, built from weights 1 and levels.
		['0/3', [0], 0],
		['1/4', [1, 1, 1, 0], 1],
		['2/9 (just below 1/4)', [1, 1, 0], 0],
		['1/2', [3, 0], 2],
		['4/9 (just below 1/2)', [2, 2, 0], 1],
		['3/4', [3, 3, 3, 0], 3],
		['2/3 (below 3/4)', [2], 2],
	] as const)('returns the band of the exact score %s', (_label, levels, stage) => {
		const controls = levels.map((_, i) => control(i + 1, 'developer', 1));
		const values = Object.fromEntries(levels.map((level, i) => [i + 1, level]));
		expect(score(controls, values).uncappedStage).toBe(stage);
	});

	test('returns the stage of the exact score when the rounded percent reads higher', () => {
		// Weights 22 x 3 + 1 = 67; levels give 50 / 201 = 0.2488, which shows as 25 %.
		const controls = [
			...Array.from({ length: 22 }, (_, i) => control(i + 1, 'developer', 3)),
			control(23, 'developer', 1),
		];
		const values: Record<number, Level> = { 23: 2 };
		for (let code = 1; code <= 22; code += 1) values[code] = code <= 16 ? 1 : 0;
		const result = score(controls, values);
		expect(result.percent).toBe(25);
		expect(result.uncappedStage).toBe(0);
	});

	describe('weakest-link cap', () => {
		test('returns the stage capped one above the weakest weight-3 control, naming it', () => {
			// (3 + 6 + 0) / 18 = 0.5 reaches Advanced; the weight-3 control at Traditional caps at Initial.
			const result = score(three, { 1: 3, 2: 3, 3: 0 });
			expect(result.uncappedStage).toBe(2);
			expect(result.stage).toBe(1);
			expect(result.cappedBy).toEqual({ code: 3, id: 'control-3', title: 'Control 3', level: 0 });
		});

		test("returns Don't know read as Traditional for the cap", () => {
			const result = score(three, { 1: 3, 2: 3, 3: 'unknown' });
			expect(result.stage).toBe(1);
			expect(result.cappedBy).toMatchObject({ code: 3, level: 0 });
		});

		test('returns no cap from a weight-3 control marked Not applicable', () => {
			const result = score(three, { 1: 3, 2: 3, 3: 'na' });
			expect(result.stage).toBe(3);
			expect(result.cappedBy).toBeNull();
		});

		test('returns no cap from controls of weight 1 or 2', () => {
			const controls = [
				control(1, 'developer', 2),
				...Array.from({ length: 9 }, (_, i) => control(i + 2, 'developer', 3)),
			];
			const values: Record<number, Level> = { 1: 0 };
			for (let code = 2; code <= 10; code += 1) values[code] = 3;
			const result = score(controls, values);
			expect(result.stage).toBe(3);
			expect(result.cappedBy).toBeNull();
		});

		test('returns cappedBy null when the cap does not lower the stage', () => {
			// (3 + 6 + 3) / 18 = 2/3, Advanced; the weight-3 control at Initial caps at Advanced.
			const result = score(three, { 1: 3, 2: 3, 3: 1 });
			expect(result.stage).toBe(2);
			expect(result.uncappedStage).toBe(2);
			expect(result.cappedBy).toBeNull();
		});

		test('returns cappedBy null when the score alone is already below the cap', () => {
			const result = score(three, { 1: 0, 2: 0, 3: 0 });
			expect(result.stage).toBe(0);
			expect(result.cappedBy).toBeNull();
		});

		test('returns the lowest-level weight-3 control, ties to the lower code', () => {
			const controls = [1, 2, 3, 5, 7].map((code) => control(code, 'developer', 3));
			// 3 x (3 + 3 + 3 + 1 + 0) / 45 = 2/3, Advanced; codes 5 (Initial) and 7 (Traditional).
			const lowestLevel = score(controls, { 1: 3, 2: 3, 3: 3, 5: 1, 7: 0 });
			expect(lowestLevel.stage).toBe(1);
			expect(lowestLevel.cappedBy).toMatchObject({ code: 7, level: 0 });

			// Six Optimal and two Initial weight-3 controls: 20/24, Optimal, capped at Advanced by 5.
			const more = [...controls, ...[4, 6, 8].map((code) => control(code, 'developer', 3))];
			const tie = score(more, { 1: 3, 2: 3, 3: 3, 4: 3, 6: 3, 8: 3, 7: 1, 5: 1 });
			expect(tie.uncappedStage).toBe(3);
			expect(tie.stage).toBe(2);
			expect(tie.cappedBy).toMatchObject({ code: 5, level: 1 });
		});

		test.each([
			[0, 1],
			[1, 2],
			[2, 3],
		] as const)(
			'returns an Optimal score capped by a weight-3 control at %i to %i',
			(weakest, stage) => {
				const controls = Array.from({ length: 20 }, (_, i) => control(i + 1, 'developer', 3));
				const values: Record<number, Level> = { 1: weakest };
				for (let code = 2; code <= 20; code += 1) values[code] = 3;
				const result = score(controls, values);
				expect(result.uncappedStage).toBe(3);
				expect(result.stage).toBe(stage);
				expect(result.cappedBy === null).toBe(stage === 3);
			}
		);
	});

	describe('percent to target', () => {
		test('returns 1 - weighted shortfall / weighted target', () => {
			// Target Advanced: shortfall 2 x (2 - 1) = 2 of 2 x 6 = 12.
			const result = score(three, { 1: 3, 2: 1, 3: 2 });
			expect(result.target).toBe(2);
			expect(result.toTarget).toBeCloseTo(10 / 12, 12);
			expect(result.toTargetPercent).toBe(83);
		});

		test('returns no credit for overshooting the target on one control', () => {
			// Target Initial: the Optimal control does not make up for the Traditional one.
			const result = score(three, { 1: 3, 2: 3, 3: 0 }, 1);
			expect(result.toTarget).toBe(1 - 3 / 6);
		});

		test("returns Don't know counted as Traditional", () => {
			expect(score(three, { 1: 'unknown', 2: 'unknown', 3: 'unknown' }, 3).toTarget).toBe(0);
		});

		test('returns 1 for target Traditional, whatever the levels', () => {
			const result = score(three, { 1: 0, 2: 0, 3: 'unknown' }, 0);
			expect(result.toTarget).toBe(1);
			expect(result.toTargetPercent).toBe(100);
		});

		test('returns 1 when every counted control meets the target', () => {
			expect(score(three, { 1: 3, 2: 3, 3: 'na' }, 3).toTarget).toBe(1);
		});

		test('returns null when the environment is not assessed', () => {
			expect(score(three, { 1: 'na' }, 0).toTarget).toBeNull();
		});
	});
});
