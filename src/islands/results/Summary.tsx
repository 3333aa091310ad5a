import { STAGE_NAMES, type BankModel } from '../../lib/model';
import type { ScoreResult } from '../../lib/scoring';
import { isQuickCheck, quickCheckSize, type NextSteps } from '../../lib/plan/next-steps';
import { percentText, stageWord } from '../../lib/words';
import ActionItem from './ActionItem';
import ScoresChart from './ScoresChart';
import type { Viewed } from './viewed';

/** How many actions the top of the page leads with. */
export const TOP_ACTIONS = 3;

/**
 * The top of the results: the overall stage and score, what is provisional, the three actions
 * worth most, then the scores table and the chart.
 */
export default function Summary({
	bank,
	viewed,
	result,
	steps,
	criticalDue = false,
}: {
	bank: BankModel;
	viewed: Viewed;
	result: ScoreResult;
	steps: NextSteps;
	/** Whether a weight-3 answer is due for review, which makes the result provisional too. */
	criticalDue?: boolean;
}) {
	const o = result.overall;
	const quick = isQuickCheck(bank, viewed.answers);
	const open = o.total - o.answered;
	const unknown = steps.findOut.length;
	const top = steps.actions.slice(0, TOP_ACTIONS);
	return (
		<section aria-labelledby="summary-heading">
			<h2 id="summary-heading">{viewed.shared ? 'Summary' : `Summary for ${viewed.name}`}</h2>
			<p class="overall">
				Overall stage <strong>{stageWord(o.stage)}</strong>, score{' '}
				<strong>{percentText(o.percent)}</strong>. {o.answered} of {o.total} questions answered (
				{o.answeredPercent} %).
			</p>
			<div class="provisional">
				{quick ? (
					<p>
						<span class="badge">Quick check: provisional</span> Only the critical questions are
						answered ({o.answered} of the {quickCheckSize(bank)} the quick check asks), so the stage
						and the actions may change.{' '}
						{viewed.shared ? (
							'The team can continue to the full assessment with these answers kept.'
						) : (
							<>
								<a href="/assess/">Continue to the full assessment</a>: the answers given so far are
								kept.
							</>
						)}
					</p>
				) : o.provisional ? (
					<p>
						<span class="badge">Provisional</span> {open}{' '}
						{open === 1 ? 'question is' : 'questions are'} unanswered, so this result may change.
						{!viewed.shared && (
							<>
								{' '}
								<a href="/assess/">Answer the rest</a>.
							</>
						)}
					</p>
				) : (
					<p>Every question is answered.</p>
				)}
				{criticalDue && (
					<p>
						<span class="badge">Provisional</span> A critical answer is due for review, so it may no
						longer be true: see <a href="#review-due-heading">Due for review</a>.
					</p>
				)}
				{unknown > 0 && (
					<p>
						{unknown} “Don’t know” {unknown === 1 ? 'answer counts' : 'answers count'} as
						Traditional until someone finds out: see <a href="#find-out-heading">Find out first</a>.
					</p>
				)}
			</div>
			<h3 id="top-actions-heading">
				{top.length === TOP_ACTIONS ? 'Top three actions' : 'Top actions'}
			</h3>
			{top.length === 0 ? (
				<p>
					{unknown > 0
						? 'Nothing to raise among the answered controls; find out where the “Don’t know” ones stand first.'
						: 'Nothing to raise: every counted control is at Optimal.'}
				</p>
			) : (
				<ol class="top-actions" aria-labelledby="top-actions-heading">
					{top.map((item) => (
						<ActionItem key={item.control.code} bank={bank} item={item} />
					))}
				</ol>
			)}
			<div class="table-wrap">
				<table aria-labelledby="scores-caption">
					<caption id="scores-caption">Scores</caption>
					<thead>
						<tr>
							<th scope="col">Environment</th>
							<th scope="col">Score</th>
							<th scope="col">Stage</th>
							<th scope="col">Target stage</th>
							<th scope="col">Percent to target</th>
							<th scope="col">Questions answered</th>
						</tr>
					</thead>
					<tbody>
						{result.environments.map((e) => (
							<tr key={e.environment}>
								<th scope="row">{e.name}</th>
								<td>{percentText(e.percent)}</td>
								<td>
									{stageWord(e.stage)}
									{e.cappedBy && ' (capped)'}
								</td>
								<td>{STAGE_NAMES[e.target]}</td>
								<td>{percentText(e.toTargetPercent)}</td>
								<td>
									{e.answered} of {e.total}
								</td>
							</tr>
						))}
						<tr>
							<th scope="row">Overall</th>
							<td>{percentText(o.percent)}</td>
							<td>{stageWord(o.stage)}</td>
							<td>–</td>
							<td>–</td>
							<td>
								{o.answered} of {o.total}
							</td>
						</tr>
					</tbody>
				</table>
			</div>
			<ScoresChart result={result} />
		</section>
	);
}
