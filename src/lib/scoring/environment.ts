/**
 * One environment's score, stage (with the weakest-link cap) and distance to its target.
 */
import type { AnswerValue, BankControl, BankEnvironment, Level } from '../model';
import { levelOfValue } from './answers';
import { capOfLevel, stageOfScore, toPercent } from './stages';
import type { CappingControl, EnvironmentScore } from './types';

/**
 * Scores one environment from the answer values of its controls.
 *
 * - score = sum(weight x L/3) / sum(weight) over counted controls (a level or "Don't know" as 0);
 *   "Not applicable" and unanswered controls are left out, and with none counted the environment
 *   is not assessed.
 * - stage = the band of the score, capped one stage above the lowest level among the counted
 *   weight-3 controls; `cappedBy` names that control (lowest level, then lowest code) only when
 *   the cap lowered the stage.
 * - toTarget = 1 - sum(weight x max(target - L, 0)) / sum(weight x target), or 1 when the target
 *   is Traditional (nothing to reach).
 *
 * @param environment the bank's environment
 * @param controls the bank's controls; those of other environments are skipped
 * @param values answer values by control code, as `readAnswers` returns them
 * @param target the target stage for this environment
 */
export function scoreEnvironment(
	environment: BankEnvironment,
	controls: readonly BankControl[],
	values: ReadonlyMap<number, AnswerValue>,
	target: Level
): EnvironmentScore {
	let total = 0;
	let answered = 0;
	let counted = 0;
	// Sums are kept in integers (weight x level, not weight x level / 3) so that each ratio below
	// is one correctly rounded division: a score exactly on a band boundary stays exactly on it.
	let weightSum = 0;
	let weightedLevels = 0;
	let gap = 0;
	let weakest: BankControl | null = null;
	let weakestLevel: Level = 3;

	for (const control of controls) {
		if (control.environment !== environment.id) continue;
		total += 1;
		const value = values.get(control.code);
		if (value === undefined) continue;
		answered += 1;
		const level = levelOfValue(value);
		if (level === null) continue;
		counted += 1;
		weightSum += control.weight;
		weightedLevels += control.weight * level;
		gap += control.weight * Math.max(target - level, 0);
		if (
			control.weight === 3 &&
			(weakest === null ||
				level < weakestLevel ||
				(level === weakestLevel && control.code < weakest.code))
		) {
			weakest = control;
			weakestLevel = level;
		}
	}

	const base = {
		environment: environment.id,
		name: environment.name,
		target,
		answered,
		counted,
		total,
	};
	if (counted === 0) {
		return {
			...base,
			assessed: false,
			score: null,
			percent: null,
			stage: null,
			uncappedStage: null,
			cappedBy: null,
			toTarget: null,
			toTargetPercent: null,
		};
	}

	const score = weightedLevels / (3 * weightSum);
	const uncappedStage = stageOfScore(score);
	const cap = weakest === null ? 3 : capOfLevel(weakestLevel);
	const stage = Math.min(uncappedStage, cap) as Level;
	const cappedBy: CappingControl | null =
		weakest !== null && stage < uncappedStage
			? { code: weakest.code, id: weakest.id, title: weakest.title, level: weakestLevel }
			: null;
	const needed = weightSum * target;
	const toTarget = needed === 0 ? 1 : (needed - gap) / needed;

	return {
		...base,
		assessed: true,
		score,
		percent: toPercent(score),
		stage,
		uncappedStage,
		cappedBy,
		toTarget,
		toTargetPercent: toPercent(toTarget),
	};
}
