import { describe, expect, test } from 'vitest';
import { loadContent } from './test/content';
import { ENVIRONMENT_IDS } from './schemas/common';

// Astro only logs a broken reference and still builds, so these tests are the guard.
const content = loadContent();
const threatIds = new Set(content.threats.map((t) => t.id));
const guideIds = new Set(content.guides.map((g) => g.id));
const controlIds = new Set(content.controls.map((c) => c.id));

describe('content', () => {
	test('has exactly the three environments', () => {
		expect(content.environments.map((e) => e.id).sort()).toEqual([...ENVIRONMENT_IDS].sort());
	});

	test('gives every control a unique code', () => {
		const seen = new Map<number, string>();
		for (const control of content.controls) {
			expect(
				seen.get(control.data.code),
				`code ${control.data.code} of ${control.id}`
			).toBeUndefined();
			seen.set(control.data.code, control.id);
		}
	});

	test('never reuses a code that an earlier bank version gave to another control', () => {
		const current = new Set(content.controls.map((c) => c.data.code));
		for (const earlier of content.bank.previous) {
			expect(earlier.version).toBeLessThan(content.bank.version);
			for (const code of earlier.codes) expect(Number.isInteger(code)).toBe(true);
		}
		expect(current.size).toBe(content.controls.length);
	});

	test('files each control under the folder of its environment', () => {
		for (const control of content.controls) {
			expect(control.path, control.id).toContain(`/controls/${control.data.environment}/`);
		}
	});

	test('resolves every threat a control mitigates', () => {
		for (const control of content.controls) {
			for (const threat of control.data.mitigates) {
				expect(threatIds.has(threat), `${control.id} mitigates unknown threat "${threat}"`).toBe(
					true
				);
			}
		}
	});

	test('resolves every control guide, and every guide points back to its control', () => {
		for (const control of content.controls) {
			expect(
				guideIds.has(control.data.guide),
				`${control.id}: unknown guide "${control.data.guide}"`
			).toBe(true);
			const guide = content.guides.find((g) => g.id === control.data.guide);
			expect(guide?.data.control, `guide ${control.data.guide}`).toBe(control.id);
		}
		for (const guide of content.guides) {
			if (guide.data.control) {
				expect(controlIds.has(guide.data.control), `guide ${guide.id} names unknown control`).toBe(
					true
				);
			}
		}
	});

	test('has every threat mitigated by at least one control', () => {
		const mitigated = new Set(content.controls.flatMap((c) => c.data.mitigates));
		const unmitigated = content.threats.filter((t) => !mitigated.has(t.id)).map((t) => t.id);
		expect(unmitigated).toEqual([]);
	});

	test('gives every control at least one framework reference', () => {
		for (const control of content.controls) {
			const refs = Object.values(control.data.frameworks).flat();
			expect(refs.length, control.id).toBeGreaterThan(0);
		}
	});

	test('lists no duplicate threat or principle in a control', () => {
		for (const control of content.controls) {
			expect(new Set(control.data.mitigates).size, control.id).toBe(control.data.mitigates.length);
			expect(new Set(control.data.principles).size, control.id).toBe(
				control.data.principles.length
			);
		}
	});
});
