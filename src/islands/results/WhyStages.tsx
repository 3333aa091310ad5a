import { STAGE_NAMES } from '../../lib/model';
import type { ScoreResult } from '../../lib/scoring';
import { percentText, stageWord } from '../../lib/words';

/** Why each environment is at its stage, naming the critical control that capped it. */
export default function WhyStages({ result }: { result: ScoreResult }) {
	return (
		<section aria-labelledby="why-heading">
			<h2 id="why-heading">Why each stage</h2>
			<ul>
				{result.environments.map((e) => (
					<li key={e.environment}>
						<strong>{e.name}</strong>:{' '}
						{e.stage === null
							? 'not assessed: no question in it is answered with a stage or “Don’t know”.'
							: e.cappedBy
								? `capped at ${stageWord(e.stage)} because “${e.cappedBy.title}” is ${STAGE_NAMES[e.cappedBy.level]}. Its score of ${percentText(e.percent)} alone would reach ${stageWord(e.uncappedStage)}, but a critical control allows at most one stage above its own level.`
								: `${stageWord(e.stage)}, from a score of ${percentText(e.percent)}.`}
					</li>
				))}
			</ul>
			<p>
				<a href="/how-scoring-works/">How scoring works</a>
			</p>
		</section>
	);
}
