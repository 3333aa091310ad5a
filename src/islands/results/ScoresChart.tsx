import type { ScoreResult } from '../../lib/scoring';
import { STAGE_NAMES, type Level } from '../../lib/model';
import { percentText, stageWord } from '../../lib/words';

type Props = { result: ScoreResult };

const ROW = 64;
const LEFT = 190;
const WIDTH = 640;
const BAR = 400;

interface Row {
	label: string;
	percent: number | null;
	target: Level | null;
	/** What the bar's stage is, in words: "Initial, capped by “Signed commits”". */
	stage: string;
}

/** The rows of the chart, with each bar's stage in words (and the control that capped it). */
function rowsOf(result: ScoreResult): Row[] {
	return [
		...result.environments.map((e) => ({
			label: e.name,
			percent: e.percent,
			target: e.target,
			stage:
				e.stage === null
					? 'not assessed'
					: e.cappedBy
						? `${stageWord(e.stage)}, capped by “${e.cappedBy.title}”`
						: stageWord(e.stage),
		})),
		{
			label: 'Overall',
			percent: result.overall.percent,
			target: null,
			stage:
				result.overall.stage === null
					? 'not assessed'
					: `${stageWord(result.overall.stage)}, the weakest environment’s`,
		},
	];
}

/**
 * A bar chart of the Scores table: one bar per environment plus the overall score, with the
 * stage bands behind, a marker at each target, and under each bar its stage, which a cap can hold
 * below the band the bar ends in ("capped by …"). It is a picture of the table, which holds the
 * same numbers as text. On narrow screens, where the picture's text would shrink too small to
 * read, a list with small bars takes its place (see .chart-list in results.astro).
 */
export default function ScoresChart({ result }: Props) {
	const rows = rowsOf(result);
	const height = rows.length * ROW + 40;
	const x = (p: number) => LEFT + (p / 100) * BAR;
	const summary = rows
		.map(
			(r) =>
				`${r.label} ${r.percent === null ? 'not assessed' : `${r.percent} %, stage ${r.stage}`}`
		)
		.join('; ');
	return (
		<figure class="chart">
			<svg
				viewBox={`0 0 ${WIDTH} ${height}`}
				role="img"
				aria-labelledby="chart-title"
				class="scores-chart"
			>
				<title id="chart-title">Bar chart of the Scores table: {summary}</title>
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
						<text x={LEFT - 10} y={i * ROW + 27} text-anchor="end" class="row-label">
							{r.label}
						</text>
						{r.percent !== null ? (
							<>
								<rect
									x={LEFT}
									y={i * ROW + 8}
									width={Math.max(2, (r.percent / 100) * BAR)}
									height={26}
									class={i === rows.length - 1 ? 'bar overall' : 'bar'}
								/>
								<text x={x(r.percent) + 6} y={i * ROW + 27} class="value-label">
									{r.percent} %
								</text>
							</>
						) : (
							<text x={LEFT + 6} y={i * ROW + 27} class="value-label">
								not assessed
							</text>
						)}
						{r.percent !== null && (
							<text x={10} y={i * ROW + 54} class="stage-label">
								Stage: {r.stage}
							</text>
						)}
						{r.target !== null && r.target > 0 && (
							<line
								x1={x(r.target * 25)}
								x2={x(r.target * 25)}
								y1={i * ROW + 4}
								y2={i * ROW + 38}
								class="target-mark"
							/>
						)}
					</g>
				))}
				<text x={WIDTH - 4} y={height - 4} text-anchor="end" class="band-label">
					Dashed line: where the target stage starts
				</text>
			</svg>
			<ul class="chart-list" aria-label="Scores by environment">
				{rows.map((r) => (
					<li key={r.label}>
						<span class="chart-list-label">
							<strong>{r.label}</strong>: {percentText(r.percent)}
							{r.percent !== null && <>, stage {r.stage}</>}
							{r.target !== null && <>; target {STAGE_NAMES[r.target]}</>}
						</span>
						{r.percent !== null && (
							<svg viewBox="0 0 100 6" class="chart-list-bar" aria-hidden="true" focusable="false">
								<rect x="0" y="0" width="100" height="6" class="track" />
								<rect x="0" y="0" width={Math.max(1, r.percent)} height="6" class="bar" />
							</svg>
						)}
					</li>
				))}
			</ul>
		</figure>
	);
}
