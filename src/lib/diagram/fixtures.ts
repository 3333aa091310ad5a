/**
 * A small hand-made diagram for the layout, validation and explorer tests. Not imported by site
 * code.
 */
import type { Diagram } from '../../schemas/diagram';

/** Two boxes side by side, a third below, arrows between them and three threats. */
export function smallDiagram(overrides: Partial<Diagram> = {}): Diagram {
	return {
		title: 'A small diagram',
		summary: 'Three boxes, two arrows and three threats, for tests.',
		width: 600,
		height: 400,
		boundaries: [{ id: 'inside', label: 'Inside', kind: 'trust', x: 10, y: 10, w: 580, h: 380 }],
		nodes: [
			{
				id: 'left',
				label: 'Left box',
				kind: 'tool',
				description: 'The box on the left.',
				x: 40,
				y: 100,
				w: 160,
				h: 60,
			},
			{
				id: 'right',
				label: 'Right box',
				kind: 'service',
				description: 'The box on the right.',
				x: 400,
				y: 100,
				w: 160,
				h: 60,
			},
			{
				id: 'below',
				label: 'Below',
				kind: 'data',
				description: 'The box underneath.',
				x: 40,
				y: 280,
				w: 160,
				h: 60,
			},
		],
		flows: [
			{
				id: 'across',
				from: 'left',
				to: 'right',
				label: 'push',
				via: [],
				labelAt: 0.5,
				labelOffset: [0, 0],
			},
			{
				id: 'down',
				from: 'left',
				to: 'below',
				label: 'store',
				via: [],
				labelAt: 0.5,
				labelOffset: [0, 0],
			},
		],
		threats: {
			'threat-a': ['left', 'across'],
			'threat-b': ['across', 'right'],
			'threat-c': ['left'],
		},
		...overrides,
	};
}
