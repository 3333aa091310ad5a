/**
 * The whole result of one assessment: environments, overall, threats and roadmap.
 */
import {
	DEFAULT_TARGET,
	LEVELS,
	type Answers,
	type BankModel,
	type EnvironmentId,
	type Level,
	type Targets,
} from '../model';
import { readAnswers } from './answers';
import { scoreEnvironment } from './environment';
import { buildRoadmap } from './roadmap';
import { toPercent } from './stages';
import { threatCoverage } from './threats';
import type { ScoreResult } from './types';

/**
 * Scores an assessment against the bank. Pure and total: answers to codes the bank does not
 * hold, values outside the model and missing or invalid targets are tolerated (ignored, or the
 * default target used), never thrown on.
 *
 * The overall score is the plain mean of the assessed environments' scores, so each environment
 * weighs the same however many questions it asks; the overall stage is the lowest assessed
 * environment's stage, because an attacker needs only the weakest environment.
 *
 * @param bank the question bank
 * @param answers the team's answers, keyed by String(code)
 * @param targets target stage per environment; a missing or invalid one falls back to the default
 */
export function scoreAssessment(bank: BankModel, answers: Answers, targets: Targets): ScoreResult {
	const values = readAnswers(bank.controls, answers);

	const environments = bank.environments.map((environment) =>
		scoreEnvironment(environment, bank.controls, values, targetOf(targets, environment.id))
	);

	const assessed = environments.filter((e) => e.assessed);
	let score: number | null = null;
	let stage: Level | null = null;
	if (assessed.length > 0) {
		score = assessed.reduce((sum, e) => sum + (e.score ?? 0), 0) / assessed.length;
		stage = assessed.reduce<Level>((lowest, e) => Math.min(lowest, e.stage ?? 0) as Level, 3);
	}

	const total = bank.controls.length;
	const answered = values.size;
	return {
		environments,
		overall: {
			score,
			percent: score === null ? null : toPercent(score),
			stage,
			answered,
			total,
			// An empty bank leaves nothing unanswered: it reads as complete, as the spec's own
			// "target Traditional -> 1" reads an empty requirement as met.
			answeredPercent: total === 0 ? 100 : toPercent(answered / total),
			provisional: answered < total,
		},
		threats: bank.threats.map((threat) => threatCoverage(threat, bank.controls, values)),
		roadmap: buildRoadmap(bank.controls, bank.threats, values),
	};
}

/** The team's target for an environment if it is a valid level, else the default (Advanced). */
function targetOf(targets: unknown, environment: EnvironmentId): Level {
	if (typeof targets !== 'object' || targets === null || !Object.hasOwn(targets, environment)) {
		return DEFAULT_TARGET;
	}
	const target: unknown = (targets as Record<string, unknown>)[environment];
	return LEVELS.find((level) => level === target) ?? DEFAULT_TARGET;
}
