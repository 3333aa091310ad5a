import { z } from 'astro/zod';
import { SlugSchema } from './common';

/**
 * Threat-model diagrams. Coordinates are SVG user units in the diagram's own `width` x `height`
 * box (the site draws every diagram 1000 units wide); the build renders the SVG from them, so
 * moving a box is an edit here, never in code. Cross-references (a flow naming a node that does
 * not exist, a threat placed on nothing) fail src/lib/diagram/content.test.ts.
 */

/** Whole, non-negative user units: diagrams are laid out on an integer grid. */
const Coordinate = z.number().int().min(0).max(4000);
/** A width or height in user units. */
const Extent = z.number().int().min(8).max(4000);

/** What a box stands for; it picks the box's shape and the word the text version uses. */
export const NODE_KINDS = [
	'person',
	'device',
	'tool',
	'data',
	'service',
	'pipeline',
	'registry',
	'identity',
	'network',
	'zone',
	'external',
] as const;
export const NodeKindSchema = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKindSchema>;

/** A component: a box with a label. */
export const DiagramNodeSchema = z.object({
	/** Unique within the diagram (shared with flow ids), e.g. "source-control". */
	id: SlugSchema,
	/** The box's text; " / " starts a new line. */
	label: z.string().min(2).max(60),
	/** What the component is. */
	kind: NodeKindSchema,
	/** One sentence for the text version: what the component is and what it holds. */
	description: z.string().min(10).max(240),
	/** Left edge. */
	x: Coordinate,
	/** Top edge. */
	y: Coordinate,
	/** Width. */
	w: Extent,
	/** Height. */
	h: Extent,
});
export type DiagramNode = z.infer<typeof DiagramNodeSchema>;

/** A point a flow bends at. */
export const PointSchema = z.tuple([Coordinate, Coordinate]);

/** A flow of code, data or access from one component to another, drawn as an arrow. */
export const DiagramFlowSchema = z.object({
	/** Unique within the diagram (shared with node ids), e.g. "push-commits". */
	id: SlugSchema,
	/** The node the flow starts at. */
	from: SlugSchema,
	/** The node the arrow points at. */
	to: SlugSchema,
	/** What moves, as a short phrase, e.g. "push commits". */
	label: z.string().min(2).max(40),
	/** Bends between the two boxes, in order; without them the arrow is straight. */
	via: z.array(PointSchema).max(6).default([]),
	/** Where along the arrow its label (and the threat markers on it) sit, 0 start to 1 end. */
	labelAt: z.number().min(0.05).max(0.95).default(0.5),
	/** Moves the label off the line by this many units, e.g. [0, -18] to lift it above. */
	labelOffset: z.tuple([z.number().int(), z.number().int()]).default([0, 0]),
});
export type DiagramFlow = z.infer<typeof DiagramFlowSchema>;

/** A trust boundary: a dashed rectangle around components that trust each other. */
export const DiagramBoundarySchema = z.object({
	/** Unique within the diagram, e.g. "developer-device". */
	id: SlugSchema,
	/** Shown in the boundary's top-left corner, e.g. "Developer environment". */
	label: z.string().min(2).max(60),
	/** 'external' for what the team does not control (the internet, public registries). */
	kind: z.enum(['trust', 'external']).default('trust'),
	/** Left edge. */
	x: Coordinate,
	/** Top edge. */
	y: Coordinate,
	/** Width. */
	w: Extent,
	/** Height. */
	h: Extent,
});
export type DiagramBoundary = z.infer<typeof DiagramBoundarySchema>;

/** One diagram; the file name is its id: `overview` or an environment id. */
export const DiagramSchema = z.object({
	/** The page heading, e.g. "Developer environment threat model". */
	title: z.string().min(5).max(80),
	/** One or two sentences introducing the diagram, shown under the heading. */
	summary: z.string().min(20).max(400),
	/** Width of the drawing in user units. */
	width: Extent,
	/** Height of the drawing in user units. */
	height: Extent,
	/** Trust boundaries, drawn first (underneath); later ones may sit inside earlier ones. */
	boundaries: z.array(DiagramBoundarySchema).default([]),
	/** Components. */
	nodes: z.array(DiagramNodeSchema).min(2),
	/** Arrows between components. */
	flows: z.array(DiagramFlowSchema).default([]),
	/**
	 * Where each threat attaches: threat id -> the node and flow ids its attack path touches. The
	 * first id is where its marker sits; all of them light up when the marker is hovered or focused.
	 */
	threats: z.record(SlugSchema, z.array(SlugSchema).min(1)),
});
export type Diagram = z.infer<typeof DiagramSchema>;
