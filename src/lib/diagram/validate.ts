/**
 * Checks on diagram content that the schema cannot express: cross-references (flows and threat
 * attachments naming things that exist), every threat placed where it belongs, and a layout
 * where nothing covers anything else. Each returns a list of problems in words; empty is good.
 */
import type { EnvironmentId } from '../ids';
import type { Diagram } from '../../schemas/diagram';
import { circleBox, contains, overlaps, textWidth, type Point, type Rect } from './geometry';
import { FONT, MARKER_RADIUS, NODE_PADDING, type DiagramLayout } from './layout';

/** The id of the diagram that shows everything. */
export const OVERVIEW_ID = 'overview';

/** Unknown or duplicate ids, flows between unknown nodes, threats that do not exist. */
export function referenceProblems(diagram: Diagram, threatIds: ReadonlySet<string>): string[] {
	const problems: string[] = [];
	const nodeIds = new Set<string>();
	const flowIds = new Set<string>();
	const seen = new Set<string>();
	for (const { id } of [...diagram.nodes, ...diagram.flows, ...diagram.boundaries]) {
		if (seen.has(id)) problems.push(`the id "${id}" is used twice`);
		seen.add(id);
	}
	for (const node of diagram.nodes) nodeIds.add(node.id);
	for (const flow of diagram.flows) {
		flowIds.add(flow.id);
		for (const end of [flow.from, flow.to]) {
			if (!nodeIds.has(end)) problems.push(`flow "${flow.id}" names unknown node "${end}"`);
		}
		if (flow.from === flow.to) problems.push(`flow "${flow.id}" starts and ends at "${flow.from}"`);
	}
	for (const [threat, on] of Object.entries(diagram.threats)) {
		if (!threatIds.has(threat)) problems.push(`unknown threat "${threat}"`);
		const listed = new Set<string>();
		for (const id of on) {
			if (!nodeIds.has(id) && !flowIds.has(id)) {
				problems.push(`threat "${threat}" is attached to unknown node or flow "${id}"`);
			}
			if (listed.has(id)) problems.push(`threat "${threat}" lists "${id}" twice`);
			listed.add(id);
		}
	}
	return problems;
}

/**
 * Threats missing from the diagrams they belong on: every threat on the overview and on the
 * diagram of its own environment (whose id is the environment id).
 */
export function placementProblems(
	diagrams: ReadonlyMap<string, Diagram>,
	threats: readonly { id: string; environment: EnvironmentId }[]
): string[] {
	const problems: string[] = [];
	for (const threat of threats) {
		for (const id of [OVERVIEW_ID, threat.environment]) {
			const diagram = diagrams.get(id);
			if (!diagram) problems.push(`diagram "${id}" is missing`);
			else if (!Object.hasOwn(diagram.threats, threat.id)) {
				problems.push(`threat "${threat.id}" is not placed on diagram "${id}"`);
			}
		}
	}
	return [...new Set(problems)];
}

/** True when the segment a-b passes through the inside of `r`. */
export function segmentCrossesRect(a: Point, b: Point, r: Rect): boolean {
	// Liang-Barsky clipping against the box shrunk by a hair, so touching an edge is not crossing.
	const e = 0.5;
	const [x0, y0, x1, y1] = [r.x + e, r.y + e, r.x + r.w - e, r.y + r.h - e];
	let t0 = 0;
	let t1 = 1;
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const edges: [number, number][] = [
		[-dx, a.x - x0],
		[dx, x1 - a.x],
		[-dy, a.y - y0],
		[dy, y1 - a.y],
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 > t1) return false;
	}
	return t1 - t0 > 1e-6;
}

/** The shortest distance from `p` to the segment a-b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const length2 = dx * dx + dy * dy;
	const t =
		length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
	return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * Layout problems a reader would see: parts outside the drawing, boxes on top of each other,
 * text that does not fit its box, arrows through other boxes, and markers or labels covering
 * text, boxes or each other.
 */
export function layoutProblems(layout: DiagramLayout): string[] {
	const problems: string[] = [];
	const canvas: Rect = { x: 0, y: 0, w: layout.width, h: layout.height };
	const { nodes, flows, boundaries, markers } = layout;

	for (const b of boundaries) {
		if (!contains(canvas, b)) problems.push(`boundary "${b.id}" reaches outside the drawing`);
		if (b.labelBox.w > b.w - 16) problems.push(`boundary "${b.id}" is too narrow for its label`);
	}
	nodes.forEach((node, i) => {
		if (!contains(canvas, node)) problems.push(`node "${node.id}" reaches outside the drawing`);
		const widest = Math.max(...node.lines.map((line) => textWidth(line, FONT.node)));
		if (widest > node.w - 2 * NODE_PADDING + 0.5)
			problems.push(`the label of "${node.id}" is too wide for its box`);
		if (node.textBox.h > node.h - 8)
			problems.push(`the label of "${node.id}" is too tall for its box`);
		for (const other of nodes.slice(i + 1)) {
			if (overlaps(node, other, 4)) problems.push(`nodes "${node.id}" and "${other.id}" overlap`);
		}
		for (const b of boundaries) {
			if (overlaps(node, b.labelBox, 2))
				problems.push(`node "${node.id}" covers the label of boundary "${b.id}"`);
		}
	});
	flows.forEach((flow, i) => {
		for (let s = 1; s < flow.points.length; s++) {
			for (const node of nodes) {
				if (node.id === flow.from || node.id === flow.to) continue;
				if (segmentCrossesRect(flow.points[s - 1]!, flow.points[s]!, node)) {
					problems.push(`flow "${flow.id}" runs through node "${node.id}"`);
				}
			}
		}
		for (const node of nodes) {
			if (overlaps(flow.labelBox, node, 1))
				problems.push(`the label of flow "${flow.id}" covers node "${node.id}"`);
		}
		for (const other of flows.slice(i + 1)) {
			if (overlaps(flow.labelBox, other.labelBox, 2)) {
				problems.push(`the labels of flows "${flow.id}" and "${other.id}" overlap`);
			}
		}
		for (const b of boundaries) {
			if (overlaps(flow.labelBox, b.labelBox, 2)) {
				problems.push(`the label of flow "${flow.id}" covers the label of boundary "${b.id}"`);
			}
		}
	});
	markers.forEach((marker, i) => {
		const box = circleBox(marker, MARKER_RADIUS);
		if (!contains(canvas, box))
			problems.push(`the marker of "${marker.threat}" is outside the drawing`);
		for (const other of markers.slice(i + 1)) {
			if (Math.hypot(marker.x - other.x, marker.y - other.y) < 2 * MARKER_RADIUS + 2) {
				problems.push(`the markers of "${marker.threat}" and "${other.threat}" overlap`);
			}
		}
		for (const node of nodes) {
			if (overlaps(box, node.textBox, 1))
				problems.push(`the marker of "${marker.threat}" covers the label of "${node.id}"`);
			// A marker straddles the edge of its own box; it must not cover anyone else's.
			if (node.id !== marker.anchor && overlaps(box, node, 1)) {
				problems.push(`the marker of "${marker.threat}" covers node "${node.id}"`);
			}
		}
		for (const flow of flows) {
			if (overlaps(box, flow.labelBox, 1))
				problems.push(`the marker of "${marker.threat}" covers the label of flow "${flow.id}"`);
			// Markers sit beside their own flow's label; on any other arrow they hide where it goes.
			if (flow.id === marker.anchor) continue;
			for (let s = 1; s < flow.points.length; s++) {
				if (distanceToSegment(marker, flow.points[s - 1]!, flow.points[s]!) < MARKER_RADIUS + 1) {
					problems.push(`the marker of "${marker.threat}" sits on the arrow of flow "${flow.id}"`);
					break;
				}
			}
		}
		for (const b of boundaries) {
			if (overlaps(box, b.labelBox, 1))
				problems.push(`the marker of "${marker.threat}" covers the label of boundary "${b.id}"`);
		}
	});
	return problems;
}
