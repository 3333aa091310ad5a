import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { anyText, BANK, example, EXAMPLE } from './fixtures';
import { lightBank } from '../model';
import { scoreAssessment } from '../scoring';
import {
	actionItems,
	guideStepUrl,
	labelOf,
	paragraphsOf,
	priorityOfRank,
	trackerText,
} from './actions';
import { hostileAssessment, hostileBank, itemsOf, ORIGIN } from './tracker-fixtures';

describe('actionItems', () => {
	test('returns one item per step of the action plan, in roadmap order', () => {
		// 202: 3 × (1 + 3) × 3 = 36; 201: 2 × (1 + 3 + 3) × 2 = 28. 102, answered "Don't know", is
		// to find out first (as on the results page and in the action plan), not a work item.
		const items = itemsOf();
		expect(items.map((i) => [i.rank, i.of, i.code, i.score, i.priority])).toEqual([
			[1, 2, 202, 36, 1],
			[2, 2, 201, 28, 3],
		]);
	});

	test('returns the fields a tracker item needs', () => {
		const [first] = itemsOf();
		expect(first).toMatchObject({
			control: 'Build provenance',
			environment: 'platform',
			environmentName: 'DevOps platform',
			current: 0,
			next: 1,
			target: 3,
			nextLooksLike: 'some',
			threats: [{ title: 'Tampered build', severity: 3 }],
			guideUrl: `${ORIGIN}/guides/build-provenance-attestations/#from-traditional-to-initial`,
			labels: ['trustline', 'devops-platform'],
			title: 'Build provenance: from Traditional to Initial',
			source: 'Payments team (2026-11-26)',
		});
	});

	test('reads the stage descriptions from the given bank when the roadmap comes from the light one', () => {
		const light = lightBank(BANK);
		const result = scoreAssessment(light, EXAMPLE.answers, EXAMPLE.targets);
		expect(actionItems(EXAMPLE, BANK, result, { origin: ORIGIN })).toEqual(itemsOf());
		expect(actionItems(EXAMPLE, light, result)[0]?.nextLooksLike).toBe('');
	});

	test('returns site-relative guide links without an origin', () => {
		expect(itemsOf(undefined, BANK, null)[0]?.guideUrl).toBe(
			'/guides/build-provenance-attestations/#from-traditional-to-initial'
		);
	});

	test('returns threats highest severity first, each once, skipping unknown ids', () => {
		const bank = structuredClone(BANK);
		const c = bank.controls.find((x) => x.code === 201);
		if (c) c.mitigates = ['ghost', 'stolen-token', 'tampered-build', 'stolen-token'];
		const item = itemsOf(undefined, bank).find((i) => i.code === 201);
		expect(item?.threats.map((t) => t.title)).toEqual(['Stolen token', 'Tampered build']);
	});

	test('returns an unnamed assessment as such', () => {
		expect(itemsOf(example({ name: '  ' }))[0]?.source).toBe('Unnamed assessment (2026-11-26)');
	});
});

describe('priorityOfRank', () => {
	test.each([
		[1, 1, 1],
		[1, 2, 1],
		[2, 2, 3],
		[1, 8, 1],
		[2, 8, 1],
		[3, 8, 2],
		[5, 8, 3],
		[8, 8, 4],
		[17, 17, 4],
		[1, 0, 1],
	])('returns rank %i of %i -> priority %i', (rank, of, priority) => {
		expect(priorityOfRank(rank, of)).toBe(priority);
	});

	test('returns priorities that never fall as the rank rises, and use all four from 4 items', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 500 }), (of) => {
				const list = Array.from({ length: of }, (_, i) => priorityOfRank(i + 1, of));
				list.forEach((p, i) => expect(p).toBeGreaterThanOrEqual(list[i - 1] ?? 1));
				if (of >= 4) expect(new Set(list)).toEqual(new Set([1, 2, 3, 4]));
			})
		);
	});
});

describe('trackerText', () => {
	test('returns text without control, bidi or lone-surrogate characters', () => {
		expect(trackerText('a\u0000b\u0007c\u202ed\u2066e\ud800f\r\ng\u0085h')).toBe('abcdef\ng\nh');
	});

	test('returns long text whole: trackers have their own limits', () => {
		expect(trackerText('x'.repeat(5000))).toHaveLength(5000);
		expect(trackerText('y'.repeat(5000), false)).toHaveLength(5000);
	});

	test('returns one line when asked', () => {
		expect(trackerText('a\nb\r\nc\td\u2028e', false)).toBe('a b c d e');
	});

	test('returns well-formed text for any input', () => {
		fc.assert(
			fc.property(anyText(80), fc.boolean(), (text, multiline) => {
				const clean = trackerText(text, multiline);
				expect(clean.isWellFormed()).toBe(true);
				expect(() => encodeURIComponent(clean)).not.toThrow();
				// eslint-disable-next-line no-control-regex
				expect(clean).not.toMatch(multiline ? /[\u0000-\u0008\u000b-\u001f]/ : /[\u0000-\u001f]/);
			})
		);
	});
});

describe('labelOf', () => {
	test.each([
		['Developer environment', 'developer-environment'],
		['DevOps platform', 'devops-platform'],
		['  ', 'environment'],
	])('returns the label of %j', (name, label) => {
		expect(labelOf(name)).toBe(label);
	});
});

describe('guideStepUrl', () => {
	test('returns one link whatever the slashes at the end of the origin', () => {
		expect(guideStepUrl('https://a.example//', 'g', 'from-initial-to-advanced')).toBe(
			'https://a.example/guides/g/#from-initial-to-advanced'
		);
	});
});

describe('paragraphsOf', () => {
	test('returns the step, the next stage, the threats, the guide and the source', () => {
		const [first] = itemsOf();
		expect(first && paragraphsOf(first)).toEqual([
			{
				key: 'step',
				label: 'Step',
				text: 'Raise “Build provenance” (control 202, DevOps platform) from Traditional to Initial. The target for this environment is Optimal.',
			},
			{ key: 'next', label: 'What Initial looks like', text: 'some' },
			{ key: 'threats', label: 'Threats it mitigates', text: 'Tampered build (High)' },
			{
				key: 'guide',
				label: 'How to get there',
				text: `${ORIGIN}/guides/build-provenance-attestations/#from-traditional-to-initial`,
			},
			{
				key: 'from',
				label: 'From',
				text: 'Action 1 of 2 from the Trustline assessment Payments team (2026-11-26), priority 36 (weight × (1 + severities of the threats mitigated) × stages to climb).',
			},
		]);
	});

	test('returns no next-stage paragraph when the bank has no descriptions', () => {
		const items = itemsOf(hostileAssessment(), {
			...hostileBank(),
			controls: hostileBank().controls.map((c) => ({ ...c, levels: ['', '', '', ''] })),
		});
		expect(items[0] && paragraphsOf(items[0]).map((p) => p.key)).toEqual([
			'step',
			'threats',
			'guide',
			'from',
		]);
	});
});
