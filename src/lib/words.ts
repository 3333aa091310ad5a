/**
 * The one table of words and formatters the site uses for answers, stages, percents, threat
 * statuses and severities, so pages, diagrams and exports never word the same thing differently
 * (two words for "unanswered" once did). Tiny and free of runtime dependencies beyond the stage
 * thresholds, so any island can use it without pulling anything else into its bundle.
 */
import { STAGE_NAMES, type Level } from './model';
import { STAGE_THRESHOLDS } from './scoring/stages';
import type { ThreatStatus } from './scoring/types';
import type { CoverageStatus } from './frameworks/coverage-rules';

/** What an answer reads as, including the two answers that are not a stage. */
export const ANSWER_WORDS = {
	0: 'Traditional',
	1: 'Initial',
	2: 'Advanced',
	3: 'Optimal',
	na: 'Not applicable',
	unknown: "Don't know",
} as const;

/** The word for a control nobody has answered yet. */
export const UNANSWERED = 'Unanswered';

/**
 * An answer value in words: a stage name, "Not applicable", "Don't know", or "Unanswered" for no
 * answer (null, undefined) or a value the model does not allow (damaged saved data).
 */
export function answerWord(value: unknown): string {
	return value === 0 ||
		value === 1 ||
		value === 2 ||
		value === 3 ||
		value === 'na' ||
		value === 'unknown'
		? ANSWER_WORDS[value]
		: UNANSWERED;
}

/** A stage's name; "Not assessed" for null, the result of an environment with nothing counted. */
export function stageWord(level: Level | null): string {
	return level === null ? 'Not assessed' : STAGE_NAMES[level];
}

/** A level's name, reading anything that is not a level as the default target, Advanced. */
export function targetWord(level: unknown): string {
	return STAGE_NAMES[level === 0 || level === 1 || level === 2 || level === 3 ? level : 2];
}

/** A whole percent as the site prints it ("56 %"), or an en dash when there is none. */
export function percentText(percent: number | null): string {
	return percent === null ? '–' : `${percent} %`;
}

/**
 * The score band of each stage in words, from the thresholds scoring uses ("below 25 %",
 * "25 % to below 50 %", …, "75 % and above"), so the explanation cannot drift from the rule.
 */
export function stageBands(): { stage: string; band: string }[] {
	const at = STAGE_THRESHOLDS.map((t) => percentText(Math.round(t * 100)));
	return STAGE_NAMES.map((stage, i) => ({
		stage,
		band:
			i === 0
				? `below ${at[0]}`
				: i === at.length
					? `${at[i - 1]} and above`
					: `${at[i - 1]} to below ${at[i]}`,
	}));
}

/** Threat statuses in words; an icon (StatusIcon) always goes with them. */
export const STATUS_WORDS: Record<ThreatStatus, string> = {
	exposed: 'Exposed',
	'partly-mitigated': 'Partly mitigated',
	mitigated: 'Mitigated',
	'not-assessed': 'Not assessed',
};

/** Control weights in words, as /how-scoring-works/ explains them. */
export const WEIGHT_WORDS = { 1: 'standard', 2: 'important', 3: 'critical' } as const;

/** Threat severities in words. */
export const SEVERITY_WORDS = { 1: 'Low', 2: 'Medium', 3: 'High' } as const;

/** Framework coverage statuses in words (src/lib/frameworks/coverage.ts has the rules). */
export const COVERAGE_WORDS: Readonly<Record<CoverageStatus, string>> = {
	met: 'Met',
	'partly-met': 'Partly met',
	'not-met': 'Not met',
	'not-assessed': 'Not assessed',
};
