import { describe, expect, test } from 'vitest';
import { smallDiagram } from './fixtures';
import { textWidth } from './geometry';
import {
	boundaryOf,
	describePart,
	FONT,
	highlightShapes,
	layoutDiagram,
	MARKER_GAP,
	MARKER_RADIUS,
	NODE_MARKER_LIFT,
	readingOrder,
} from './layout';

const layout = layoutDiagram(smallDiagram());
const marker = (threat: string) => layout.markers.find((m) => m.threat === threat)!;

describe('layoutDiagram', () => {
	test('returns a straight arrow between boxes side by side and one between stacked boxes', () => {
		expect(layout.flows.find((f) => f.id === 'across')?.d).toBe('M200 130L400 130');
		expect(layout.flows.find((f) => f.id === 'down')?.d).toBe('M120 160L120 280');
	});

	test('returns node markers right-aligned just above the box, in the order the file lists them', () => {
		const a = marker('threat-a');
		const c = marker('threat-c');
		expect(a.y).toBe(100 - NODE_MARKER_LIFT);
		expect(a.x).toBe(200 - 8 - MARKER_RADIUS);
		expect(c.x).toBe(a.x - 2 * MARKER_RADIUS - MARKER_GAP);
	});

	test('returns a flow’s markers right after its label, the pair centred on the label point', () => {
		const flow = layout.flows.find((f) => f.id === 'across')!;
		const b = marker('threat-b');
		const width = textWidth('push', FONT.flow);
		expect(b.y).toBe(130);
		expect(b.x).toBeCloseTo(flow.labelX + width / 2 + MARKER_GAP + MARKER_RADIUS, 0);
		expect((flow.labelX - width / 2 + b.x + MARKER_RADIUS) / 2).toBeCloseTo(300, 0);
	});

	test('returns every marker numbered once, in reading order, with the ids it attaches to', () => {
		expect(layout.markers.map((m) => m.n)).toEqual([1, 2, 3]);
		expect(layout.markers.map((m) => m.threat)).toEqual(['threat-c', 'threat-a', 'threat-b']);
		expect(marker('threat-b').on).toEqual(['across', 'right']);
	});

	test('returns the label of a box split into lines that fit it', () => {
		const wide = layoutDiagram(
			smallDiagram({
				nodes: [
					{
						id: 'n',
						label: 'A rather long label for a box',
						kind: 'tool',
						description: 'Long label.',
						x: 0,
						y: 0,
						w: 100,
						h: 80,
					},
					{
						id: 'm',
						label: 'Other',
						kind: 'tool',
						description: 'Other box.',
						x: 300,
						y: 0,
						w: 100,
						h: 80,
					},
				],
				flows: [],
				threats: {},
			})
		);
		expect(wide.nodes[0]?.lines.length).toBeGreaterThan(1);
		expect(wide.nodes[0]?.baselines).toHaveLength(wide.nodes[0]!.lines.length);
	});
});

describe('readingOrder', () => {
	test('returns columns left to right, then top to bottom, keeping each anchor’s markers together', () => {
		const anchors = new Map([
			['top-right', { x: 500, y: 0 }],
			['low-left', { x: 10, y: 300 }],
			['top-left', { x: 20, y: 0 }],
		]);
		const items = [
			{ threat: 'a', anchor: 'top-right', x: 500, y: 0 },
			{ threat: 'b', anchor: 'low-left', x: 10, y: 300 },
			{ threat: 'c', anchor: 'top-left', x: 60, y: 0 },
			{ threat: 'd', anchor: 'top-left', x: 20, y: 0 },
		];
		expect(readingOrder(items, anchors, 100).map((i) => i.threat)).toEqual(['d', 'c', 'b', 'a']);
	});
});

describe('highlightShapes and text', () => {
	test('returns the arrow path of a flow and a ring around a box', () => {
		const shapes = highlightShapes(layout, ['across', 'left', 'nothing']);
		expect(shapes).toEqual({ across: 'M200 130L400 130', left: 'M36 96h168v68h-168Z' });
	});

	test('returns a node’s label and a flow as "from → to (label)"', () => {
		expect(describePart(layout, 'left')).toBe('Left box');
		expect(describePart(layout, 'down')).toBe('Left box → Below (store)');
	});

	test('returns the innermost boundary around a box', () => {
		const nested = layoutDiagram(
			smallDiagram({
				boundaries: [
					{ id: 'outer', label: 'Outer', kind: 'trust', x: 0, y: 0, w: 600, h: 400 },
					{ id: 'inner', label: 'Inner', kind: 'external', x: 20, y: 80, w: 200, h: 100 },
				],
			})
		);
		expect(boundaryOf(nested, nested.nodes[0]!)?.id).toBe('inner');
		expect(boundaryOf(nested, nested.nodes[1]!)?.id).toBe('outer');
		expect(boundaryOf(nested, { x: 700, y: 0, w: 1, h: 1 })).toBeUndefined();
	});
});
