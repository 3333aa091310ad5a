import { STAGE_NAMES, type BankModel } from '../../lib/model';
import type { ScoreResult } from '../../lib/scoring';
import type { Viewed } from './viewed';

/** The ten most useful next steps, each linking to its guide's section. */
export default function NextActions({
	bank,
	viewed,
	result,
}: {
	bank: BankModel;
	viewed: Viewed;
	result: ScoreResult;
}) {
	const envName = (id: string) => bank.environments.find((e) => e.id === id)?.name ?? id;
	const roadmap = result.roadmap.slice(0, 10);
	return (
		<section aria-labelledby="actions-heading">
			<h2 id="actions-heading">Next actions</h2>
			{roadmap.length === 0 ? (
				<p>Nothing to raise: every counted control is at Optimal.</p>
			) : (
				<ol class="roadmap">
					{roadmap.map((item) => (
						<li key={item.control.code}>
							Raise{' '}
							<a href={`/guides/${item.control.guide}/#${item.anchor}`}>{item.control.title}</a>{' '}
							from {STAGE_NAMES[item.current]} to <strong>{STAGE_NAMES[item.next]}</strong>{' '}
							<span class="muted">
								({envName(item.control.environment)}, priority {item.priority})
							</span>
						</li>
					))}
				</ol>
			)}
			{!viewed.shared && result.roadmap.length > 0 && (
				<p>
					<a href="/learn/gaps/">Learn what your gaps mean</a>: a short training path built from
					your lowest controls, with their guidance and practice questions.
				</p>
			)}
			{result.roadmap.length > 10 && (
				<p>{result.roadmap.length - 10} more in the action plan (download it below).</p>
			)}
		</section>
	);
}
