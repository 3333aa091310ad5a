import type { BankModel } from '../../lib/model';
import type { ScoreResult } from '../../lib/scoring';
import type { FrameworkCrosswalk } from '../../lib/frameworks/crosswalk';
import { useState } from 'preact/hooks';
import type { FormatKind } from '../../lib/export/filename';
import type { MarkdownOptions } from '../../lib/export/markdown';
import { downloadText } from '../../lib/download';
import { asAssessment, resultFragment, type Viewed } from './viewed';

/**
 * Downloads of the viewed result (JSON, CSV, Markdown report, action plan) and printing. The
 * Markdown files link to the site by its full address (`site`), so their links work in a wiki or
 * a pull request, and can carry the result link.
 */
export default function ExportPanel({
	bank,
	viewed,
	result,
	site,
	crosswalk,
}: {
	bank: BankModel;
	viewed: Viewed;
	result: ScoreResult;
	site: string;
	/** For the report's framework coverage section. */
	crosswalk: readonly FrameworkCrosswalk[];
}) {
	const assessment = asAssessment(viewed, bank);
	const [error, setError] = useState('');
	const [withLink, setWithLink] = useState(true);
	const formats: { label: string; kind: FormatKind; type: string }[] = [
		{ label: 'Download JSON', kind: 'json', type: 'application/json' },
		{ label: 'Download CSV', kind: 'csv', type: 'text/csv' },
		{ label: 'Download Markdown report', kind: 'md', type: 'text/markdown' },
		{ label: 'Download action plan', kind: 'plan', type: 'text/markdown' },
	];

	/** The site's address and, when asked for, the result link (without notes). */
	async function markdownOptions(kind: FormatKind): Promise<MarkdownOptions> {
		if (!withLink || (kind !== 'md' && kind !== 'plan')) return { origin: site };
		const fragment = await resultFragment(viewed, bank, false).catch(() => '');
		if (!fragment) {
			setError('The result link could not be made, so the file was saved without it.');
			return { origin: site };
		}
		return { origin: site, resultLink: `${site}/results/#${fragment}` };
	}

	// The formats load on the first download, so opening the page does not pay for them.
	async function download(kind: FormatKind, type: string) {
		setError('');
		const options = await markdownOptions(kind);
		try {
			const { exportFileName, makeDownload } = await import('../../lib/export/downloads');
			downloadText(
				exportFileName(assessment, kind),
				makeDownload(kind, assessment, bank, result, { ...options, crosswalk }),
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
			<p>
				<label>
					<input
						type="checkbox"
						checked={withLink}
						onChange={(e) => setWithLink((e.target as HTMLInputElement).checked)}
					/>{' '}
					Include the result link in the Markdown report and action plan
				</label>
			</p>
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
