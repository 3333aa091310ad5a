/**
 * The words every export uses for answers, stages, threat statuses and severities, plus the day an
 * assessment is dated by. One table each, so the CSV, the Markdown report and the action plan can
 * never disagree with one another.
 */
import { STAGE_NAMES, type Assessment, type ControlAnswer, type Level } from '../model';
import type { ThreatStatus } from '../scoring';
import { isAnswerValue, isLevel } from '../assessment/validate';

/** What an answer reads as in an export, including the two answers that are not a stage. */
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

/** Threat statuses as the results page words them. */
export const STATUS_WORDS: Record<ThreatStatus, string> = {
	exposed: 'Exposed',
	'partly-mitigated': 'Partly mitigated',
	mitigated: 'Mitigated',
	'not-assessed': 'Not assessed',
};

/** Threat severities as the threat pages word them. */
export const SEVERITY_WORDS = { 1: 'Low', 2: 'Medium', 3: 'High' } as const;

/**
 * The word for one control's answer: a stage name, "Not applicable", "Don't know", or
 * "Unanswered" when there is no answer or its value is not one the model allows.
 */
export function answerWord(answer: ControlAnswer | undefined): string {
	const value: unknown = answer?.value;
	return isAnswerValue(value) ? ANSWER_WORDS[value] : UNANSWERED;
}

/** A stage's name; "Not assessed" for null, the result of an environment with nothing counted. */
export function stageWord(level: Level | null): string {
	return level === null ? 'Not assessed' : STAGE_NAMES[level];
}

/** A level's name, reading anything that is not a level as the default target, Advanced. */
export function targetWord(level: unknown): string {
	return STAGE_NAMES[isLevel(level) ? level : 2];
}

/** A whole percent as the site prints it ("56 %"), or an en dash when there is none. */
export function percentText(percent: number | null): string {
	return percent === null ? '–' : `${percent} %`;
}

/**
 * The day an assessment is dated by: the date part of its last change (UTC), or '' when the
 * timestamp is not ISO 8601. The exports use the assessment's own time rather than the clock's,
 * so exporting the same assessment twice gives the same files.
 */
export function assessmentDay(assessment: Assessment): string {
	const stamp: unknown = assessment.updatedAt;
	return typeof stamp === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(stamp) ? stamp.slice(0, 10) : '';
}

/** The answer stored for a control code, own properties only. */
export function answerOf(assessment: Assessment, code: number): ControlAnswer | undefined {
	const answers: unknown = assessment.answers;
	const key = String(code);
	if (typeof answers !== 'object' || answers === null || !Object.hasOwn(answers, key)) {
		return undefined;
	}
	const answer: unknown = (answers as Record<string, unknown>)[key];
	return typeof answer === 'object' && answer !== null ? (answer as ControlAnswer) : undefined;
}

/**
 * A control's note and, for "Not applicable", its reason, as one list of texts: the note first,
 * then the reason prefixed "N/A reason: ". Empty parts are left out.
 */
export function notesOf(answer: ControlAnswer | undefined): string[] {
	const parts: string[] = [];
	if (!answer) return parts;
	if (typeof answer.note === 'string' && answer.note.trim()) parts.push(answer.note);
	if (answer.value === 'na' && typeof answer.naReason === 'string' && answer.naReason.trim()) {
		parts.push(`N/A reason: ${answer.naReason}`);
	}
	return parts;
}
