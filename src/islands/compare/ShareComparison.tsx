import { useEffect, useState } from 'preact/hooks';
import type { BankModel } from '../../lib/model';
import type { Comparison } from '../../lib/compare/grid';
import { encodeComparison } from '../../lib/compare/link';
import { downloadText } from '../../lib/download';
import { timeText } from '../../lib/dates';
import { keepComparison, takeComparisonSnapshot } from '../../stores/compare';
import LinkField from '../shared/LinkField';
import QrCodeButton from '../shared/QrCodeButton';

type Props = { bank: BankModel; comparison: Comparison };

/**
 * The comparison link (also kept in the address bar, so a reload keeps the comparison), its QR
 * code, workshop mode for the same results, and downloads.
 */
export default function ShareComparison({ bank, comparison }: Props) {
	const [fragment, setFragment] = useState('');
	const [problem, setProblem] = useState('');
	const [taken, setTaken] = useState('');
	const { columns } = comparison;
	const link = fragment ? `${window.location.origin}/compare/#${fragment}` : '';

	useEffect(() => {
		let cancelled = false;
		encodeComparison(
			columns.map((c) => ({ label: c.label, result: c.result })),
			bank
		).then(
			(next) => {
				if (cancelled) return;
				history.replaceState(null, '', `#${next}`);
				keepComparison(next, columns);
				setFragment(next);
				setProblem('');
				setTaken('');
			},
			() => {
				if (cancelled) return;
				setFragment('');
				setProblem(
					'These results do not fit in one link. Remove some, or share the CSV or Markdown instead.'
				);
			}
		);
		return () => {
			cancelled = true;
		};
	}, [columns, bank]);

	function snapshot() {
		const done = fragment && takeComparisonSnapshot(fragment, columns);
		if (done)
			setTaken(
				`Snapshot of this comparison (${columns.length} results) taken ${timeText(done.savedAt)}. It is listed under “Over time”.`
			);
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
			<h2 id="share-compare-heading">Share or present this comparison</h2>
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
				<QrCodeButton link={link} subject="this comparison" />
				<button type="button" class="secondary" onClick={() => void download('csv')}>
					Download CSV
				</button>
				<button type="button" class="secondary" onClick={() => void download('md')}>
					Download Markdown
				</button>
				<button type="button" class="secondary" onClick={snapshot} disabled={!fragment}>
					Take a snapshot of this comparison
				</button>
			</div>
			<p role="status">{taken}</p>
			{columns.length >= 2 && fragment && (
				<p>
					<a class="button" href={`/workshop/#${fragment}`} aria-describedby="present-hint">
						Present these results
					</a>{' '}
					<span id="present-hint" class="muted">
						{comparison.discussCount === 0
							? 'Workshop mode: no control differs by two stages or more yet, so there is nothing to settle.'
							: `Workshop mode walks the group through the ${comparison.discussCount} ${comparison.discussCount === 1 ? 'control' : 'controls'} to discuss, one per screen in large type, and saves the stages it agrees on as a new assessment.`}
					</span>
				</p>
			)}
		</section>
	);
}
