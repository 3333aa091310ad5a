/**
 * A personal learning path from an assessment: the lowest-rated controls, each with its guidance
 * step and the knowledge-check questions that practise it.
 */
import type { BankEnvironment, BankModel, EnvironmentId, Level } from '../model';
import { isAnswerValue, levelOfValue } from '../scoring/answers';
import { STEP_ANCHORS } from '../scoring/roadmap';

/** What the gaps path needs of a control (a slice of BankControl, small enough for page props). */
export interface GapControl {
	code: number;
	id: string;
	title: string;
	environment: EnvironmentId;
	weight: 1 | 2 | 3;
	/** Threat ids. */
	mitigates: string[];
	/** Guidance page id. */
	guide: string;
}

/** What the gaps path needs of a question. */
export interface GapQuestion {
	id: string;
	module: string;
	controls: string[];
	threats: string[];
}

/** One step of the personal path. */
export interface GapItem {
	control: GapControl;
	/** The control's level, with "Don't know" read as Traditional. */
	level: Level;
	/** True when the team answered "Don't know". */
	unknown: boolean;
	/** Heading anchor of the next step on the control's guidance page. */
	anchor: string;
	/** Questions about the control itself, then questions about the threats it mitigates. */
	questions: string[];
}

/** How many controls a personal path holds at most. */
export const GAP_LIMIT = 5;
/** How many questions one step suggests at most. */
export const QUESTIONS_PER_GAP = 4;

/**
 * The lowest controls of an assessment: every counted control below Optimal ("Don't know" as
 * Traditional; Not applicable and unanswered controls left out), lowest level first, then by the
 * roadmap's priority (weight x (1 + severities of the threats it mitigates)), then by code.
 * Each gets the questions that name it, then those that share one of its threats.
 * Pure and total: malformed answers count as unanswered.
 */
export function buildGapPath(
	controls: readonly GapControl[],
	severities: Readonly<Record<string, number>>,
	answers: unknown,
	questions: readonly GapQuestion[],
	limit = GAP_LIMIT
): GapItem[] {
	const source =
		typeof answers === 'object' && answers !== null && !Array.isArray(answers) ? answers : {};
	const ranked: { item: GapItem; priority: number }[] = [];
	for (const control of controls) {
		const key = String(control.code);
		const entry: unknown = Object.hasOwn(source, key)
			? (source as Record<string, unknown>)[key]
			: undefined;
		const value: unknown =
			typeof entry === 'object' && entry !== null
				? (entry as { value?: unknown }).value
				: undefined;
		if (!isAnswerValue(value)) continue;
		const level = levelOfValue(value);
		if (level === null || level === 3) continue;
		let severity = 0;
		for (const id of new Set(control.mitigates)) {
			severity += Object.hasOwn(severities, id) ? (severities[id] ?? 0) : 0;
		}
		ranked.push({
			priority: control.weight * (1 + severity),
			item: {
				control,
				level,
				unknown: value === 'unknown',
				anchor: STEP_ANCHORS[level],
				questions: relatedQuestions(control, questions),
			},
		});
	}
	return ranked
		.sort(
			(a, b) =>
				a.item.level - b.item.level ||
				b.priority - a.priority ||
				a.item.control.code - b.item.control.code
		)
		.slice(0, Math.max(0, limit))
		.map((r) => r.item);
}

/** Questions naming the control first, then those sharing a threat with it, each once. */
export function relatedQuestions(
	control: Pick<GapControl, 'id' | 'mitigates'>,
	questions: readonly GapQuestion[],
	max = QUESTIONS_PER_GAP
): string[] {
	const direct = questions.filter((q) => q.controls.includes(control.id));
	const viaThreat = questions.filter(
		(q) => !q.controls.includes(control.id) && q.threats.some((t) => control.mitigates.includes(t))
	);
	return [...direct, ...viaThreat].slice(0, max).map((q) => q.id);
}

/** What a result link is read against besides the controls: the bank's version and environments. */
export interface GapBankInfo {
	version: number;
	released: string;
	/** Earlier versions' codes, so links made with them still open. */
	previous: { version: number; codes: number[] }[];
	environments: BankEnvironment[];
}

/**
 * A bank model rebuilt from the path's controls (every control of the current version, in bank
 * order) and threat severities, so a result link decodes here exactly as on the results page.
 * Text the path never shows (questions, level descriptions, threat titles) is left empty.
 */
export function bankForLinks(
	controls: readonly GapControl[],
	severities: Readonly<Record<string, number>>,
	info: GapBankInfo
): BankModel {
	return {
		version: info.version,
		released: info.released,
		environments: info.environments,
		controls: controls.map((c) => ({
			...c,
			mitigates: [...c.mitigates],
			question: '',
			capability: '',
			levels: ['', '', '', ''],
		})),
		threats: Object.entries(severities).map(([id, severity]) => ({
			id,
			title: '',
			environment: 'developer',
			severity: severity === 1 || severity === 2 ? severity : 3,
			summary: '',
		})),
		previous: info.previous,
	};
}
