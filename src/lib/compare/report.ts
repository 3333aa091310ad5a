/**
 * The comparison as CSV (for a spreadsheet) and as Markdown (for a wiki page or an issue). Labels
 * come from links anyone can write, so every CSV cell is kept from being read as a formula and
 * every Markdown text is escaped (by the export module's escapeMarkdown).
 */
import { CSV_BOM, csvRow } from '../export/csv';
import { escapeMarkdown, percentText, stageWord } from '../export/labels';
import type { ScoreResult } from '../scoring';
import { columnLabel, type Comparison, type GridRow } from './grid';
import { medianWord, spreadWord, answerWord } from './words';

const CRLF = '\r\n';

/** Escaped by the export module's rules; re-exported because the comparison tests name it here. */
export { escapeMarkdown };

/** Each environment's figure per result, then the overall one: the rows of a Scores table. */
function scoreRows(
	comparison: Comparison,
	cell: (e: { percent: number | null; stage: number | null }) => string
): { name: string; cells: string[] }[] {
	const of = (pick: (s: ScoreResult) => { percent: number | null; stage: number | null }) =>
		comparison.scores.map((s) => cell(pick(s)));
	return [
		...comparison.bank.environments.map((env, i) => ({
			name: env.name,
			cells: of((s) => s.environments[i]!),
		})),
		{ name: 'Overall', cells: of((s) => s.overall) },
	];
}

const stageOf = (level: number | null) =>
	stageWord(level === null ? null : (level as 0 | 1 | 2 | 3));

/**
 * The comparison as CSV: a header row (Row, Environment, Capability, Code, Control, one column per
 * result by its label, Median, Spread, Discuss), then a "Score" and a "Stage" row per environment
 * and overall, then one "Control" row per shared control in bank order with each result's answer
 * in words. Starts with a byte order mark; every record ends with CRLF.
 */
export function toComparisonCsv(comparison: Comparison): string {
	const labels = comparison.columns.map(columnLabel);
	const records = [
		csvRow([
			'Row',
			'Environment',
			'Capability',
			'Code',
			'Control',
			...labels,
			'Median',
			'Spread',
			'Discuss',
		]),
	];
	const blanks = ['', '', ''];
	for (const row of scoreRows(comparison, (e) => (e.percent === null ? '' : String(e.percent))))
		records.push(csvRow(['Score', row.name, '', '', 'Score (percent)', ...row.cells, ...blanks]));
	for (const row of scoreRows(comparison, (e) => stageOf(e.stage)))
		records.push(csvRow(['Stage', row.name, '', '', 'Stage', ...row.cells, ...blanks]));
	const names = new Map(comparison.bank.environments.map((e) => [e.id, e.name]));
	for (const row of comparison.rows) {
		records.push(
			csvRow([
				'Control',
				names.get(row.control.environment) ?? row.control.environment,
				row.control.capability,
				row.control.code,
				row.control.title,
				...row.values.map(answerWord),
				medianWord(row.median),
				row.spread === null ? '' : row.spread,
				row.discuss ? 'Discuss' : '',
			])
		);
	}
	return CSV_BOM + records.map((r) => r + CRLF).join('');
}

function mdRow(cells: readonly string[]): string {
	return `| ${cells.map((c) => c || ' ').join(' | ')} |`;
}

function mdTable(header: readonly string[], align: string, rows: readonly string[][]): string[] {
	const rule = [...align].map((a) => (a === 'r' ? '--:' : ':--'));
	return [mdRow(header), mdRow(rule), ...rows.map(mdRow)];
}

function discussLine(row: GridRow, label: (i: number) => string): string {
	const answers = row.values.map((v, i) => `${label(i)} ${answerWord(v)}`).join(', ');
	return `- **${escapeMarkdown(row.control.title)}** (${escapeMarkdown(row.control.capability)}): spread ${spreadWord(row.spread)}; ${answers}`;
}

/**
 * The comparison as Markdown: the results compared (with their dates and bank versions), a note
 * when they were compared only on shared controls, the Scores table, the team summary (weakest
 * result per environment, controls to discuss), then one table per environment with every
 * result's answer, the median and the spread. Deterministic: the same comparison gives the same text.
 */
export function toComparisonMarkdown(comparison: Comparison): string {
	const { columns } = comparison;
	const label = (i: number) => escapeMarkdown(columnLabel(columns[i] ?? { label: '' }, i));
	const labels = columns.map((_, i) => label(i));
	const lines = [
		`# Trustline comparison of ${columns.length} ${columns.length === 1 ? 'result' : 'results'}`,
		'',
	];
	columns.forEach((c, i) => {
		lines.push(
			`${i + 1}. ${label(i)}: dated ${c.result.date}, question-bank version ${c.result.bankVersion}`
		);
	});
	lines.push('');
	if (comparison.mixedVersions) {
		lines.push(
			`> These results were answered against different question-bank versions (${comparison.versions.join(', ')}), so they are compared only on the ${comparison.sharedCodes.length} controls they share; ${comparison.excluded.length} left out.`,
			''
		);
	}

	lines.push('## Scores', '');
	lines.push(
		...mdTable(
			['Environment', ...labels],
			`l${'l'.repeat(labels.length)}`,
			scoreRows(comparison, (e) => `${percentText(e.percent)} (${stageOf(e.stage)})`).map((r) => [
				escapeMarkdown(r.name),
				...r.cells,
			])
		),
		''
	);

	lines.push('## Team summary', '');
	lines.push(
		...mdTable(
			['Environment', 'Weakest result', 'Score', 'Stage'],
			'llrl',
			comparison.weakest.map((w) => [
				escapeMarkdown(w.name),
				w.column === null ? 'Not assessed' : label(w.column),
				percentText(w.percent),
				stageOf(w.stage),
			])
		),
		''
	);
	const discuss = comparison.rows.filter((r) => r.discuss);
	lines.push(`### Controls to discuss (${discuss.length})`, '');
	if (discuss.length === 0) lines.push('No control differs by two stages or more between results.');
	else lines.push(...discuss.map((row) => discussLine(row, label)));
	lines.push('');

	lines.push('## Controls', '');
	lines.push(
		"Answers count as scoring counts them: Don't know as Traditional; Not applicable and unanswered are left out of the median and the spread. A spread of two stages or more is marked Discuss.",
		''
	);
	for (const env of comparison.bank.environments) {
		const rows = comparison.rows.filter((r) => r.control.environment === env.id);
		if (rows.length === 0) continue;
		lines.push(`### ${escapeMarkdown(env.name)}`, '');
		lines.push(
			...mdTable(
				['Control', 'Capability', ...labels, 'Median', 'Spread'],
				`ll${'l'.repeat(labels.length)}lr`,
				rows.map((row) => [
					escapeMarkdown(row.control.title),
					escapeMarkdown(row.control.capability),
					...row.values.map(answerWord),
					medianWord(row.median),
					`${spreadWord(row.spread)}${row.discuss ? ' **Discuss**' : ''}`,
				])
			),
			''
		);
	}
	return `${lines.join('\n').trimEnd()}\n`;
}
