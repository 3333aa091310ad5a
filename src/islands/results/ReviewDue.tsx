import type { BankModel } from '../../lib/model';
import type { ReviewSummary } from '../../lib/evidence/review-set';
import { addMonths, type ReviewInterval } from '../../lib/evidence/review';
import { answerWord } from '../../lib/words';
import type { Viewed } from './viewed';

type Props = {
	bank: BankModel;
	viewed: Viewed;
	interval: ReviewInterval;
	review: ReviewSummary;
};

/**
 * Answers due for review, counted per environment and listed with a link back to the question.
 * For one's own assessment, and for a shared result whose link carried its checked-on dates. Age never changes a
 * score; a weight-3 answer that is due only makes the result provisional (see Summary).
 */
export default function ReviewDue({ bank, viewed, interval, review }: Props) {
	const months = interval === 'none' ? null : interval;
	return (
		<section aria-labelledby="review-due-heading">
			<h2 id="review-due-heading">Due for review</h2>
			{months === null ? (
				<p>
					This assessment has no review interval, so no answer becomes due for review. Set one on
					the questionnaire pages.
				</p>
			) : review.total === 0 ? (
				<p>
					No answer is due for review: every answer was checked within the last {months} months.
				</p>
			) : (
				<>
					<p>
						{review.total === 1
							? 'One answer is due for review'
							: `${review.total} answers are due for review`}
						: checked more than {months} months ago, or never dated. Age never changes a score; look
						again and choose "Confirm still true" or a new answer on the questionnaire.
						{review.criticalDue && (
							<>
								{' '}
								<strong>A critical (weight-3) answer is due, so the result is provisional.</strong>
							</>
						)}
					</p>
					<div class="table-wrap">
						<table>
							<caption>Answers due for review per environment</caption>
							<thead>
								<tr>
									<th scope="col">Environment</th>
									<th scope="col">Due for review</th>
								</tr>
							</thead>
							<tbody>
								{bank.environments.map((env) => (
									<tr key={env.id}>
										<th scope="row">{env.name}</th>
										<td>{review.due[env.id].length}</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
					{bank.environments
						.filter((env) => review.due[env.id].length > 0)
						.map((env) => (
							<div key={env.id}>
								<h3>
									{env.name}: {review.due[env.id].length} due
								</h3>
								<ul>
									{review.due[env.id].map((control) => {
										const answer = viewed.answers[String(control.code)];
										const checked = answer?.checkedOn;
										const since = checked ? addMonths(checked, months) : null;
										return (
											<li key={control.code}>
												<a href={`/assess/${env.id}/#control-${control.code}`}>{control.title}</a>
												{control.weight === 3 && ' (critical)'}: {answerWord(answer?.value)},{' '}
												{checked
													? `checked on ${checked}, due since ${since ?? checked}`
													: 'never dated'}
												.
											</li>
										);
									})}
								</ul>
							</div>
						))}
				</>
			)}
		</section>
	);
}
