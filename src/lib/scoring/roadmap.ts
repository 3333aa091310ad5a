/**
 * The roadmap: which controls to raise next, most valuable first.
 */
import type { AnswerValue, BankControl, BankThreat, Level } from '../model';
import { levelOfValue } from './answers';
import type { RoadmapItem } from './types';

/**
 * Heading anchors of the three steps on every guidance page, indexed by the level the step
 * starts from.
 */
export const STEP_ANCHORS = [
	'from-traditional-to-initial',
	'from-initial-to-advanced',
	'from-advanced-to-optimal',
] as const;

/**
 * Every counted control below Optimal ("Don't know" as Traditional), ranked by
 * priority = weight x (1 + sum of the severities of the threats it mitigates) x (3 - L),
 * highest first; ties go to the lower level, then the lower code.
 *
 * A threat id that the bank does not hold adds no severity, and a threat named twice counts
 * once, so a slip in the content cannot inflate a control's rank.
 *
 * @param controls the bank's controls
 * @param threats the bank's threats
 * @param values answer values by control code, as `readAnswers` returns them
 */
export function buildRoadmap(
	controls: readonly BankControl[],
	threats: readonly BankThreat[],
	values: ReadonlyMap<number, AnswerValue>
): RoadmapItem[] {
	const severity = new Map(threats.map((t) => [t.id, t.severity]));
	const items: RoadmapItem[] = [];
	for (const control of controls) {
		const current = levelOfValue(values.get(control.code));
		// Comparing with 3 exactly (not >= 3) narrows the level to a step that has an anchor.
		if (current === null || current === 3) continue;
		let severities = 0;
		for (const id of new Set(control.mitigates)) severities += severity.get(id) ?? 0;
		items.push({
			control,
			current,
			next: (current + 1) as Level,
			priority: control.weight * (1 + severities) * (3 - current),
			anchor: STEP_ANCHORS[current],
		});
	}
	return items.sort(
		(a, b) => b.priority - a.priority || a.current - b.current || a.control.code - b.control.code
	);
}
