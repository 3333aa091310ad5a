/**
 * CSV files for Azure Boards and Jira, one row per next action in roadmap order. Both importers
 * read RFC 4180 with a header row; the cells go through the CSV export's `csvCell`, so quoting and
 * the guard against spreadsheet formulas are the same everywhere.
 *
 * Neither file starts with a byte order mark, unlike the spreadsheet CSV: these files are for the
 * importers, and an importer that does not strip the mark reads the first header as
 * "\uFEFFWork Item Type" or "\uFEFFSummary" and refuses the file.
 */
import { csvRow } from './csv';
import { paragraphsOf, trackerText, type ActionItem } from './actions';

/** RFC 4180 ends every record with CRLF. */
const CRLF = '\r\n';

/** Azure Boards' longest title. */
export const MAX_BOARDS_TITLE = 255;

/** The two work item types a user may choose: Issue (Basic process) or Task (every process). */
export const BOARDS_ITEM_TYPES = ['Issue', 'Task'] as const;
export type BoardsItemType = (typeof BOARDS_ITEM_TYPES)[number];

/** The Azure Boards columns, as its CSV import names the fields. */
export const BOARDS_COLUMNS = [
	'Work Item Type',
	'Title',
	'Description',
	'Tags',
	'Priority',
] as const;

/**
 * The Jira columns. Jira imports several labels from several columns of the same name, and a
 * label holds no spaces, so each label has its own "Labels" column.
 */
export const JIRA_COLUMNS = ['Summary', 'Description', 'Labels', 'Labels', 'Priority'] as const;

/** Jira's default priority names for priorities 1 to 4. */
export const JIRA_PRIORITIES = { 1: 'Highest', 2: 'High', 3: 'Medium', 4: 'Low' } as const;

/** Text escaped for HTML: `&`, `<`, `>`, `"` and `'`. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** At most `max` code points, cut with "…". */
function clamp(text: string, max: number): string {
	const points = [...text];
	return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

/**
 * The Azure Boards description: one HTML paragraph per part, the label in bold, every text
 * escaped, the guide as a link.
 */
export function boardsDescription(item: ActionItem): string {
	return paragraphsOf(item)
		.map(({ key, label, text }) => {
			const clean = escapeHtml(trackerText(text, false));
			if (key === 'guide')
				return `<p><strong>${label}:</strong> <a href="${clean}">${clean}</a></p>`;
			return key === 'step'
				? `<p>${clean}</p>`
				: `<p><strong>${escapeHtml(label)}:</strong> ${clean}</p>`;
		})
		.join('');
}

/**
 * The Azure Boards CSV: `Work Item Type` (the chosen type), `Title`, `Description` (HTML),
 * `Tags` (`trustline; <environment>`, Boards' separator) and `Priority` (1 to 4 by quarter of the
 * roadmap). No ID column: Boards creates a new work item for each row.
 */
export function toBoardsCsv(items: readonly ActionItem[], type: BoardsItemType = 'Issue'): string {
	const rows = [csvRow(BOARDS_COLUMNS)];
	for (const item of items) {
		rows.push(
			csvRow([
				type,
				clamp(trackerText(item.title, false).trim(), MAX_BOARDS_TITLE),
				boardsDescription(item),
				item.labels.join('; '),
				item.priority,
			])
		);
	}
	return rows.map((row) => row + CRLF).join('');
}

/** The Jira description: plain paragraphs separated by blank lines, each label first. */
export function jiraDescription(item: ActionItem): string {
	return paragraphsOf(item)
		.map(({ key, label, text }) => {
			const clean = trackerText(text, false);
			return key === 'step' ? clean : `${label}: ${clean}`;
		})
		.join('\n\n');
}

/**
 * The Jira CSV: `Summary`, `Description` (plain text), two `Labels` columns (`trustline` and the
 * environment) and `Priority` (Highest, High, Medium, Low by quarter of the roadmap).
 */
export function toJiraCsv(items: readonly ActionItem[]): string {
	const rows = [csvRow(JIRA_COLUMNS)];
	for (const item of items) {
		rows.push(
			csvRow([
				clamp(trackerText(item.title, false).trim(), MAX_BOARDS_TITLE),
				jiraDescription(item),
				item.labels[0],
				item.labels[1],
				JIRA_PRIORITIES[item.priority],
			])
		);
	}
	return rows.map((row) => row + CRLF).join('');
}
