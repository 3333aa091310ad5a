import { useState } from 'preact/hooks';
import type { BankModel } from '../../lib/model';
import type { ScoreResult } from '../../lib/scoring';
import type { FrameworkCrosswalk } from '../../lib/frameworks/crosswalk';
import { asAssessment, type Viewed } from './viewed';
import type * as TrackerModule from './tracker';

type Tracker = typeof TrackerModule;

/**
 * "Work items and attestation": a disclosure whose content (the GitHub repository field, the
 * next actions' "Create GitHub issue" links and the tracker and attestation downloads) loads, in
 * the chunk `tracker`, when the user opens it. The page pays for none of it until then.
 */
export default function TrackerSection({
	bank,
	viewed,
	result,
	frameworks,
	site,
}: {
	bank: BankModel;
	viewed: Viewed;
	result: ScoreResult;
	/** The referenced crosswalk, for the attestation's framework properties. */
	frameworks: readonly FrameworkCrosswalk[];
	site: string;
}) {
	const [tracker, setTracker] = useState<Tracker | null>(null);
	const [failed, setFailed] = useState(false);
	const assessment = asAssessment(viewed, bank);

	return (
		<section aria-labelledby="trackers-heading" class="no-print">
			<h2 id="trackers-heading">Work items and attestation</h2>
			{/* Opening it loads the chunk `tracker` (./tracker.ts), once: the browser keeps modules. */}
			<details
				class="tracker"
				onToggle={() => {
					if (!tracker) void import('./tracker').then(setTracker, () => setFailed(true));
				}}
			>
				<summary>GitHub issues, Azure Boards, Jira, CycloneDX</summary>
				{tracker ? (
					<tracker.Trackers
						bank={bank}
						assessment={assessment}
						own={viewed.assessment}
						result={result}
						frameworks={frameworks}
						site={site}
					/>
				) : (
					<p role={failed ? 'alert' : 'status'}>
						{failed
							? 'This part of the page failed to load. Reload the page to try again; your answers are kept.'
							: 'Loading…'}
					</p>
				)}
			</details>
		</section>
	);
}
