/**
 * The next actions as work items: one per step of the roadmap, in the roadmap's order, with
 * everything a tracker needs (title, what the next stage looks like, threats, guide link, labels,
 * priority). The GitHub, Azure Boards and Jira exports all start here, so they never disagree
 * with each other or with the action plan.
 */
import {
	STAGE_NAMES,
	type Assessment,
	type BankModel,
	type EnvironmentId,
	type Level,
} from '../model';
import { cleanTargets } from '../assessment/validate';
import type { ScoreResult } from '../scoring';
import { cleanName, cleanNote } from '../text';
import { assessmentDay, SEVERITY_WORDS } from './labels';
import { guideStepUrl } from './guide-link';
import { splitRoadmap } from '../plan/next-steps';

export { guideStepUrl };

/** The label every exported item carries, so a team can find them all. */
export const TRUSTLINE_LABEL = 'trustline';

/** One next action as a tracker item. */
export interface ActionItem {
	/** Its place in the roadmap, from 1. */
	rank: number;
	/** How many actions the roadmap holds. */
	of: number;
	code: number;
	/** The control's title. */
	control: string;
	environment: EnvironmentId;
	/** The environment's display name. */
	environmentName: string;
	current: Level;
	next: Level;
	/** The environment's target stage. */
	target: Level;
	/** What the next stage looks like: the control's description of it ('' when the bank has none). */
	nextLooksLike: string;
	/** The threats the control mitigates, as the bank holds them, highest severity first. */
	threats: { title: string; severity: 1 | 2 | 3 }[];
	/** The guide's section for this step; absolute when an origin is given. */
	guideUrl: string;
	/** The roadmap's priority score. */
	score: number;
	/** 1 (do first) to 4, by quarter of the roadmap: rank r of n gets 1 + floor(4 (r - 1) / n). */
	priority: 1 | 2 | 3 | 4;
	/** `trustline` and the environment's label, e.g. `developer-environment`. */
	labels: [string, string];
	/** The item's title: "<control>: from <Stage> to <Stage>". */
	title: string;
	/** Where the item comes from: the assessment's name and day, e.g. "Payments team (2026-11-26)". */
	source: string;
}

/** Options shared by the tracker exports. */
export interface ActionOptions {
	/** The site's origin, put before guide paths so links work in a tracker. */
	origin?: string;
}

/**
 * Text made safe to leave the browser in a tracker item, a link or a shell script: the one text
 * cleaner's rules (no control, bidi-override or lone-surrogate characters, which could disguise a
 * script or make `encodeURIComponent` throw), without its length limits. Line breaks are kept as
 * "\n" when `multiline`, else the text becomes one trimmed line.
 */
export function trackerText(text: string, multiline = true): string {
	return multiline ? cleanNote(text, Infinity) : cleanName(text, Infinity);
}

/** A label from an environment's name: lower-case letters and digits joined by hyphens. */
export function labelOf(name: string): string {
	return (
		name
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'environment'
	);
}

/** The tracker priority of rank `rank` (from 1) among `of` actions: its quarter of the list. */
export function priorityOfRank(rank: number, of: number): 1 | 2 | 3 | 4 {
	if (of <= 0) return 1;
	return Math.min(4, Math.max(1, 1 + Math.floor((4 * (rank - 1)) / of))) as 1 | 2 | 3 | 4;
}

/**
 * Every step of the action plan as a tracker item, in roadmap order: the roadmap without the
 * controls answered "Don't know" (src/lib/plan/next-steps.ts). `result` must be
 * `scoreAssessment` of this assessment against `bank`; the bank should be the full one (with level
 * descriptions), or `nextLooksLike` stays empty.
 */
export function actionItems(
	assessment: Assessment,
	bank: BankModel,
	result: ScoreResult,
	options: ActionOptions = {}
): ActionItem[] {
	const names = new Map(bank.environments.map((e) => [e.id, e.name]));
	const threats = new Map(bank.threats.map((t) => [t.id, t]));
	// The roadmap may come from a bank without the long texts (the results page scores with the
	// light bank), so the stage descriptions are read from `bank`.
	const controls = new Map(bank.controls.map((c) => [c.code, c]));
	const targets = cleanTargets(assessment.targets);
	const name = typeof assessment.name === 'string' ? assessment.name.trim() : '';
	const day = assessmentDay(assessment);
	const source = `${name || 'Unnamed assessment'}${day ? ` (${day})` : ''}`;
	// The same steps as the action plan: "Don't know" answers are to find out first, not to raise.
	const { actions } = splitRoadmap(result.roadmap, assessment.answers);
	const of = actions.length;
	return actions.map((step, index) => {
		const c = controls.get(step.control.code) ?? step.control;
		const environmentName = names.get(c.environment) ?? c.environment;
		const mitigated = [...new Set(c.mitigates)]
			.map((id) => threats.get(id))
			.filter((t) => t !== undefined)
			.sort((a, b) => b.severity - a.severity)
			.map((t) => ({ title: t.title, severity: t.severity }));
		return {
			rank: index + 1,
			of,
			code: c.code,
			control: c.title,
			environment: c.environment,
			environmentName,
			current: step.current,
			next: step.next,
			target: targets[c.environment],
			nextLooksLike: c.levels[step.next] ?? '',
			threats: mitigated,
			guideUrl: guideStepUrl(options.origin, c.guide, step.anchor),
			score: step.priority,
			priority: priorityOfRank(index + 1, of),
			labels: [TRUSTLINE_LABEL, labelOf(environmentName)],
			title: `${c.title}: from ${STAGE_NAMES[step.current]} to ${STAGE_NAMES[step.next]}`,
			source,
		};
	});
}

/** "Stolen token (High), Poisoned dependency (Medium)", or "none recorded". */
export function threatList(item: ActionItem): string {
	return item.threats.length === 0
		? 'none recorded'
		: item.threats.map((t) => `${t.title} (${SEVERITY_WORDS[t.severity]})`).join(', ');
}

/** One paragraph of an item's description. */
export interface Paragraph {
	key: 'step' | 'next' | 'threats' | 'guide' | 'from';
	/** A heading for it, e.g. "What Advanced looks like". */
	label: string;
	/** The paragraph as a plain sentence. */
	text: string;
}

/**
 * The item's description as plain paragraphs: the step, what the next stage looks like (when the
 * bank holds it), the threats, the guide and where the item comes from. The Markdown, HTML and
 * plain-text descriptions are all built from these, so every tracker says the same.
 */
export function paragraphsOf(item: ActionItem): Paragraph[] {
	const stage = (level: Level) => STAGE_NAMES[level];
	const parts: Paragraph[] = [
		{
			key: 'step',
			label: 'Step',
			text:
				`Raise “${item.control}” (control ${item.code}, ${item.environmentName}) from ` +
				`${stage(item.current)} to ${stage(item.next)}. The target for this environment is ` +
				`${stage(item.target)}.`,
		},
	];
	if (item.nextLooksLike) {
		parts.push({
			key: 'next',
			label: `What ${stage(item.next)} looks like`,
			text: item.nextLooksLike,
		});
	}
	parts.push(
		{ key: 'threats', label: 'Threats it mitigates', text: threatList(item) },
		{ key: 'guide', label: 'How to get there', text: item.guideUrl },
		{
			key: 'from',
			label: 'From',
			text:
				`Action ${item.rank} of ${item.of} from the Trustline assessment ${item.source}, ` +
				`priority ${item.score} (weight × (1 + severities of the threats mitigated) × stages to climb).`,
		}
	);
	return parts;
}
