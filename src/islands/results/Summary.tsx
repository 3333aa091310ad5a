import { STAGE_NAMES } from '../../lib/model';
import type { ScoreResult } from '../../lib/scoring';
import { percentText, stageWord } from '../../lib/words';
import ScoresChart from './ScoresChart';
import type { Viewed } from './viewed';

/** The overall result, the scores table and the chart. */
export default function Summary({ viewed, result }: { viewed: Viewed; result: ScoreResult }) {
	const o = result.overall;
	return (
		<section aria-labelledby="summary-heading">
			<h2 id="summary-heading">{viewed.shared ? 'Summary' : `Summary for ${viewed.name}`}</h2>
			<p class="overall">
				Overall: <strong>{percentText(o.percent)}</strong>, stage{' '}
				<strong>{stageWord(o.stage)}</strong>. {o.answered} of {o.total} questions answered (
				{o.answeredPercent} %).
				{o.provisional && (
					<>
						{' '}
						<span class="badge">Provisional</span> Some questions are unanswered, so this result may
						change.
					</>
				)}
			</p>
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
								<td>{stageWord(e.stage)}</td>
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
