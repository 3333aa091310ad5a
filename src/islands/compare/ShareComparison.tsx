import { useEffect, useState } from 'preact/hooks';
import type { BankModel } from '../../lib/model';
import type { Comparison } from '../../lib/compare/grid';
import { encodeComparison } from '../../lib/compare/link';
import { downloadText } from '../../lib/download';
import LinkField from '../shared/LinkField';

type Props = { bank: BankModel; comparison: Comparison };

/** The comparison link (also kept in the address bar, so a reload keeps the comparison) and downloads. */
export default function ShareComparison({ bank, comparison }: Props) {
	const [link, setLink] = useState('');
	const [problem, setProblem] = useState('');
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
			<LinkField
				id="comparison-link"
				label="Comparison link"
				link={link}
				describedBy="comparison-link-length"
			/>
			<p id="comparison-link-length" class="muted">
				{link ? `${link.length} characters.` : ''}
			</p>
			{problem && (
				<p class="notice warning" role="alert">
					{problem}
				</p>
			)}
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
