import { useEffect, useState } from 'preact/hooks';
import type { BankModel } from '../../lib/model';
import LinkField from '../shared/LinkField';
import QrCodeButton from '../shared/QrCodeButton';
import TeamNamePrompt from '../shared/TeamNamePrompt';
import { hasDefaultName, nameSkipped, rememberNameSkipped } from '../../lib/assessment/names';
import { resultFragment, type Viewed } from './viewed';

/** The result link, with or without notes and evidence (evidence, checked-on days, review interval). */
export default function SharePanel({ bank, viewed }: { bank: BankModel; viewed: Viewed }) {
	const [includeNotes, setIncludeNotes] = useState(false);
	const [link, setLink] = useState('');
	const [problem, setProblem] = useState('');
	const [skippedName, setSkippedName] = useState(false);
	// One's own assessment still called "My assessment" is asked for a team name before its link is
	// shown; skipping shows the link as it is.
	const askName =
		!viewed.shared &&
		!skippedName &&
		hasDefaultName(viewed.name) &&
		!nameSkipped('share', viewed.assessment?.id);
	const hasNotes = Object.values(viewed.answers).some(
		(a) => a.note || a.naReason || a.evidence?.length
	);

	useEffect(() => {
		let cancelled = false;
		resultFragment(viewed, bank, includeNotes).then(
			(fragment) => {
				if (cancelled) return;
				setLink(`${window.location.origin}/results/#${fragment}`);
				setProblem('');
			},
			() => {
				if (cancelled) return;
				setLink('');
				setProblem(
					includeNotes
						? 'The notes and evidence are too long to fit in a link. Untick “Include notes and evidence”, or share the JSON export instead.'
						: 'This result cannot be put into a link.'
				);
			}
		);
		return () => {
			cancelled = true;
		};
	}, [viewed, includeNotes, bank]);

	return (
		<section aria-labelledby="share-heading" class="no-print">
			<h2 id="share-heading">Share</h2>
			<p>
				The link carries the whole result after the <code>#</code>, which browsers never send to a
				server. Anyone with the link can read it.
			</p>
			<p>
				<label>
					<input
						type="checkbox"
						checked={includeNotes}
						onChange={(e) => setIncludeNotes((e.target as HTMLInputElement).checked)}
					/>{' '}
					Include notes and evidence
				</label>
				{hasNotes ? '' : ' (this result has none)'}
			</p>
			{askName ? (
				<TeamNamePrompt
					purpose="share"
					hasActive
					bankVersion={bank.version}
					onDone={(outcome) => {
						if (outcome !== 'skipped') return;
						rememberNameSkipped('share', viewed.assessment?.id);
						setSkippedName(true);
					}}
				/>
			) : (
				<>
					<LinkField id="share-link" label="Share link" link={link} />
					<div class="actions">
						<QrCodeButton link={link} subject="this result" />
					</div>
				</>
			)}
			{problem && (
				<p class="notice warning" role="alert">
					{problem}
				</p>
			)}
		</section>
	);
}
