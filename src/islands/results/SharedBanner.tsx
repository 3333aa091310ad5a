import { useStore } from '@nanostores/preact';
import type { BankModel } from '../../lib/model';
import { clearHash } from '../../stores/hash';
import { $shared, $sharedSaved, closeSharedLink, saveSharedResult } from '../../stores/results';

/** The banner over a shared result: where it comes from, its warnings, and saving it as one's own. */
export default function SharedBanner({ bank }: { bank: BankModel }) {
	const shared = useStore($shared);
	const saved = useStore($sharedSaved);
	if (shared.status !== 'ok') return null;
	const { result, warnings } = shared;
	return (
		<div class="notice" aria-labelledby="shared-heading">
			<h2 id="shared-heading" class="banner-title">
				Shared result: {result.name}
			</h2>
			<p>
				Dated {result.date}. This is a read-only view of a result someone shared with you; nothing
				in it was sent to a server.
			</p>
			{warnings.map((w) => (
				<p key={w.reason} class="warning-line">
					{w.message}
				</p>
			))}
			<p class="actions no-print">
				{saved ? (
					<span role="status">
						Saved as your assessment “{result.name}”.{' '}
						<a href="/assess/">Open it in the questionnaire</a>
					</span>
				) : (
					<button type="button" onClick={() => void saveSharedResult(bank)}>
						Save as my assessment
					</button>
				)}
				<button
					type="button"
					class="secondary"
					onClick={() => {
						clearHash();
						closeSharedLink();
					}}
				>
					Show my own results
				</button>
			</p>
		</div>
	);
}
