/**
 * The Scorecard mapping in content/automation/scorecard.yaml against the real catalogue and the
 * list of Scorecard checks: the schema checks each field, these tests check the file as a whole.
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../test/content';
import { loadScorecardMapping } from '../../test/scorecard';
import { LEVEL_OF, SCORECARD_CHECKS, suggestionRules } from './checks';

const mapping = loadScorecardMapping();
const content = loadContent();
const controls = new Map(content.controls.map((c) => [c.id, c]));

describe('content/automation/scorecard.yaml', () => {
	test('names only real Scorecard checks', () => {
		const known = new Set<string>(SCORECARD_CHECKS);
		const named = [
			...mapping.mappings.map((m) => m.check),
			...mapping.unmapped.map((u) => u.check),
		];
		expect(named.filter((name) => !known.has(name))).toEqual([]);
	});

	test('accounts for every Scorecard check exactly once: mapped to controls, or listed as unmapped with a reason', () => {
		const mapped = new Set(mapping.mappings.map((m) => m.check));
		const unmapped = mapping.unmapped.map((u) => u.check);
		expect(new Set(unmapped).size, 'an unmapped check listed twice').toBe(unmapped.length);
		expect(
			unmapped.filter((check) => mapped.has(check)),
			'both mapped and unmapped'
		).toEqual([]);
		expect([...mapped, ...unmapped].sort()).toEqual([...SCORECARD_CHECKS].sort());
	});

	test('maps only to controls that exist', () => {
		const unknown = mapping.mappings.filter((m) => !controls.has(m.control));
		expect(unknown.map((m) => `${m.check} -> ${m.control}`)).toEqual([]);
	});

	test('maps each check to each control at most once', () => {
		const pairs = mapping.mappings.map((m) => `${m.check} -> ${m.control}`);
		expect(pairs.filter((pair, i) => pairs.indexOf(pair) !== i)).toEqual([]);
	});

	test('has an entry for every check a control cites, so each citation is either used or explained', () => {
		const entries = new Set(mapping.mappings.map((m) => `${m.check} -> ${m.control}`));
		const missing = content.controls.flatMap((c) =>
			c.data.frameworks.scorecard
				.map((check) => `${check} -> ${c.id}`)
				.filter((pair) => !entries.has(pair))
		);
		expect(
			missing,
			'Add an entry for each to content/automation/scorecard.yaml (with `bands: []` and the reason ' +
				'when the check cannot tell the stages apart), and take its check out of `unmapped`'
		).toEqual([]);
	});

	test('explains only citations: a mapping that suggests nothing is for a check its control cites', () => {
		const uncited = mapping.mappings.filter(
			(m) =>
				m.bands.length === 0 &&
				!controls.get(m.control)?.data.frameworks.scorecard.includes(m.check)
		);
		expect(uncited.map((m) => `${m.check} -> ${m.control}`)).toEqual([]);
	});

	test.each(mapping.mappings.map((m) => [`${m.check} -> ${m.control}`, m] as const))(
		'orders the bands of %s: within 0 to 10, not overlapping, stages rising with the scores',
		(_, m) => {
			let previous: { max: number; level: number } | undefined;
			for (const band of m.bands) {
				expect(band.min).toBeGreaterThanOrEqual(0);
				expect(band.max).toBeLessThanOrEqual(10);
				expect(band.min).toBeLessThanOrEqual(band.max);
				if (previous) {
					expect(band.min, 'bands overlap or are out of order').toBeGreaterThan(previous.max);
					expect(LEVEL_OF[band.stage], 'stages must rise with the scores').toBeGreaterThan(
						previous.level
					);
				}
				previous = { max: band.max, level: LEVEL_OF[band.stage] };
			}
		}
	);

	test('writes each rationale, reason and band as one line of prose ending with a full stop', () => {
		const lines = [
			...mapping.mappings.flatMap((m) => [m.rationale, ...m.bands.map((b) => b.because)]),
			...mapping.unmapped.map((u) => u.reason),
		];
		for (const line of lines) {
			expect(line).not.toMatch(/\n/);
			expect(line).toMatch(/^[A-Z0-9].*\.$/);
		}
	});

	test('never suggests Optimal: no single repository shows that a control is complete, enforced and monitored', () => {
		const optimal = mapping.mappings.filter((m) => m.bands.some((b) => b.stage === 'optimal'));
		expect(optimal.map((m) => `${m.check} -> ${m.control}`)).toEqual([]);
	});

	test('covers the checks and controls the closing note reports', () => {
		const rules = suggestionRules(mapping);
		const checks = new Set(rules.map((r) => r.check));
		const covered = new Set(rules.map((r) => r.control));
		// Branch-Protection, Code-Review, Dangerous-Workflow, Token-Permissions, Pinned-Dependencies,
		// SAST, Dependency-Update-Tool, Signed-Releases and SBOM.
		expect(checks.size).toBe(9);
		expect(covered.size).toBe(11);
		expect(rules.length).toBe(12);
		expect(mapping.mappings.length - rules.length, 'cited but suggesting nothing').toBe(5);
	});
});
