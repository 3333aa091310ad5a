import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	comparisonSnapshot,
	keptComparison,
	KEPT_SCHEMA,
	MAX_COMPARISON_SNAPSHOTS,
	parseKept,
	readKept,
	withComparisonSnapshot,
} from './kept';

const NOW = new Date('2026-11-30T14:05:00.000Z');
const COLUMNS = [
	{ label: 'Payments team', source: 'link' as const },
	{ label: ' Platform\nteam ', source: 'file' as const },
];
const last = keptComparison('c.AXicY2BgAAAABQABAAAAAA', COLUMNS, NOW);

describe('keptComparison', () => {
	test('returns the fragment, the time and the columns’ cleaned names and sources', () => {
		expect(last).toEqual({
			fragment: 'c.AXicY2BgAAAABQABAAAAAA',
			savedAt: '2026-11-30T14:05:00.000Z',
			names: ['Payments team', 'Platform team'],
			sources: ['link', 'file'],
		});
		expect(comparisonSnapshot(last.fragment, COLUMNS, NOW, 'snap1')).toEqual({
			id: 'snap1',
			...last,
		});
	});
});

describe('readKept', () => {
	test('reads back what it keeps', () => {
		const state = {
			schema: KEPT_SCHEMA,
			last,
			snapshots: [comparisonSnapshot(last.fragment, COLUMNS, NOW, 'snap1')],
		};
		expect(readKept(JSON.stringify(state))).toEqual({ status: 'ok', value: state, dropped: [] });
	});

	test.each([
		['', 'empty'],
		['{"schema":1,', 'not valid JSON'],
		['[]', 'not an object'],
		['{"schema":2,"last":null}', 'newer Trustline'],
		['{"last":null}', 'no known format'],
	])('reports %j as %s', (raw, words) => {
		const outcome = readKept(raw);
		if (words === 'empty') expect(outcome).toEqual({ status: 'empty' });
		else
			expect(outcome).toMatchObject({
				status: 'unreadable',
				problem: expect.stringContaining(words),
			});
	});

	test('drops what cannot be read and keeps the rest', () => {
		const raw = JSON.stringify({
			schema: 1,
			last: { ...last, fragment: 'r.notacomparison' },
			snapshots: [
				{ ...last, id: 'ok' },
				{ ...last, id: 'ok' },
				{ ...last, id: 'bad id!' },
				{ ...last, id: 'late', savedAt: 'yesterday' },
				{ ...last, id: 'mixed', names: ['A', 7], sources: ['file', 'server'] },
			],
		});
		const outcome = readKept(raw);
		if (outcome.status !== 'ok') throw new Error(outcome.status);
		expect(outcome.value.last).toBeNull();
		expect(outcome.value.snapshots.map((s) => s.id)).toEqual(['ok', 'mixed']);
		// A name that is not text reads as empty; an unknown source as a comparison link.
		expect(outcome.value.snapshots[1]).toMatchObject({
			names: ['A', ''],
			sources: ['file', 'comparison'],
		});
		expect(outcome.dropped).toEqual([
			'the last comparison could not be read',
			'a snapshot of a comparison was stored twice',
			'a snapshot of a comparison could not be read',
			'a snapshot of a comparison could not be read',
		]);
	});

	test('never throws, whatever storage holds', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((v) => JSON.stringify({ schema: 1, last: v, snapshots: [v] }))
				),
				(raw) => {
					expect(() => readKept(raw)).not.toThrow();
				}
			),
			{ numRuns: 300 }
		);
		fc.assert(
			fc.property(fc.anything(), (value) => {
				const kept = parseKept(value);
				if (kept) expect(kept.fragment).toMatch(/^c\.[A-Za-z0-9_-]+$/);
			})
		);
	});
});

describe('withComparisonSnapshot', () => {
	test('adds the snapshot last and keeps at most MAX_COMPARISON_SNAPSHOTS', () => {
		const many = Array.from({ length: MAX_COMPARISON_SNAPSHOTS }, (_, i) =>
			comparisonSnapshot(last.fragment, COLUMNS, NOW, `s${i}`)
		);
		const next = withComparisonSnapshot(
			many,
			comparisonSnapshot(last.fragment, COLUMNS, NOW, 'new')
		);
		expect(next).toHaveLength(MAX_COMPARISON_SNAPSHOTS);
		expect(next[0]!.id).toBe('s1');
		expect(next.at(-1)!.id).toBe('new');
	});
});
