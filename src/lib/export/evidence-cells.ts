/**
 * What the CSV and the Markdown report write about an answer's evidence and age: its evidence,
 * its checked-on day and the assessment's review interval, in words. Apart from ./labels.ts
 * because the results page loads that module, and only the downloads need these.
 */
import type { ControlAnswer } from '../model';
import type { Evidence } from '../evidence/read';

/**
 * An assessment's review interval in words, as the questionnaire's "Review interval" offers it:
 * "3 months", "6 months", "12 months" or "None". Assessments saved before reviews had 6 months.
 */
export function reviewIntervalWord(interval: unknown): string {
	if (interval === 'none') return 'None';
	return `${interval === 3 || interval === 12 ? interval : 6} months`;
}

/** One piece of evidence as the exports write it. */
export interface EvidenceItem {
	kind: 'link' | 'text';
	value: string;
}

/**
 * An answer's evidence: each link (http or https, as saved data holds them) or text, in order.
 * Anything else in a damaged answer is left out.
 */
export function evidenceItems(answer: ControlAnswer | undefined): EvidenceItem[] {
	const list: unknown = answer?.evidence;
	if (!Array.isArray(list)) return [];
	return list.flatMap((e: Evidence): EvidenceItem[] =>
		e?.kind === 'link' && /^https?:\/\//i.test(String(e.url))
			? [{ kind: 'link', value: String(e.url) }]
			: e?.kind === 'text' && typeof e.text === 'string' && e.text
				? [{ kind: 'text', value: e.text }]
				: []
	);
}

/** An answer's evidence as texts: each link or text, in order. */
export function evidenceOf(answer: ControlAnswer | undefined): string[] {
	return evidenceItems(answer).map((e) => e.value);
}

/** An answer's checked-on day (YYYY-MM-DD), or '' when it has none. */
export function checkedOnOf(answer: ControlAnswer | undefined): string {
	const day: unknown = answer?.checkedOn;
	return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : '';
}
