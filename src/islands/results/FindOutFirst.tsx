import type { BankModel } from '../../lib/model';
import type { NextSteps } from '../../lib/plan/next-steps';
import { setChecker } from '../../stores/assessments';
import type { Viewed } from './viewed';

/**
 * The controls answered "Don't know": the first step is to find out where each stands, not to
 * raise it. On one's own assessment each has a field for who will check, saved with the answer.
 */
export default function FindOutFirst({
	bank,
	viewed,
	steps,
}: {
	bank: BankModel;
	viewed: Viewed;
	steps: NextSteps;
}) {
	if (steps.findOut.length === 0) return null;
	const envName = (id: string) => bank.environments.find((e) => e.id === id)?.name ?? id;
	const own = !viewed.shared;
	return (
		<section aria-labelledby="find-out-heading">
			<h2 id="find-out-heading">Find out first</h2>
			<p>
				{steps.findOut.length === 1
					? 'This control was answered “Don’t know”, which counts as Traditional.'
					: `These ${steps.findOut.length} controls were answered “Don’t know”, which counts as Traditional.`}{' '}
				Find out where each stands and answer it{own ? ' in the assessment' : ''}: the result may be
				better than it looks. Most valuable first.
			</p>
			<ul class="find-out">
				{steps.findOut.map(({ control }) => {
					const id = `checker-${control.code}`;
					const checker = viewed.answers[String(control.code)]?.checker ?? '';
					return (
						<li key={`${viewed.assessment?.id ?? 'shared'}-${control.code}`}>
							<a href={`/guides/${control.guide}/`}>{control.title}</a>{' '}
							<span class="muted">({envName(control.environment)})</span>
							{own ? (
								<span class="checker">
									<label for={id}>
										Who will check<span class="visually-hidden"> “{control.title}”</span>
									</label>{' '}
									<input
										id={id}
										type="text"
										maxLength={80}
										autoComplete="off"
										defaultValue={checker}
										onInput={(e) => setChecker(control.code, (e.target as HTMLInputElement).value)}
									/>
								</span>
							) : (
								checker && <> — {checker} will check</>
							)}
						</li>
					);
				})}
			</ul>
			{own && (
				<p class="hint">
					Names are saved with this assessment in this browser and go into its exports.
				</p>
			)}
		</section>
	);
}
