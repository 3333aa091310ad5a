import { STAGE_NAMES } from '../../lib/model';
import type { ScoreResult } from '../../lib/scoring';
import { percentText, stageWord } from '../../lib/words';

/**
 * Why each environment is at its stage, naming the critical control that capped it, and why the
 * overall stage is what it is: the weakest environment's.
 */
export default function WhyStages({ result }: { result: ScoreResult }) {
	const o = result.overall;
	const weakest = result.environments.filter((e) => e.stage !== null && e.stage === o.stage);
	const names = weakest.map((e) => e.name);
	const list =
		names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
	return (
		<section aria-labelledby="why-heading">
			<h2 id="why-heading">Why each stage</h2>
			<p>
				{o.stage === null
					? 'The overall stage is not assessed yet: no environment has a question answered with a stage or “Don’t know”.'
					: `The overall stage is the weakest environment’s: ${stageWord(o.stage)}, the stage of the ${list}. An attacker needs only the weakest way in, so a strong environment does not make up for a weak one. The overall score of ${percentText(o.percent)} is the mean of the environments’ scores.`}
			</p>
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
