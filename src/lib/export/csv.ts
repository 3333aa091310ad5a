/**
 * The CSV export: one row per control for a spreadsheet. Notes are untrusted text (anyone can
 * write anything in a note, or hand over a file that does), so every cell is quoted by RFC 4180
 * and kept from being read as a formula.
 */
import type { Assessment, BankModel } from '../model';
import { cleanTargets } from '../assessment/validate';
import { answerOf, answerWord, notesOf, targetWord } from './labels';
import { checkedOnOf, evidenceOf, reviewIntervalWord } from './evidence-cells';

/** The header row's cells, in column order. */
export const CSV_COLUMNS = [
	'Environment',
	'Capability',
	'Code',
	'Control',
	'Answer',
	'Target',
	'Notes',
	'Evidence',
	'Checked on',
	'Review interval',
] as const;

/**
 * A byte order mark opens the file because Excel reads a CSV file without one in the system's
 * legacy code page, which garbles every accented letter in names and notes; other spreadsheets
 * and CSV libraries skip it.
 */
export const CSV_BOM = '\uFEFF';

/** RFC 4180 ends every record, the header included, with CRLF. */
const CRLF = '\r\n';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP's list): a note such as
 * `=HYPERLINK("https://evil.example", "Click")` would otherwise run when the file is opened.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: text that would start a formula gets a leading apostrophe (which spreadsheets
 * read as "this is text" and do not show), then a field holding a comma, a double quote, CR or LF
 * is put in double quotes with its double quotes doubled. Numbers are written as they are.
 */
export function csvCell(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record from its fields, without the line end. */
export function csvRow(values: readonly (string | number)[]): string {
	return values.map(csvCell).join(',');
}

/**
 * The assessment as CSV: a header row, then one row per control of the bank in bank order with
 * the environment's display name, the capability, the code, the control's title, the answer in
 * words ("Unanswered" when there is none), the environment's target stage, and the notes (the
 * note, then the Not-applicable reason prefixed "N/A reason: ", on separate lines of one cell), the
 * evidence (each link or text on a line of its own in one cell), the day the answer was checked on,
 * and the assessment's review interval ("6 months", "None").
 *
 * The text starts with a byte order mark and every record, the last included, ends with CRLF.
 * Answers to codes the bank does not hold have no row.
 */
export function toCsv(assessment: Assessment, bank: BankModel): string {
	const names = new Map(bank.environments.map((e) => [e.id, e.name]));
	const targets = cleanTargets(assessment.targets);
	const interval = reviewIntervalWord(assessment.reviewInterval);
	const rows = [csvRow(CSV_COLUMNS)];
	for (const control of bank.controls) {
		const answer = answerOf(assessment, control.code);
		rows.push(
			csvRow([
				names.get(control.environment) ?? control.environment,
				control.capability,
				control.code,
				control.title,
				answerWord(answer?.value),
				targetWord(targets[control.environment]),
				notesOf(answer).join('\n'),
				evidenceOf(answer).join('\n'),
				checkedOnOf(answer),
				interval,
			])
		);
	}
	return CSV_BOM + rows.map((row) => row + CRLF).join('');
}
