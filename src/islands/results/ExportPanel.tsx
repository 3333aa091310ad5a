import type { BankModel } from '../../lib/model';
import type { ScoreResult } from '../../lib/scoring';
import { useState } from 'preact/hooks';
import { exportFileName, type FormatKind } from '../../lib/export/filename';
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
	const [error, setError] = useState('');
	const formats: { label: string; kind: FormatKind; type: string }[] = [
		{ label: 'Download JSON', kind: 'json', type: 'application/json' },
		{ label: 'Download CSV', kind: 'csv', type: 'text/csv' },
		{ label: 'Download Markdown report', kind: 'md', type: 'text/markdown' },
		{ label: 'Download action plan', kind: 'plan', type: 'text/markdown' },
	];
	// The formats load on the first download, so opening the page does not pay for them.
	async function download(kind: FormatKind, type: string) {
		setError('');
		try {
			const { makeDownload } = await import('../../lib/export/downloads');
			downloadText(
				exportFileName(assessment, kind),
				makeDownload(kind, assessment, bank, result),
				type
			);
		} catch {
			setError(
				'The download could not be prepared because part of this page failed to load. Reload the page to try again; your answers are kept.'
			);
		}
	}
	return (
		<section aria-labelledby="export-heading" class="no-print">
			<h2 id="export-heading">Export</h2>
			<div class="actions">
				{formats.map((f) => (
					<button
						key={f.kind}
						type="button"
						class="secondary"
						onClick={() => void download(f.kind, f.type)}
					>
						{f.label}
					</button>
				))}
				<button type="button" class="secondary" onClick={() => window.print()}>
					Print or save as PDF
				</button>
			</div>
			{error && (
				<p class="notice error" role="alert">
					{error}
				</p>
			)}
		</section>
	);
}
