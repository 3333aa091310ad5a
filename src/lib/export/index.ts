/**
 * Exports and import: the JSON export (the one format that imports again), CSV for spreadsheets,
 * a Markdown report and a Markdown action plan, and their file names. Pure functions, no DOM; the
 * island hands the text to `downloadText`.
 */
export {
	EXPORT_FORMAT,
	EXPORT_SCHEMA,
	importSizeProblem,
	MAX_IMPORT_BYTES,
	parseImport,
	toJson,
	type AssessmentExport,
	type ImportOutcome,
} from './json';
export { CSV_COLUMNS, toCsv } from './csv';
export { escapeMarkdown, toActionPlan, toMarkdownReport, type MarkdownOptions } from './markdown';
export { exportFileName, type ExportKind } from './filename';
