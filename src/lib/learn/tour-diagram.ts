/**
 * Where each stop of a guided tour sits on its environment's diagram: the outlines to light up
 * and the names of the parts, so the tour can show the picture with the current stop highlighted
 * and say in words what is highlighted. Computed at build time from content/diagrams.
 */
import { describePart, highlightShapes, type DiagramLayout } from '../diagram/layout';

/** What one tour stop lights up. */
export interface TourHighlight {
	/** SVG path data of each outline, in the diagram's own units. */
	shapes: string[];
	/** The highlighted parts in words, e.g. "Build agent". */
	parts: string[];
}

/** The diagram a tour draws, with one highlight per stop (empty when a stop names no part). */
export interface TourDiagram {
	title: string;
	width: number;
	height: number;
	highlights: TourHighlight[];
}

/**
 * One highlight per step: a threat stop lights every part the diagram places the threat on; a
 * stop without a threat, or with one the diagram does not place, lights nothing.
 */
export function tourDiagram(
	title: string,
	layout: DiagramLayout,
	placements: Readonly<Record<string, readonly string[]>>,
	steps: readonly { threat?: string | undefined }[]
): TourDiagram {
	return {
		title,
		width: layout.width,
		height: layout.height,
		highlights: steps.map((step) => {
			const on = step.threat ? (placements[step.threat] ?? []) : [];
			const shapes = highlightShapes(layout, on);
			const ids = on.filter((id) => shapes[id] !== undefined);
			return {
				shapes: ids.map((id) => shapes[id]!),
				parts: ids.map((id) => describePart(layout, id)),
			};
		}),
	};
}
