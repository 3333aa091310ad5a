/**
 * Framework coverage: how much of each framework a team meets, from the answers of the controls
 * that cite each framework ID. Pure functions; `/results/`, the exports and the tests share them.
 *
 * The rules, for one framework ID and the controls that cite it:
 * - a control is counted as the scoring module counts it: answered with a stage or "Don't know"
 *   (which reads as Traditional); "Not applicable" and unanswered controls are left out;
 * - **met**: at least one counted control, and every counted control at Advanced or above;
 * - **partly met**: some counted controls at Advanced or above, not all;
 * - **not met**: counted controls, none at Advanced or above;
 * - **not assessed**: no counted control.
 */
import type { AnswerValue } from '../model';
import { levelOfValue } from '../scoring/answers';
import type { FrameworkCrosswalk } from './crosswalk';
import {
	COVERAGE_STATUSES,
	coverageStatus,
	MET_LEVEL,
	totalsOf,
	type CoverageStatus,
	type CoverageTotals,
} from './coverage-rules';
import type { FrameworkKey } from './keys';
import { COVERAGE_WORDS, percentText } from '../words';

export {
	COVERAGE_STATUSES,
	coverageStatus,
	coverageTotals,
	MET_LEVEL,
	type CoverageStatus,
	type CoverageTotals,
} from './coverage-rules';

/** One framework ID's coverage. */
export interface IdCoverage {
	id: string;
	status: CoverageStatus;
	/** Codes of the controls that cite it, ascending. */
	codes: number[];
	/** How many of them are counted. */
	counted: number;
	/** How many counted ones are at Advanced or above. */
	reached: number;
}

/** One framework's coverage: its cited IDs with their statuses, and the totals per status. */
export interface FrameworkCoverage extends CoverageTotals {
	framework: FrameworkKey;
	/** The IDs some control cites, in the framework's order. */
	ids: IdCoverage[];
}

/**
 * One framework's coverage from the answers: every ID some control cites gets a status (IDs no
 * control cites are left out: Trustline says nothing about them), then the IDs are counted per
 * status. Percents are rounded each on its own, so they may add up to 99 or 101.
 *
 * @param crosswalk the framework's crosswalk (`buildCrosswalk` or `referencedCrosswalk`)
 * @param values answer values by control code, as `readAnswers` returns them
 */
export function frameworkCoverage(
	crosswalk: FrameworkCrosswalk,
	values: ReadonlyMap<number, AnswerValue>
): FrameworkCoverage {
	const ids: IdCoverage[] = [];
	for (const entry of crosswalk.entries) {
		if (entry.codes.length === 0) continue;
		const codes = [...new Set(entry.codes)].sort((a, b) => a - b);
		const levels = codes.map((code) => levelOfValue(values.get(code)));
		const counted = levels.filter((level) => level !== null).length;
		const reached = levels.filter((level) => level !== null && level >= MET_LEVEL).length;
		ids.push({ id: entry.id, status: coverageStatus(levels), codes, counted, reached });
	}
	return { framework: crosswalk.framework, ids, ...totalsOf(ids.map((i) => i.status)) };
}

/** Every framework's coverage, in the crosswalk's order. */
export function coverageOf(
	crosswalk: readonly FrameworkCrosswalk[],
	values: ReadonlyMap<number, AnswerValue>
): FrameworkCoverage[] {
	return crosswalk.map((framework) => frameworkCoverage(framework, values));
}

/**
 * One framework's coverage as a sentence, the text twin of its table or chart, e.g. "NIST SSDF:
 * of 12 cited IDs, 3 met (25 %), 4 partly met (33 %), 5 not met (42 %), 0 not assessed (0 %)."
 * `name` is the framework's display name.
 */
export function coverageSentence(coverage: FrameworkCoverage, name: string): string {
	if (coverage.total === 0) return `${name}: no control cites it.`;
	const parts = COVERAGE_STATUSES.map(
		(s) =>
			`${coverage.counts[s]} ${COVERAGE_WORDS[s].toLowerCase()} (${percentText(coverage.percents[s] ?? 0)})`
	);
	const ids = coverage.total === 1 ? '1 cited ID' : `${coverage.total} cited IDs`;
	return `${name}: of ${ids}, ${parts.join(', ')}.`;
}
