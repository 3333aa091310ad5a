import { columnLabel, type Comparison } from '../../lib/compare/grid';
import { percentText, stageWord } from '../../lib/words';

type Props = { comparison: Comparison };

/** Every result's Scores table side by side: one row per environment plus overall, one column per result. */
export default function ScoresTable({ comparison }: Props) {
	const { columns, scores, bank } = comparison;
	const rows = [
		...bank.environments.map((env, i) => ({
			key: env.id,
			name: env.name,
			cells: scores.map((s) => s.environments[i]!),
		})),
		{ key: 'overall', name: 'Overall', cells: scores.map((s) => s.overall) },
	];
	return (
		<section aria-labelledby="scores-heading">
			<h2 id="scores-heading">Scores</h2>
			<div class="table-wrap">
				<table class="compare-scores">
					<caption class="visually-hidden">
						Score and stage per environment, for each result
					</caption>
					<thead>
						<tr>
							<th scope="col">Environment</th>
							{columns.map((c, i) => (
								<th scope="col" key={c.key}>
									{columnLabel(c, i)}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{rows.map((row) => (
							<tr key={row.key}>
								<th scope="row">{row.name}</th>
								{row.cells.map((cell, i) => (
									<td key={columns[i]!.key}>
										<span class="score">{percentText(cell.percent)}</span>{' '}
										<span class="stage-word">{stageWord(cell.stage)}</span>
									</td>
								))}
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</section>
	);
}

/** The team summary: the weakest result per environment and how many controls need discussing. */
export function TeamSummary({ comparison }: Props) {
	const { columns, weakest, discussCount, rows } = comparison;
	return (
		<section aria-labelledby="summary-heading">
			<h2 id="summary-heading">Team summary</h2>
			<p>
				<strong>{discussCount}</strong> of {rows.length} controls differ by two stages or more
				between results and are marked <span class="badge discuss-badge">Discuss</span> below. The{' '}
				<em>Team median</em> column of the controls table gives each control's median across
				results.
			</p>
			<div class="table-wrap">
				<table>
					<caption>Weakest result per environment</caption>
					<thead>
						<tr>
							<th scope="col">Environment</th>
							<th scope="col">Weakest result</th>
							<th scope="col">Score</th>
							<th scope="col">Stage</th>
						</tr>
					</thead>
					<tbody>
						{weakest.map((w) => (
							<tr key={w.environment}>
								<th scope="row">{w.name}</th>
								<td>
									{w.column === null
										? 'No result assesses it'
										: columnLabel(columns[w.column]!, w.column)}
								</td>
								<td>{percentText(w.percent)}</td>
								<td>{stageWord(w.stage)}</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</section>
	);
}
