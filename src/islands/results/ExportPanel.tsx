import type { BankModel } from '../../lib/model';
import type { ScoreResult } from '../../lib/scoring';
import { toCsv } from '../../lib/export/csv';
import { exportFileName } from '../../lib/export/filename';
import { toJson } from '../../lib/export/json';
import { toActionPlan, toMarkdownReport } from '../../lib/export/markdown';
import { downloadText } from '../../lib/download';
import { asAssessment, type Viewed } from './viewed';

/** Downloads of the viewed result (JSON, CSV, Markdown report, action plan) and printing. */
export default function ExportPanel({
	bank,
	viewed,
	result,
}: {
	bank: BankModel;
	viewed: Viewed;
	result: ScoreResult;
}) {
	const assessment = asAssessment(viewed, bank);
	const formats = [
		{
			label: 'Download JSON',
			kind: 'json',
			type: 'application/json',
			make: () => toJson(assessment),
		},
		{ label: 'Download CSV', kind: 'csv', type: 'text/csv', make: () => toCsv(assessment, bank) },
		{
			label: 'Download Markdown report',
			kind: 'md',
			type: 'text/markdown',
			make: () => toMarkdownReport(assessment, bank, result),
		},
		{
			label: 'Download action plan',
			kind: 'plan',
			type: 'text/markdown',
			make: () => toActionPlan(assessment, bank, result),
		},
	] as const;
	return (
		<section aria-labelledby="export-heading" class="no-print">
			<h2 id="export-heading">Export</h2>
			<div class="actions">
				{formats.map((f) => (
					<button
						key={f.kind}
						type="button"
						class="secondary"
						onClick={() => downloadText(exportFileName(assessment, f.kind), f.make(), f.type)}
					>
						{f.label}
					</button>
				))}
				<button type="button" class="secondary" onClick={() => window.print()}>
					Print or save as PDF
				</button>
			</div>
		</section>
	);
}
