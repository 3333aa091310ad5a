import { describe, expect, test } from 'vitest';
import type { AnswerValue, Level } from '../model';
import { readAnswers } from './answers';
import { answersOf, bankOf, control, threat } from './fixtures';
import { sortThreatsByExposure, threatCoverage, threatStatus } from './threats';
import type { ThreatCoverage, ThreatStatus } from './types';

describe('threatStatus', () => {
	test.each([
		[null, 'not-assessed'],
		[0, 'exposed'],
		[0.3333, 'exposed'],
		[1 / 3, 'partly-mitigated'],
		[0.5, 'partly-mitigated'],
		[0.6666, 'partly-mitigated'],
		[2 / 3, 'mitigated'],
		[1, 'mitigated'],
		[Number.NaN, 'exposed'],
	] as const)('returns %s -> %s', (coverage, status) => {
		expect(threatStatus(coverage)).toBe(status);
	});
});

describe('threatCoverage', () => {
	const t = threat('t', 3);
	const bank = bankOf(
		[
			control(1, 'developer', 3, ['t']),
			control(2, 'developer', 1, ['t', 'other']),
			control(3, 'developer', 2, ['t']),
			control(4, 'platform', 1, ['t']),
			control(5, 'application', 3, ['t']),
			control(6, 'developer', 3, ['other']),
		],
		[t, threat('other', 1)]
	);
	const coverage = (values: Record<number, AnswerValue>) =>
		threatCoverage(t, bank.controls, readAnswers(bank.controls, answersOf(values)));

	test('returns the plain mean value of the counted mitigating controls in every environment', () => {
		// Counted: 1 (Optimal), 2 (Don't know = 0), 5 (Advanced, another environment); weights do not matter.
		const result = coverage({ 1: 3, 2: 'unknown', 3: 'na', 5: 2, 6: 0 });
		expect(result.coverage).toBeCloseTo(5 / 9, 12);
		expect(result.status).toBe('partly-mitigated');
	});

	test('returns every mitigating control with its answer in bank order', () => {
		const result = coverage({ 1: 3, 2: 'unknown', 3: 'na', 5: 2, 6: 0 });
		expect(result.controls).toEqual([
			{ code: 1, id: 'control-1', title: 'Control 1', value: 3 },
			{ code: 2, id: 'control-2', title: 'Control 2', value: 'unknown' },
			{ code: 3, id: 'control-3', title: 'Control 3', value: 'na' },
			{ code: 4, id: 'control-4', title: 'Control 4', value: null },
			{ code: 5, id: 'control-5', title: 'Control 5', value: 2 },
		]);
	});

	test('returns not assessed when no mitigating control is counted', () => {
		const result = coverage({ 3: 'na', 6: 3 });
		expect(result.coverage).toBeNull();
		expect(result.status).toBe('not-assessed');
	});

	test('returns not assessed for a threat no control mitigates', () => {
		const result = threatCoverage(threat('lonely', 2), bank.controls, new Map());
		expect(result).toMatchObject({ coverage: null, status: 'not-assessed', controls: [] });
	});

	test.each([
		['exactly 1/3', 1, false, 'partly-mitigated'],
		['just below 1/3', 1, true, 'exposed'],
		['exactly 2/3', 2, false, 'mitigated'],
		['just below 2/3', 2, true, 'partly-mitigated'],
	] as const)(
		'returns the right status at %s for 1 to 60 controls',
		(_label, level, oneLower, status) => {
			for (let n = 1; n <= 60; n += 1) {
				const controls = Array.from({ length: n }, (_, i) => control(i + 1, 'developer', 1, ['t']));
				const values = new Map<number, AnswerValue>(
					controls.map((c, i) => [c.code, (oneLower && i === 0 ? level - 1 : level) as Level])
				);
				expect(threatCoverage(t, controls, values).status, `n = ${n}`).toBe(status);
			}
		}
	);
});

describe('sortThreatsByExposure', () => {
	const entry = (
		id: string,
		status: ThreatStatus,
		coverage: number | null,
		severity: 1 | 2 | 3 = 2,
		title = id
	): ThreatCoverage => ({
		threat: threat(id, severity, 'developer', title),
		coverage,
		status,
		controls: [],
	});

	test('returns exposed first, then partly mitigated, mitigated, not assessed', () => {
		const list = [
			entry('n', 'not-assessed', null),
			entry('m', 'mitigated', 1),
			entry('p', 'partly-mitigated', 0.5),
			entry('e', 'exposed', 0.2),
		];
		expect(sortThreatsByExposure(list).map((e) => e.threat.id)).toEqual(['e', 'p', 'm', 'n']);
	});

	test('returns lower coverage, then higher severity, then title first within a status', () => {
		const list = [
			entry('b', 'exposed', 0.2, 1, 'Beta'),
			entry('a', 'exposed', 0.2, 1, 'Alpha'),
			entry('high', 'exposed', 0.2, 3, 'Zulu'),
			entry('low', 'exposed', 0, 1, 'Yankee'),
		];
		expect(sortThreatsByExposure(list).map((e) => e.threat.id)).toEqual(['low', 'high', 'a', 'b']);
	});

	test('returns a new array and leaves the input in place', () => {
		const list = [entry('m', 'mitigated', 1), entry('e', 'exposed', 0)];
		const sorted = sortThreatsByExposure(list);
		expect(sorted).not.toBe(list);
		expect(list.map((e) => e.threat.id)).toEqual(['m', 'e']);
	});

	test('returns an empty list for an empty list', () => {
		expect(sortThreatsByExposure([])).toEqual([]);
	});
});
