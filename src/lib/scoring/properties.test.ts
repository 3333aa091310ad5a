/**
 * Property tests of the whole engine over generated small banks and answers: the rules that must
 * hold for every input, not just the examples in the unit tests.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Answers, Level, Targets } from '../model';
import { levelOfValue } from './answers';
import { scoreAssessment } from './assessment';
import { assessmentArb, bankArb, levelArb, targetsArb } from './fixtures';
import { STEP_ANCHORS } from './roadmap';
import type { ScoreResult } from './types';

const RUNS = { numRuns: 400 };

/** An assessment plus one of its controls (by index) to change. */
const withPickArb = assessmentArb.chain(
	(a) =>
		fc.record({
			...Object.fromEntries(Object.entries(a).map(([k, v]) => [k, fc.constant(v)])),
			pick: fc.nat({ max: Math.max(a.bank.controls.length - 1, 0) }),
		}) as fc.Arbitrary<typeof a & { pick: number }>
);

/** A copy of the answers with one control's value set, or removed when `value` is undefined. */
function withAnswer(answers: Answers, code: number, value?: Answers[string]['value']): Answers {
	const copy = { ...answers };
	delete copy[String(code)];
	if (value !== undefined) copy[String(code)] = { value };
	return copy;
}

/** Every percent a result shows. */
function percentsOf(result: ScoreResult): number[] {
	return [
		result.overall.answeredPercent,
		...(result.overall.percent === null ? [] : [result.overall.percent]),
		...result.environments.flatMap((e) => [e.percent, e.toTargetPercent].filter((p) => p !== null)),
	];
}

describe('scoreAssessment properties', () => {
	test('returns no lower score, stage, toTarget or coverage when one answer is raised', () => {
		fc.assert(
			fc.property(
				withPickArb,
				fc.tuple(levelArb, levelArb),
				fc.boolean(),
				({ bank, answers, targets, pick }, [a, b], fromUnknown) => {
					const c = bank.controls[pick];
					if (c === undefined) return;
					const [low, high] = a <= b ? [a, b] : [b, a];
					// "Don't know" is worth Traditional, so moving from it to any level is a raise too.
					const before = scoreAssessment(
						bank,
						withAnswer(answers, c.code, fromUnknown && low === 0 ? 'unknown' : low),
						targets
					);
					const after = scoreAssessment(bank, withAnswer(answers, c.code, high), targets);
					before.environments.forEach((e, i) => {
						const f = after.environments[i];
						expect(f?.assessed).toBe(e.assessed);
						if (!e.assessed || !f) return;
						expect(f.score).toBeGreaterThanOrEqual(e.score ?? 0);
						expect(f.percent).toBeGreaterThanOrEqual(e.percent ?? 0);
						expect(f.toTarget).toBeGreaterThanOrEqual(e.toTarget ?? 0);
						expect(f.stage).toBeGreaterThanOrEqual(e.stage ?? 0);
					});
					expect(after.overall.score).toBeGreaterThanOrEqual(before.overall.score ?? 0);
					expect(after.overall.stage).toBeGreaterThanOrEqual(before.overall.stage ?? 0);
					before.threats.forEach((t, i) => {
						if (t.coverage === null) return;
						expect(after.threats[i]?.coverage).toBeGreaterThanOrEqual(t.coverage);
					});
				}
			),
			RUNS
		);
	});

	test('returns the same scores for a control marked Not applicable as for it left out', () => {
		fc.assert(
			fc.property(withPickArb, ({ bank, answers, targets, pick }) => {
				const c = bank.controls[pick];
				if (c === undefined) return;
				const na = scoreAssessment(bank, withAnswer(answers, c.code, 'na'), targets);
				const absent = scoreAssessment(bank, withAnswer(answers, c.code), targets);
				// Only the answered counts (and the listed answer itself) may differ.
				const strip = (r: ScoreResult) => ({
					environments: r.environments.map(({ answered: _answered, ...rest }) => rest),
					overall: { score: r.overall.score, percent: r.overall.percent, stage: r.overall.stage },
					threats: r.threats.map((t) => [t.threat.id, t.coverage, t.status]),
					roadmap: r.roadmap,
				});
				expect(strip(na)).toEqual(strip(absent));
				expect(na.overall.answered).toBe(absent.overall.answered + 1);
			}),
			RUNS
		);
	});

	test('returns the roadmap by non-increasing priority, holding exactly the counted non-optimal controls', () => {
		fc.assert(
			fc.property(assessmentArb, ({ bank, answers, targets }) => {
				const { roadmap } = scoreAssessment(bank, answers, targets);
				for (let i = 1; i < roadmap.length; i += 1) {
					const [a, b] = [roadmap[i - 1], roadmap[i]];
					if (!a || !b) continue;
					expect(a.priority).toBeGreaterThanOrEqual(b.priority);
					if (a.priority === b.priority) {
						expect(a.current).toBeLessThanOrEqual(b.current);
						if (a.current === b.current) expect(a.control.code).toBeLessThan(b.control.code);
					}
				}
				const expected = bank.controls
					.filter((c) => {
						const level = levelOfValue(answers[String(c.code)]?.value);
						return level !== null && level < 3;
					})
					.map((c) => c.code)
					.sort((x, y) => x - y);
				expect(roadmap.map((r) => r.control.code).sort((x, y) => x - y)).toEqual(expected);
				for (const item of roadmap) {
					expect(item.current).toBe(levelOfValue(answers[String(item.control.code)]?.value));
					expect(item.next).toBe(item.current + 1);
					expect(item.anchor).toBe((STEP_ANCHORS as readonly string[])[item.current]);
					expect(item.priority).toBeGreaterThan(0);
				}
			}),
			RUNS
		);
	});

	test('returns whole percents within 0..100 and scores within 0..1', () => {
		fc.assert(
			fc.property(assessmentArb, ({ bank, answers, targets }) => {
				const result = scoreAssessment(bank, answers, targets);
				for (const p of percentsOf(result)) {
					expect(Number.isInteger(p)).toBe(true);
					expect(p).toBeGreaterThanOrEqual(0);
					expect(p).toBeLessThanOrEqual(100);
				}
				const shares = [
					result.overall.score,
					...result.environments.flatMap((e) => [e.score, e.toTarget]),
					...result.threats.map((t) => t.coverage),
				];
				for (const x of shares) {
					if (x === null) continue;
					expect(x).toBeGreaterThanOrEqual(0);
					expect(x).toBeLessThanOrEqual(1);
				}
			}),
			RUNS
		);
	});

	test('returns results that match a reference computation in exact integers', () => {
		fc.assert(
			fc.property(assessmentArb, ({ bank, answers, targets }) => {
				const result = scoreAssessment(bank, answers, targets);
				const stages: Level[] = [];
				for (const e of result.environments) {
					const counted = bank.controls
						.filter((c) => c.environment === e.environment)
						.map((c) => ({ c, level: levelOfValue(answers[String(c.code)]?.value) }))
						.filter((x): x is { c: (typeof x)['c']; level: Level } => x.level !== null);
					expect(e.counted).toBe(counted.length);
					expect(e.assessed).toBe(counted.length > 0);
					if (counted.length === 0) continue;
					const w = counted.reduce((s, x) => s + x.c.weight, 0);
					const wl = counted.reduce((s, x) => s + x.c.weight * x.level, 0);
					expect(e.score).toBeCloseTo(wl / (3 * w), 12);
					// Bands compared in integers: score >= k/4  <=>  4 wl >= 3 k w.
					const band = ([1, 2, 3] as const).filter((k) => 4 * wl >= 3 * k * w).length as Level;
					expect(e.uncappedStage).toBe(band);
					const heavy = counted.filter((x) => x.c.weight === 3).map((x) => x.level);
					const cap = heavy.length === 0 ? 3 : Math.min(3, Math.min(...heavy) + 1);
					expect(e.stage).toBe(Math.min(band, cap));
					expect(e.cappedBy === null).toBe(e.stage === e.uncappedStage);
					if (e.cappedBy) {
						expect(e.cappedBy.level).toBe(Math.min(...heavy));
						expect(e.cappedBy.code).toBe(
							Math.min(
								...counted
									.filter((x) => x.c.weight === 3 && x.level === e.cappedBy?.level)
									.map((x) => x.c.code)
							)
						);
					}
					const t = targets[e.environment];
					const need = counted.reduce((s, x) => s + x.c.weight * t, 0);
					const gap = counted.reduce((s, x) => s + x.c.weight * Math.max(t - x.level, 0), 0);
					expect(e.toTarget).toBeCloseTo(need === 0 ? 1 : 1 - gap / need, 12);
					stages.push(e.stage ?? 0);
				}
				expect(result.overall.stage).toBe(stages.length === 0 ? null : Math.min(...stages));
				for (const t of result.threats) {
					const levels = t.controls.map((c) => levelOfValue(c.value)).filter((l) => l !== null);
					if (levels.length === 0) {
						expect(t.status).toBe('not-assessed');
						continue;
					}
					const sum = levels.reduce<number>((s, l) => s + l, 0);
					// Status bands in integers: coverage >= 1/3  <=>  sum >= n.
					const n = levels.length;
					expect(t.status).toBe(
						sum < n ? 'exposed' : sum < 2 * n ? 'partly-mitigated' : 'mitigated'
					);
				}
			}),
			RUNS
		);
	});

	test('returns a result without throwing for any answers and targets whatsoever', () => {
		const junkAnswers = bankArb.chain((bank) =>
			fc.record({
				bank: fc.constant(bank),
				answers: fc.oneof(
					fc.anything(),
					fc.dictionary(
						fc.oneof(
							fc.constantFrom(...bank.controls.map((c) => String(c.code)), '0'),
							fc.string()
						),
						fc.oneof(fc.anything(), fc.record({ value: fc.anything() }))
					)
				),
				targets: fc.oneof(fc.anything(), targetsArb),
			})
		);
		fc.assert(
			fc.property(junkAnswers, ({ bank, answers, targets }) => {
				const result = scoreAssessment(bank, answers as Answers, targets as Targets);
				expect(result.overall.answered).toBeLessThanOrEqual(bank.controls.length);
				for (const p of percentsOf(result)) expect(p).toBeGreaterThanOrEqual(0);
			}),
			RUNS
		);
	});
});
