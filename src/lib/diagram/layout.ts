/**
 * Lays a diagram out from its content: where each box's text goes, the path of each arrow, where
 * flow labels sit and where each threat's marker goes, and the order markers are numbered and
 * walked in. The build draws the SVG from this and the island places its markers with it, so the
 * two always agree.
 */
import type { Diagram, NodeKind } from '../../schemas/diagram';
import {
	connect,
	pathData,
	pointAlong,
	rectPath,
	round,
	textWidth,
	wrapText,
	type Point,
	type Rect,
} from './geometry';

/** Font sizes in user units (the site draws diagrams 1000 units wide). */
export const FONT = { node: 14, flow: 12, boundary: 13 } as const;
/** Distance between the baselines of a box's lines. */
export const NODE_LINE_HEIGHT = 17;
/** Inner padding on the left and right of a box's text. */
export const NODE_PADDING = 8;
/** Threat marker radius and the gap between neighbouring markers. */
export const MARKER_RADIUS = 14;
export const MARKER_GAP = 6;
/** How far above a box's top edge its markers' centres sit. */
export const NODE_MARKER_LIFT = 4;

export interface NodeLayout extends Rect {
	id: string;
	label: string;
	kind: NodeKind;
	/** The label split into lines that fit the box. */
	lines: string[];
	/** Horizontal centre of the text. */
	textX: number;
	/** Baseline of each line. */
	baselines: number[];
	/** The area the text covers, for collision checks. */
	textBox: Rect;
}

export interface FlowLayout {
	id: string;
	from: string;
	to: string;
	label: string;
	points: Point[];
	/** SVG path data of the arrow. */
	d: string;
	/** Horizontal centre and baseline of the label. */
	labelX: number;
	labelY: number;
	/** The area the label covers. */
	labelBox: Rect;
}

export interface BoundaryLayout extends Rect {
	id: string;
	label: string;
	kind: 'trust' | 'external';
	labelX: number;
	labelY: number;
	labelBox: Rect;
}

export interface MarkerLayout {
	threat: string;
	/** 1-based number shown on the marker, in reading order. */
	n: number;
	x: number;
	y: number;
	/** The node or flow the marker sits on (the first of `on`). */
	anchor: string;
	/** Every node and flow id the threat attaches to. */
	on: string[];
}

export interface DiagramLayout {
	width: number;
	height: number;
	boundaries: BoundaryLayout[];
	nodes: NodeLayout[];
	flows: FlowLayout[];
	/** In reading order (`n` ascending). */
	markers: MarkerLayout[];
}

/** How far one marker's centre is from the next one's in a row. */
const STEP = 2 * MARKER_RADIUS + MARKER_GAP;

function layoutNode(node: Diagram['nodes'][number]): NodeLayout {
	const lines = wrapText(node.label, node.w - 2 * NODE_PADDING, FONT.node);
	const cy = node.y + node.h / 2;
	// A 14-unit sans-serif line's visual middle sits about 5 units above its baseline.
	const first = cy + 5 - ((lines.length - 1) * NODE_LINE_HEIGHT) / 2;
	const baselines = lines.map((_, i) => round(first + i * NODE_LINE_HEIGHT));
	const widest = Math.max(...lines.map((line) => textWidth(line, FONT.node)));
	const textX = node.x + node.w / 2;
	return {
		id: node.id,
		label: node.label,
		kind: node.kind,
		x: node.x,
		y: node.y,
		w: node.w,
		h: node.h,
		lines,
		textX,
		baselines,
		textBox: {
			x: textX - widest / 2,
			y: first - 11,
			w: widest,
			h: (lines.length - 1) * NODE_LINE_HEIGHT + 14,
		},
	};
}

/** The room a flow's threat markers take to the right of its label. */
function markersWidth(count: number): number {
	return count === 0 ? 0 : MARKER_GAP + count * 2 * MARKER_RADIUS + (count - 1) * MARKER_GAP;
}

/**
 * Lays out a validated diagram. Ids that do not resolve are skipped rather than thrown on (the
 * content test reports them); `validateDiagram` says what is wrong.
 */
export function layoutDiagram(diagram: Diagram): DiagramLayout {
	const nodes = diagram.nodes.map(layoutNode);
	const nodeById = new Map(nodes.map((n) => [n.id, n]));
	const attachments = Object.entries(diagram.threats);
	const byAnchor = new Map<string, string[]>();
	for (const [threat, on] of attachments) {
		const anchor = on[0]!;
		byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), threat]);
	}

	const markers: Omit<MarkerLayout, 'n'>[] = [];
	const onOf = new Map(attachments);
	/** Where each node or flow sits for ordering: a box's top centre, a flow's label. */
	const anchorPoint = new Map<string, Point>(
		nodes.map((n) => [n.id, { x: n.x + n.w / 2, y: n.y }])
	);

	const flows: FlowLayout[] = [];
	for (const flow of diagram.flows) {
		const from = nodeById.get(flow.from);
		const to = nodeById.get(flow.to);
		if (!from || !to) continue;
		const points = connect(
			from,
			to,
			flow.via.map(([x, y]) => ({ x, y }))
		);
		const at = pointAlong(points, flow.labelAt);
		const px = at.x + flow.labelOffset[0];
		const py = at.y + flow.labelOffset[1];
		const threats = byAnchor.get(flow.id) ?? [];
		anchorPoint.set(flow.id, { x: px, y: py });
		const tw = textWidth(flow.label, FONT.flow);
		const start = px - (tw + markersWidth(threats.length)) / 2;
		threats.forEach((threat, i) => {
			markers.push({
				threat,
				x: round(start + tw + MARKER_GAP + MARKER_RADIUS + i * STEP),
				y: round(py),
				anchor: flow.id,
				on: onOf.get(threat) ?? [],
			});
		});
		flows.push({
			id: flow.id,
			from: flow.from,
			to: flow.to,
			label: flow.label,
			points,
			d: pathData(points),
			labelX: round(start + tw / 2),
			labelY: round(py + 4),
			labelBox: { x: start - 3, y: py - 9, w: tw + 6, h: 18 },
		});
	}

	for (const node of nodes) {
		(byAnchor.get(node.id) ?? []).forEach((threat, i) => {
			markers.push({
				threat,
				// Right-aligned along the top edge, so they never cover the centred label.
				x: round(node.x + node.w - NODE_PADDING - MARKER_RADIUS - i * STEP),
				// A little above the edge, so two lines of label still clear the marker.
				y: node.y - NODE_MARKER_LIFT,
				anchor: node.id,
				on: onOf.get(threat) ?? [],
			});
		});
	}

	const boundaries = diagram.boundaries.map((b): BoundaryLayout => {
		const tw = textWidth(b.label, FONT.boundary) * 1.08; // bold runs a little wider
		return {
			...b,
			labelX: b.x + 10,
			labelY: b.y + 19,
			labelBox: { x: b.x + 8, y: b.y + 6, w: tw + 4, h: 17 },
		};
	});

	return {
		width: diagram.width,
		height: diagram.height,
		boundaries,
		nodes,
		flows,
		markers: readingOrder(markers, anchorPoint, diagram.width / 8).map((m, i) => ({
			...m,
			n: i + 1,
		})),
	};
}

/**
 * Reading order for markers: the markers of one node or flow stay together, left to right; the
 * nodes and flows go by columns left to right (the way work flows through the diagrams), then top
 * to bottom within a column. Total and stable, so numbers never shuffle between builds.
 */
export function readingOrder<T extends Point & { anchor: string; threat: string }>(
	items: readonly T[],
	anchorPoint: ReadonlyMap<string, Point>,
	columnWidth: number
): T[] {
	const at = (item: T) => anchorPoint.get(item.anchor) ?? item;
	const column = (p: Point) => Math.floor(p.x / columnWidth);
	return [...items].sort((a, b) => {
		const pa = at(a);
		const pb = at(b);
		return (
			column(pa) - column(pb) ||
			pa.y - pb.y ||
			pa.x - pb.x ||
			(a.anchor < b.anchor ? -1 : a.anchor > b.anchor ? 1 : 0) ||
			a.x - b.x ||
			(a.threat < b.threat ? -1 : a.threat > b.threat ? 1 : 0)
		);
	});
}

/**
 * The outline to light up for each node and flow id: an arrow's own path, or a box's outline
 * grown a little so the highlight rings it.
 */
export function highlightShapes(
	layout: DiagramLayout,
	ids: Iterable<string>
): Record<string, string> {
	const wanted = new Set(ids);
	const shapes: Record<string, string> = {};
	for (const flow of layout.flows) if (wanted.has(flow.id)) shapes[flow.id] = flow.d;
	for (const node of layout.nodes) if (wanted.has(node.id)) shapes[node.id] = rectPath(node, 4);
	return shapes;
}

/** A flow's or a node's name for the text version, e.g. "Source control → CI/CD pipelines (trigger builds)". */
export function describePart(layout: DiagramLayout, id: string): string {
	const node = layout.nodes.find((n) => n.id === id);
	if (node) return node.label;
	const flow = layout.flows.find((f) => f.id === id);
	if (!flow) return id;
	const name = (nodeId: string) => layout.nodes.find((n) => n.id === nodeId)?.label ?? nodeId;
	return `${name(flow.from)} → ${name(flow.to)} (${flow.label})`;
}

/** The innermost boundary holding the box, or undefined when it sits outside every boundary. */
export function boundaryOf(layout: DiagramLayout, rect: Rect): BoundaryLayout | undefined {
	return layout.boundaries
		.filter(
			(b) =>
				rect.x >= b.x &&
				rect.y >= b.y &&
				rect.x + rect.w <= b.x + b.w &&
				rect.y + rect.h <= b.y + b.h
		)
		.sort((a, b) => a.w * a.h - b.w * b.h)[0];
}
