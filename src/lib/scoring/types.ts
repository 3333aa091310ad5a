/**
 * The shapes the scoring engine returns. They are plain, serialisable objects so a store can hold
 * them and an island can receive them as props.
 */
import type { AnswerValue, BankControl, BankThreat, EnvironmentId, Level } from '../model';

/** How well a threat is held off by the controls that mitigate it. */
export type ThreatStatus = 'exposed' | 'partly-mitigated' | 'mitigated' | 'not-assessed';

/** The control whose weakest-link cap lowered an environment's stage. */
export interface CappingControl {
	code: number;
	id: string;
	title: string;
	/** Its level, with "Don't know" read as Traditional (0). */
	level: Level;
}

/** One environment's result. */
export interface EnvironmentScore {
	environment: EnvironmentId;
	/** The environment's display name from the bank. */
	name: string;
	/** False when none of its controls is counted (answered with a level or "Don't know"). */
	assessed: boolean;
	/** Weighted mean value in 0..1; null when not assessed. */
	score: number | null;
	/** `score` as a whole percent (round half up); null when not assessed. */
	percent: number | null;
	/** The stage after the weakest-link cap; null when not assessed. */
	stage: Level | null;
	/** The stage the score alone reaches, before the cap; null when not assessed. */
	uncappedStage: Level | null;
	/** The weight-3 control that lowered the stage, only when the cap actually lowered it. */
	cappedBy: CappingControl | null;
	/** The target stage used (the team's choice, or the default). */
	target: Level;
	/** Share of the way to the target in 0..1; null when not assessed. */
	toTarget: number | null;
	/** `toTarget` as a whole percent; null when not assessed. */
	toTargetPercent: number | null;
	/** Controls with any valid answer, including "Not applicable" and "Don't know". */
	answered: number;
	/** Controls answered with a level or "Don't know": the ones that enter the sums. */
	counted: number;
	/** Controls of this environment in the bank. */
	total: number;
}

/** One threat's coverage by its mitigating controls. */
export interface ThreatCoverage {
	threat: BankThreat;
	/** Mean value of the counted mitigating controls in 0..1; null when none is counted. */
	coverage: number | null;
	status: ThreatStatus;
	/** Every control in the bank that mitigates the threat, in bank order, with its answer. */
	controls: { code: number; id: string; title: string; value: AnswerValue | null }[];
}

/** One step of the roadmap: raise this control by one stage. */
export interface RoadmapItem {
	control: BankControl;
	/** Its level now, with "Don't know" read as Traditional (0). */
	current: Level;
	/** The level to reach next (current + 1). */
	next: Level;
	/** weight x (1 + sum of the severities of the threats it mitigates) x (3 - current). */
	priority: number;
	/** The heading anchor of that step on the control's guidance page (`control.guide`). */
	anchor: string;
}

/** Everything the result page shows for one assessment. */
export interface ScoreResult {
	/** In bank order. */
	environments: EnvironmentScore[];
	overall: {
		/** Plain mean of the assessed environments' scores; null when none is assessed. */
		score: number | null;
		percent: number | null;
		/** The lowest stage among the assessed environments; null when none is assessed. */
		stage: Level | null;
		/** Controls with any valid answer, over the whole bank. */
		answered: number;
		/** Controls in the bank. */
		total: number;
		/** `answered / total` as a whole percent (100 for an empty bank). */
		answeredPercent: number;
		/** True while any question is unanswered. */
		provisional: boolean;
	};
	/** In bank order; see `sortThreatsByExposure` for the most exposed first. */
	threats: ThreatCoverage[];
	/** Highest priority first. */
	roadmap: RoadmapItem[];
}
