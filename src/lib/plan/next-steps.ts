/**
 * What the results page and the exports lead with, built on the scoring engine's output without
 * changing it: the roadmap split into actions and "Find out first" (controls answered "Don't
 * know", whose first step is to find out where they stand, not to raise them), a one-line reason
 * for each action, and whether a result is a quick check.
 */
import type { Answers, BankControl, BankModel, BankThreat } from '../model';
import type { RoadmapItem } from '../scoring/types';
import { SEVERITY_WORDS, WEIGHT_WORDS } from '../words';

/** The roadmap in two lists, each in the roadmap's order (highest priority first). */
export interface NextSteps {
	/** Controls answered with a stage below Optimal: raise each by one stage. */
	actions: RoadmapItem[];
	/** Controls answered "Don't know": find out where each stands before raising it. */
	findOut: RoadmapItem[];
}

/** How many next actions /results/ lists (each with a "Create GitHub issue" link once a
 * repository is set); the action plan export holds them all. */
export const LISTED_ACTIONS = 10;

/**
 * Splits the roadmap by answer: "Don't know" answers go to `findOut`, every other step to
 * `actions`. Scores and priorities are untouched ("Don't know" still counts as Traditional).
 */
export function splitRoadmap(roadmap: readonly RoadmapItem[], answers: Answers): NextSteps {
	const actions: RoadmapItem[] = [];
	const findOut: RoadmapItem[] = [];
	for (const item of roadmap) {
		(answers[String(item.control.code)]?.value === 'unknown' ? findOut : actions).push(item);
	}
	return { actions, findOut };
}

/**
 * Why a control is worth raising, in one line built from the two things its priority rests on:
 * its weight and the severities of the threats it mitigates, e.g. "critical control; mitigates 3
 * high-severity threats" or "important control; mitigates 1 high-severity threat and 2
 * medium-severity threats". Threats the bank does not hold and repeated ids count as the roadmap
 * counts them: not at all, and once.
 */
export function actionReason(control: BankControl, threats: readonly BankThreat[]): string {
	const severity = new Map(threats.map((t) => [t.id, t.severity]));
	const counts = new Map<1 | 2 | 3, number>();
	for (const id of new Set(control.mitigates)) {
		const s = severity.get(id);
		if (s !== undefined) counts.set(s, (counts.get(s) ?? 0) + 1);
	}
	const parts = ([3, 2, 1] as const)
		.filter((s) => counts.has(s))
		.map((s) => {
			const n = counts.get(s)!;
			return `${n} ${SEVERITY_WORDS[s].toLowerCase()}-severity ${n === 1 ? 'threat' : 'threats'}`;
		});
	const mitigates =
		parts.length === 0
			? 'mitigates no listed threat'
			: `mitigates ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}`;
	return `${WEIGHT_WORDS[control.weight]} control; ${mitigates}`;
}

/**
 * True when the answers are a quick check's: at least one question answered and every answered
 * question one of the bank's critical (weight-3) controls, the only ones the quick check asks.
 * Answers to codes the bank does not hold are ignored.
 */
export function isQuickCheck(bank: BankModel, answers: Answers): boolean {
	let answered = 0;
	for (const control of bank.controls) {
		if (!answers[String(control.code)]) continue;
		if (control.weight !== 3) return false;
		answered++;
	}
	return answered > 0 && answered < bank.controls.length;
}

/** How many of the bank's critical (weight-3) controls there are: the quick check's questions. */
export function quickCheckSize(bank: BankModel): number {
	return bank.controls.filter((c) => c.weight === 3).length;
}
