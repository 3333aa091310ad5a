import { useEffect, useState } from 'preact/hooks';
import type { BankModel } from '../../lib/model';
import type { Comparison } from '../../lib/compare/grid';
import { encodeComparison } from '../../lib/compare/link';
import { copyLink, downloadText } from '../../lib/download';

type Props = { bank: BankModel; comparison: Comparison };

/** The comparison link (also kept in the address bar, so a reload keeps the comparison) and downloads. */
export default function ShareComparison({ bank, comparison }: Props) {
	const [link, setLink] = useState('');
	const [problem, setProblem] = useState('');
	const [copied, setCopied] = useState('');
	const { columns } = comparison;

	useEffect(() => {
		let cancelled = false;
		encodeComparison(
			columns.map((c) => ({ label: c.label, result: c.result })),
			bank
		).then(
			(fragment) => {
				if (cancelled) return;
				history.replaceState(null, '', `#${fragment}`);
				setLink(`${window.location.origin}/compare/#${fragment}`);
				setProblem('');
				setCopied('');
			},
			() => {
				if (cancelled) return;
				setLink('');
				setProblem(
					'These results do not fit in one link. Remove some, or share the CSV or Markdown instead.'
				);
			}
		);
		return () => {
			cancelled = true;
		};
	}, [columns, bank]);

	async function copy() {
		setCopied(await copyLink(link, 'comparison-link'));
	}

	/** The report code loads on the first download, not with the page. */
	async function download(kind: 'csv' | 'md') {
		const report = await import('../../lib/compare/report');
		const day = new Date().toISOString().slice(0, 10);
		const name = `trustline-comparison-${day}.${kind}`;
		if (kind === 'csv') downloadText(name, report.toComparisonCsv(comparison), 'text/csv');
		else downloadText(name, report.toComparisonMarkdown(comparison), 'text/markdown');
	}

	return (
		<section aria-labelledby="share-compare-heading" class="no-print">
			<h2 id="share-compare-heading">Share this comparison</h2>
			<p>
				The link carries every compared result (names and answers, no notes) after the{' '}
				<code>#</code>, which browsers never send to a server. Anyone with the link can read it.
			</p>
			<p class="share-row">
				<label for="comparison-link">Comparison link</label>
				<input
					id="comparison-link"
					type="text"
					readOnly
					value={link}
					aria-describedby="comparison-link-length"
					onFocus={(e) => (e.target as HTMLInputElement).select()}
				/>
				<button type="button" onClick={() => void copy()} disabled={!link}>
					Copy link
				</button>
			</p>
			<p id="comparison-link-length" class="muted">
				{link ? `${link.length} characters.` : ''}
			</p>
			{problem && (
				<p class="notice warning" role="alert">
					{problem}
				</p>
			)}
			<p role="status">{copied}</p>
			<div class="actions">
				<button type="button" class="secondary" onClick={() => void download('csv')}>
					Download CSV
				</button>
				<button type="button" class="secondary" onClick={() => void download('md')}>
					Download Markdown
				</button>
			</div>
		</section>
	);
}
