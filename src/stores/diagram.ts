/**
 * What the threat-model explorer and the threat list below it share. They are two islands so the
 * list (half the page's elements) hydrates only when it scrolls into view: the explorer publishes
 * each threat's status and which threats its filters let through, and the list asks the explorer
 * to show a threat on the diagram.
 */
import { atom } from 'nanostores';
import type { ThreatStatus } from '../lib/scoring';

export interface DiagramView {
	/** Status by threat id; a threat missing here is not assessed. */
	statuses: Readonly<Record<string, ThreatStatus>>;
	/** Ids of the threats the filters let through, in marker order. */
	visible: readonly string[];
}

/** Null until the explorer has run. */
export const $diagramView = atom<DiagramView | null>(null);

/** The latest "Show on diagram" request: a new object each time, so a repeat click counts. */
export const $showRequest = atom<{ id: string } | null>(null);

export function requestShow(id: string): void {
	$showRequest.set({ id });
}
