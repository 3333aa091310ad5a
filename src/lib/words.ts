/**
 * The words the site uses for answers, threat statuses and severities. One table each, so pages,
 * diagrams and exports never word the same thing differently. No imports, so any island can use
 * it without pulling anything else into its bundle.
 */
import type { ThreatStatus } from './scoring/types';

/** What an answer reads as, including the two answers that are not a stage. */
export const ANSWER_WORDS = {
	0: 'Traditional',
	1: 'Initial',
	2: 'Advanced',
	3: 'Optimal',
	na: 'Not applicable',
	unknown: "Don't know",
} as const;

/** The word for a control nobody has answered yet. */
export const UNANSWERED = 'Unanswered';

/** Threat statuses in words; an icon (StatusIcon) always goes with them. */
export const STATUS_WORDS: Record<ThreatStatus, string> = {
	exposed: 'Exposed',
	'partly-mitigated': 'Partly mitigated',
	mitigated: 'Mitigated',
	'not-assessed': 'Not assessed',
};

/** Threat severities in words. */
export const SEVERITY_WORDS = { 1: 'Low', 2: 'Medium', 3: 'High' } as const;
