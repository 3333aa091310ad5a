import type { ScoreResult } from '../../lib/scoring';
import { STAGE_NAMES } from '../../lib/model';

type Props = { result: ScoreResult };

const ROW = 46;
const LEFT = 190;
const WIDTH = 620;
const BAR = 400;

/**
 * A bar chart of the Scores table: one bar per environment plus the overall score, with the
 * stage bands behind and a marker at each target. It is a picture of the table, which holds the
 * same numbers as text.
 */
export default function ScoresChart({ result }: Props) {
	const rows = [
		...result.environments.map((e) => ({
			label: e.name,
			percent: e.percent,
			target: e.target,
		})),
		{ label: 'Overall', percent: result.overall.percent, target: null },
	];
	const height = rows.length * ROW + 40;
	const x = (p: number) => LEFT + (p / 100) * BAR;
	return (
		<figure class="chart">
			<svg
				viewBox={`0 0 ${WIDTH} ${height}`}
				role="img"
				aria-labelledby="chart-title"
				class="scores-chart"
			>
				<title id="chart-title">
					Bar chart of the Scores table:{' '}
					{rows
						.map((r) => `${r.label} ${r.percent === null ? 'not assessed' : `${r.percent} %`}`)
						.join(', ')}
				</title>
				{[0, 25, 50, 75].map((start, i) => (
					<g key={start}>
						<rect
							x={x(start)}
							y={0}
							width={(25 / 100) * BAR}
							height={rows.length * ROW}
							class={`band band-${i}`}
						/>
						<text
							x={x(start + 12.5)}
							y={rows.length * ROW + 16}
							text-anchor="middle"
							class="band-label"
						>
							{STAGE_NAMES[i]}
						</text>
					</g>
				))}
				{rows.map((r, i) => (
					<g key={r.label}>
						<text x={LEFT - 10} y={i * ROW + ROW / 2 + 5} text-anchor="end" class="row-label">
							{r.label}
						</text>
						{r.percent !== null ? (
							<>
								<rect
									x={LEFT}
									y={i * ROW + 10}
									width={Math.max(2, (r.percent / 100) * BAR)}
									height={ROW - 20}
									class={i === rows.length - 1 ? 'bar overall' : 'bar'}
								/>
								<text x={x(r.percent) + 6} y={i * ROW + ROW / 2 + 5} class="value-label">
									{r.percent} %
								</text>
							</>
						) : (
							<text x={LEFT + 6} y={i * ROW + ROW / 2 + 5} class="value-label">
								not assessed
							</text>
						)}
						{r.target !== null && r.target > 0 && (
							<line
								x1={x(r.target * 25)}
								x2={x(r.target * 25)}
								y1={i * ROW + 4}
								y2={i * ROW + ROW - 4}
								class="target-mark"
							/>
						)}
					</g>
				))}
				<text x={WIDTH - 4} y={height - 4} text-anchor="end" class="band-label">
					Dashed line: where the target stage starts
				</text>
			</svg>
		</figure>
	);
}
