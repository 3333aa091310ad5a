/**
 * What every export shares: the words for answers, stages, threat statuses and severities (from
 * src/lib/words.ts), the day an assessment is dated by, and how untrusted text is escaped for
 * Markdown. One of each, so the CSV, the Markdown report, the action plan and the comparison
 * report never disagree.
 */
import type { Assessment, ControlAnswer } from '../model';

// The words themselves live in the one table, src/lib/words.ts.
export {
	ANSWER_WORDS,
	answerWord,
	percentText,
	SEVERITY_WORDS,
	stageWord,
	STATUS_WORDS,
	targetWord,
	UNANSWERED,
} from '../words';

/**
 * The day an assessment is dated by: the date part of its last change (UTC), or '' when the
 * timestamp is not ISO 8601. The exports use the assessment's own time rather than the clock's,
 * so exporting the same assessment twice gives the same files.
 */
export function assessmentDay(assessment: Assessment): string {
	const stamp: unknown = assessment.updatedAt;
	return typeof stamp === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(stamp) ? stamp.slice(0, 10) : '';
}

/** The answer stored for a control code, own properties only. */
export function answerOf(assessment: Assessment, code: number): ControlAnswer | undefined {
	const answers: unknown = assessment.answers;
	const key = String(code);
	if (typeof answers !== 'object' || answers === null || !Object.hasOwn(answers, key)) {
		return undefined;
	}
	const answer: unknown = (answers as Record<string, unknown>)[key];
	return typeof answer === 'object' && answer !== null ? (answer as ControlAnswer) : undefined;
}

/**
 * A control's note and, for "Not applicable", its reason, as one list of texts: the note first,
 * then the reason prefixed "N/A reason: ". Empty parts are left out.
 */
export function notesOf(answer: ControlAnswer | undefined): string[] {
	const parts: string[] = [];
	if (!answer) return parts;
	if (typeof answer.note === 'string' && answer.note.trim()) parts.push(answer.note);
	if (answer.value === 'na' && typeof answer.naReason === 'string' && answer.naReason.trim()) {
		parts.push(`N/A reason: ${answer.naReason}`);
	}
	return parts;
}

/**
 * Characters escaped with a backslash wherever text is placed: the ones that open emphasis, code,
 * links, HTML, entities, strikethrough and math (`\` `` ` `` `*` `_` `[` `]` `<` `>` `&` `~` `$`),
 * the table pipe, and "#", which would close a heading early at the end of a title. CommonMark
 * lets any ASCII punctuation be escaped, and GitHub-flavoured tables honour `\|` inside a cell.
 * Text is always placed after other text on its line, so line-start syntax ("-", "1.", ">",
 * "=") cannot take effect and is left alone to keep the source readable.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&~$|#]/g;

/** Runs of line breaks of every kind, which would end a table row or a list item. */
const LINE_BREAKS = /[ \t]*(?:(?:\r\n|[\n\r\v\f\u0085\u2028\u2029])[ \t]*)+/g;

/**
 * Text escaped for Markdown and flattened to one line: each run of line breaks, and each tab,
 * becomes one space.
 */
export function escapeMarkdown(text: string): string {
	return text
		.replace(LINE_BREAKS, ' ')
		.replaceAll('\t', ' ')
		.replace(MARKDOWN_SPECIAL, (char) => `\\${char}`)
		.trim();
}
