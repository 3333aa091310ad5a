/**
 * The words and order the threat-model pages use for threat statuses and answer values. Status
 * is never shown by colour alone: every status has a word (here) and an icon (StatusIcon).
 */
import type { ThreatStatus } from '../scoring';
import { answerWord, SEVERITY_WORDS, STATUS_WORDS } from '../words';

/** Statuses from worst to best, then "not assessed": the legend's and the filter's order. */
export const STATUSES: readonly ThreatStatus[] = [
	'exposed',
	'partly-mitigated',
	'mitigated',
	'not-assessed',
];

export { answerWord, SEVERITY_WORDS, STATUS_WORDS };

/** What a status means, for the legend. */
export const STATUS_MEANINGS: Record<ThreatStatus, string> = {
	exposed: 'the controls that mitigate it average below Initial',
	'partly-mitigated': 'they average Initial, short of Advanced',
	mitigated: 'they average Advanced or better',
	'not-assessed': 'none of them is answered yet ("Not applicable" does not count)',
};
