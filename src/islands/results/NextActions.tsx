import type { BankModel } from '../../lib/model';
import type { ScoreResult } from '../../lib/scoring';
import { LISTED_ACTIONS, type NextSteps } from '../../lib/plan/next-steps';
import ActionItem from './ActionItem';
import type { Viewed } from './viewed';

/**
 * The ten most useful next steps, each linking to its guide's section with the reason it ranks
 * where it does. "Don't know" answers are not here: they are in "Find out first".
 */
export default function NextActions({
	bank,
	viewed,
	result,
	steps,
	fragment,
}: {
	bank: BankModel;
	viewed: Viewed;
	result: ScoreResult;
	steps: NextSteps;
	/** The result link's fragment when a shared result is on view, so the gaps path opens it too. */
	fragment: string;
}) {
	const listed = steps.actions.slice(0, LISTED_ACTIONS);
	return (
		<section aria-labelledby="actions-heading">
			<h2 id="actions-heading">Next actions</h2>
			{listed.length === 0 ? (
				<p>Nothing to raise among the answered controls.</p>
			) : (
				<>
					<p>
						Each raises one control by one stage, the most valuable first: a control ranks higher
						the more it weighs (critical, important or standard), the more severe the threats it
						mitigates, and the further it has to climb.{' '}
						<a href="/how-scoring-works/">How scoring works</a>
					</p>
					<ol class="roadmap">
						{listed.map((item) => (
							<ActionItem key={item.control.code} bank={bank} item={item} />
						))}
					</ol>
				</>
			)}
			{result.roadmap.length > 0 && (
				<p>
					<a href={viewed.shared && fragment ? `/learn/gaps/#${fragment}` : '/learn/gaps/'}>
						Learn what your gaps mean
					</a>
					: a short training path built from {viewed.shared ? 'this result’s' : 'your'} lowest
					controls, with their guidance and practice questions.
				</p>
			)}
			{steps.actions.length > LISTED_ACTIONS && (
				<p>{steps.actions.length - LISTED_ACTIONS} more in the action plan (download it below).</p>
			)}
		</section>
	);
}
