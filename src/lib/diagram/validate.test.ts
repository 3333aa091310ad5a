import { describe, expect, test } from 'vitest';
import { smallDiagram } from './fixtures';
import { layoutDiagram } from './layout';
import {
	layoutProblems,
	placementProblems,
	referenceProblems,
	segmentCrossesRect,
} from './validate';

const threats = new Set(['threat-a', 'threat-b', 'threat-c']);

describe('referenceProblems', () => {
	test('returns nothing for a diagram whose ids all resolve', () => {
		expect(referenceProblems(smallDiagram(), threats)).toEqual([]);
	});

	test('returns unknown threats, unknown attachments and flows to unknown nodes', () => {
		const diagram = smallDiagram({
			flows: [
				{
					id: 'across',
					from: 'left',
					to: 'nowhere',
					label: 'push',
					via: [],
					labelAt: 0.5,
					labelOffset: [0, 0],
				},
			],
			threats: { 'threat-a': ['left', 'missing-flow'], 'threat-z': ['left'] },
		});
		expect(referenceProblems(diagram, threats)).toEqual([
			'flow "across" names unknown node "nowhere"',
			'threat "threat-a" is attached to unknown node or flow "missing-flow"',
			'unknown threat "threat-z"',
		]);
	});

	test('returns ids used twice, loops and attachments listed twice', () => {
		const base = smallDiagram();
		const diagram = smallDiagram({
			nodes: [...base.nodes, { ...base.nodes[0]!, y: 200 }],
			flows: [
				{
					id: 'loop',
					from: 'left',
					to: 'left',
					label: 'self',
					via: [],
					labelAt: 0.5,
					labelOffset: [0, 0],
				},
			],
			threats: { 'threat-a': ['left', 'left'] },
		});
		expect(referenceProblems(diagram, threats)).toEqual([
			'the id "left" is used twice',
			'flow "loop" starts and ends at "left"',
			'threat "threat-a" lists "left" twice',
		]);
	});
});

describe('placementProblems', () => {
	const overview = smallDiagram();
	const developer = smallDiagram({ threats: { 'threat-a': ['left'] } });

	test('returns nothing when each threat is on the overview and its environment diagram', () => {
		const diagrams = new Map([
			['overview', overview],
			['developer', developer],
		]);
		expect(placementProblems(diagrams, [{ id: 'threat-a', environment: 'developer' }])).toEqual([]);
	});

	test('returns threats missing from a diagram and diagrams that do not exist', () => {
		const diagrams = new Map([
			['overview', smallDiagram({ threats: {} })],
			['developer', developer],
		]);
		expect(
			placementProblems(diagrams, [
				{ id: 'threat-a', environment: 'developer' },
				{ id: 'threat-b', environment: 'platform' },
			])
		).toEqual([
			'threat "threat-a" is not placed on diagram "overview"',
			'threat "threat-b" is not placed on diagram "overview"',
			'diagram "platform" is missing',
		]);
	});
});

describe('layoutProblems', () => {
	test('returns nothing for a tidy layout', () => {
		expect(layoutProblems(layoutDiagram(smallDiagram()))).toEqual([]);
	});

	test('returns boxes on top of each other, arrows through boxes and parts outside the drawing', () => {
		const base = smallDiagram();
		const diagram = smallDiagram({
			nodes: [
				...base.nodes,
				{
					id: 'middle',
					label: 'Middle',
					kind: 'tool',
					description: 'In the way.',
					x: 260,
					y: 110,
					w: 60,
					h: 40,
				},
				{
					id: 'clash',
					label: 'Clash',
					kind: 'tool',
					description: 'On top of another.',
					x: 60,
					y: 290,
					w: 80,
					h: 40,
				},
				{
					id: 'off',
					label: 'Off',
					kind: 'tool',
					description: 'Off the edge.',
					x: 560,
					y: 300,
					w: 80,
					h: 40,
				},
			],
		});
		const problems = layoutProblems(layoutDiagram(diagram));
		expect(problems).toContain('flow "across" runs through node "middle"');
		expect(problems).toContain('nodes "below" and "clash" overlap');
		expect(problems).toContain('node "off" reaches outside the drawing');
		expect(problems).toContain('the label of flow "across" covers node "middle"');
	});

	test('returns markers that collide with each other', () => {
		const diagram = smallDiagram({
			nodes: smallDiagram().nodes.map((n) => (n.id === 'left' ? { ...n, w: 50, x: 40 } : n)),
			threats: { 'threat-a': ['left'], 'threat-b': ['left'], 'threat-c': ['left'] },
		});
		expect(layoutProblems(layoutDiagram(diagram))).toContain(
			'the marker of "threat-c" is outside the drawing'
		);
	});
});

describe('segmentCrossesRect', () => {
	const r = { x: 10, y: 10, w: 20, h: 20 };

	test.each([
		[{ x: 0, y: 20 }, { x: 40, y: 20 }, true],
		[{ x: 0, y: 0 }, { x: 5, y: 40 }, false],
		[{ x: 0, y: 10 }, { x: 40, y: 10 }, false],
		[{ x: 20, y: 0 }, { x: 20, y: 15 }, true],
	])('from %o to %o returns %s', (a, b, expected) => {
		expect(segmentCrossesRect(a, b, r)).toBe(expected);
	});
});
