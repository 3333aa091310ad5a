/**
 * The coverage rules (see ./coverage.ts) and the totals per status, which is what the results
 * page's tables show. A module of its own so that page loads only these, not the per-ID lists the
 * exports use.
 */
import type { AnswerValue, Level } from '../model';
import { levelOfValue } from '../scoring/answers';
import { toPercent } from '../scoring/stages';
import type { FrameworkCrosswalk } from './crosswalk';

/** The four coverage statuses, best first: the order tables list them in. */
export const COVERAGE_STATUSES = ['met', 'partly-met', 'not-met', 'not-assessed'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

/** The stage a counted control must reach for its framework IDs to count as met: Advanced. */
export const MET_LEVEL: Level = 2;

/**
 * The status of one framework ID from the levels of the controls that cite it, null standing for a
 * control that is not counted (Not applicable or unanswered).
 */
export function coverageStatus(levels: readonly (Level | null)[]): CoverageStatus {
	let counted = 0;
	let reached = 0;
	for (const level of levels) {
		if (level === null) continue;
		counted += 1;
		if (level >= MET_LEVEL) reached += 1;
	}
	if (counted === 0) return 'not-assessed';
	if (reached === counted) return 'met';
	return reached > 0 ? 'partly-met' : 'not-met';
}

/** How many cited IDs a framework has per status, as counts and as percents of `total`. */
export interface CoverageTotals {
	/** How many IDs some control cites. */
	total: number;
	/** IDs per status. */
	counts: Record<CoverageStatus, number>;
	/** `counts` as whole percents of `total` (round half up); null when no ID is cited. */
	percents: Record<CoverageStatus, number | null>;
}

/** The totals of a list of statuses, one per cited ID. */
export function totalsOf(statuses: readonly CoverageStatus[]): CoverageTotals {
	const total = statuses.length;
	const counts = {} as Record<CoverageStatus, number>;
	const percents = {} as Record<CoverageStatus, number | null>;
	for (const status of COVERAGE_STATUSES) {
		counts[status] = statuses.filter((s) => s === status).length;
		percents[status] = total === 0 ? null : toPercent(counts[status] / total);
	}
	return { total, counts, percents };
}

/**
 * One framework's totals from the answers: each ID some control cites gets its status from the
 * levels of the controls citing it; IDs no control cites are left out.
 *
 * @param crosswalk the framework's crosswalk (`buildCrosswalk` or `referencedCrosswalk`)
 * @param values answer values by control code, as `readAnswers` returns them
 */
export function coverageTotals(
	crosswalk: FrameworkCrosswalk,
	values: ReadonlyMap<number, AnswerValue>
): CoverageTotals {
	return totalsOf(
		crosswalk.entries
			.filter((entry) => entry.codes.length > 0)
			.map((entry) => coverageStatus(entry.codes.map((code) => levelOfValue(values.get(code)))))
	);
}
