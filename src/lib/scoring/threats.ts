/**
 * Threat coverage: how far the controls that mitigate a threat are in place.
 */
import type { AnswerValue, BankControl, BankThreat } from '../model';
import { levelOfValue } from './answers';
import type { ThreatCoverage, ThreatStatus } from './types';

/**
 * The status of a coverage in 0..1: below 1/3 exposed, below 2/3 partly mitigated, else
 * mitigated; null (no counted control) is not assessed. A coverage that is not a number reads as
 * exposed, the status that claims nothing.
 */
export function threatStatus(coverage: number | null): ThreatStatus {
	if (coverage === null) return 'not-assessed';
	// "Not at least" rather than "below", so that NaN lands on the cautious side.
	if (!(coverage >= 1 / 3)) return 'exposed';
	if (!(coverage >= 2 / 3)) return 'partly-mitigated';
	return 'mitigated';
}

/**
 * The coverage of one threat: the plain (unweighted) mean value of its counted mitigating
 * controls, i.e. every control in the bank whose `mitigates` names it, in any environment.
 *
 * @param threat the bank's threat
 * @param controls the bank's controls
 * @param values answer values by control code, as `readAnswers` returns them
 */
export function threatCoverage(
	threat: BankThreat,
	controls: readonly BankControl[],
	values: ReadonlyMap<number, AnswerValue>
): ThreatCoverage {
	let count = 0;
	let levels = 0;
	const listed: ThreatCoverage['controls'] = [];
	for (const control of controls) {
		if (!control.mitigates.includes(threat.id)) continue;
		const value = values.get(control.code) ?? null;
		listed.push({ code: control.code, id: control.id, title: control.title, value });
		const level = levelOfValue(value);
		if (level === null) continue;
		count += 1;
		levels += level;
	}
	// One division of integers: a coverage of exactly 1/3 or 2/3 then equals the float 1 / 3 or
	// 2 / 3 that `threatStatus` compares with, because both are the correctly rounded same ratio.
	const coverage = count === 0 ? null : levels / (3 * count);
	return { threat, coverage, status: threatStatus(coverage), controls: listed };
}

const STATUS_ORDER: Record<ThreatStatus, number> = {
	exposed: 0,
	'partly-mitigated': 1,
	mitigated: 2,
	'not-assessed': 3,
};

/**
 * A copy of the list, most exposed first: by status (exposed, partly mitigated, mitigated, not
 * assessed), then lower coverage, then higher severity, then title, then id so that the order
 * is total and never depends on the input order.
 */
export function sortThreatsByExposure(list: readonly ThreatCoverage[]): ThreatCoverage[] {
	return [...list].sort(
		(a, b) =>
			STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
			(a.coverage ?? 0) - (b.coverage ?? 0) ||
			b.threat.severity - a.threat.severity ||
			compareText(a.threat.title, b.threat.title) ||
			compareText(a.threat.id, b.threat.id)
	);
}

/** A fixed-locale comparison, so the order is the same in every browser and on the build box. */
function compareText(a: string, b: string): number {
	return a.localeCompare(b, 'en');
}
