/** Dates and scores in the words the training pages use. */
import { longDay } from '../dates';

/** "2 March 2026" for a YYYY-MM-DD calendar day; the text itself when it is not one. */
export function formatDay(day: string): string {
	const time = Date.parse(`${day}T00:00:00Z`);
	return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(time) ? longDay(new Date(time)) : day;
}

/** "2 March 2026" for the local day of an ISO timestamp. */
export function formatMoment(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return longDay(date, true);
}

/** "7 of 8 (87 %)". */
export function formatScore(correct: number, total: number): string {
	const percent = total > 0 ? Math.floor((correct * 100) / total) : 0;
	return `${correct} of ${total} (${percent} %)`;
}

/** A piece of content text: plain, or code that was written between backticks. */
export interface TextPart {
	text: string;
	code: boolean;
}

/**
 * Splits content text on backticks, so `pull_request_target` can be shown as code. Pages render
 * the parts as text nodes and <code> elements, never as HTML. An unpaired backtick stays as it is.
 */
export function splitCode(text: string): TextPart[] {
	const parts: TextPart[] = [];
	const pattern = /`([^`]+)`/g;
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		if (match.index > last) parts.push({ text: text.slice(last, match.index), code: false });
		parts.push({ text: match[1]!, code: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), code: false });
	return parts;
}
