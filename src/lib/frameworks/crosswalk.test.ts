import { describe, expect, test } from 'vitest';
import { loadContent } from '../../test/content';
import {
	buildCrosswalk,
	definedIds,
	referencedCrosswalk,
	type CrosswalkControl,
} from './crosswalk';
import { anchorOfId, FRAMEWORK_KEYS, FRAMEWORKS, frameworkOfSlug } from './keys';

const control = (code: number, frameworks: CrosswalkControl['frameworks']): CrosswalkControl => ({
	code,
	title: `Control ${code}`,
	guide: `guide-${code}`,
	environment: 'developer',
	frameworks,
});

const none = definedIds([]);

describe('buildCrosswalk', () => {
	test('returns every defined ID in the framework order, cited or not', () => {
		const crosswalk = buildCrosswalk([control(5, { slsa: ['Build L2'] })], none);
		const slsa = crosswalk.find((c) => c.framework === 'slsa');
		expect(slsa?.entries).toEqual([
			{ id: 'Build L1', codes: [] },
			{ id: 'Build L2', codes: [5] },
			{ id: 'Build L3', codes: [] },
			{ id: 'Source L1', codes: [] },
			{ id: 'Source L2', codes: [] },
			{ id: 'Source L3', codes: [] },
			{ id: 'Source L4', codes: [] },
		]);
	});

	test('returns the citing codes ascending and once each', () => {
		const crosswalk = buildCrosswalk(
			[
				control(9, { owaspCicd: ['CICD-SEC-1', 'CICD-SEC-1'] }),
				control(2, { owaspCicd: ['CICD-SEC-1'] }),
			],
			none
		);
		const entry = crosswalk
			.find((c) => c.framework === 'owaspCicd')
			?.entries.find((e) => e.id === 'CICD-SEC-1');
		expect(entry?.codes).toEqual([2, 9]);
	});

	test('returns a cited ID the framework does not define after the defined ones', () => {
		const crosswalk = buildCrosswalk(
			[control(1, { s2c2f: ['ZZZ-2', 'ING-1'] }), control(2, { s2c2f: ['AAA-9'] })],
			none
		);
		const ids = crosswalk.find((c) => c.framework === 's2c2f')?.entries.map((e) => e.id) ?? [];
		expect(ids.slice(0, 1)).toEqual(['ING-1']);
		expect(ids.slice(-2)).toEqual(['AAA-9', 'ZZZ-2']);
	});

	test('returns the workshop tasks with their titles', () => {
		const crosswalk = buildCrosswalk(
			[control(3, { msZtw: ['DS_002'] })],
			definedIds([
				{ id: 'DS_001', title: 'First task' },
				{ id: 'DS_002', title: 'Second task' },
			])
		);
		expect(crosswalk.find((c) => c.framework === 'msZtw')?.entries).toEqual([
			{ id: 'DS_001', title: 'First task', codes: [] },
			{ id: 'DS_002', title: 'Second task', codes: [3] },
		]);
	});

	test('returns the frameworks in FRAMEWORK_KEYS order', () => {
		expect(buildCrosswalk([], none).map((c) => c.framework)).toEqual([...FRAMEWORK_KEYS]);
	});
});

describe('referencedCrosswalk', () => {
	test('returns only cited IDs, without titles', () => {
		const full = buildCrosswalk(
			[control(3, { msZtw: ['DS_002'] })],
			definedIds([
				{ id: 'DS_001', title: 'First task' },
				{ id: 'DS_002', title: 'Second task' },
			])
		);
		const msZtw = referencedCrosswalk(full).find((c) => c.framework === 'msZtw');
		expect(msZtw?.entries).toEqual([{ id: 'DS_002', codes: [3] }]);
	});
});

describe('the crosswalk of the real catalogue', () => {
	const content = loadContent();
	const crosswalk = buildCrosswalk(
		content.controls.map((c) => c.data),
		definedIds(content.workshop.tasks)
	);

	test('returns every citation of every control', () => {
		for (const { data } of content.controls) {
			for (const key of FRAMEWORK_KEYS) {
				const entries = crosswalk.find((c) => c.framework === key)?.entries ?? [];
				for (const id of data.frameworks[key]) {
					expect(entries.find((e) => e.id === id)?.codes, `${key} ${id}`).toContain(data.code);
				}
			}
		}
	});

	test('returns only IDs the frameworks define', () => {
		const defined = definedIds(content.workshop.tasks);
		for (const { framework, entries } of crosswalk) {
			expect(entries.map((e) => e.id)).toEqual(defined[framework].map((d) => d.id));
		}
	});

	test('returns every framework cited by at least one control', () => {
		for (const { framework, entries } of referencedCrosswalk(crosswalk)) {
			expect(entries.length, framework).toBeGreaterThan(0);
		}
	});

	test('gives every ID a distinct anchor on its page', () => {
		for (const { framework, entries } of crosswalk) {
			const anchors = entries.map((e) => anchorOfId(e.id));
			expect(new Set(anchors).size, framework).toBe(anchors.length);
		}
	});
});

describe('keys', () => {
	test('returns each framework from its slug, and undefined for an unknown slug', () => {
		for (const key of FRAMEWORK_KEYS) expect(frameworkOfSlug(FRAMEWORKS[key].slug)).toBe(key);
		expect(frameworkOfSlug('iso-27001')).toBeUndefined();
	});

	test.each([
		['PO.5.1', 'id-po-5-1'],
		['Identity: Authentication', 'id-identity-authentication'],
		['Build L3', 'id-build-l3'],
		['DS_007', 'id-ds-007'],
		['***', 'id-x'],
	])('returns the anchor of %s', (id, anchor) => {
		expect(anchorOfId(id)).toBe(anchor);
	});
});
