import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { buildGapPath, type GapControl, type GapQuestion } from '../../lib/learn/gaps';
import type { QuizQuestionData } from '../../lib/learn/model';
import { STAGE_NAMES } from '../../lib/model';
import { $activeAssessment } from '../../stores/assessments';
import PracticeQuiz from './PracticeQuiz';

type Props = {
	controls: GapControl[];
	/** Threat severities by id. */
	severities: Record<string, number>;
	questions: GapQuestion[];
	/** Module titles by id. */
	moduleTitles: Record<string, string>;
	/** Where the full question data is served (fetched only when the learner starts practising). */
	questionsUrl: string;
};

type Practice =
	| { state: 'idle' }
	| { state: 'loading' }
	| { state: 'failed' }
	| { state: 'ready'; questions: QuizQuestionData[] };

/**
 * "Learn what your gaps mean": the active assessment's lowest controls, each with its guide's next
 * step and related knowledge-check questions, and a practice check on those questions.
 */
export default function GapPath({
	controls,
	severities,
	questions,
	moduleTitles,
	questionsUrl,
}: Props) {
	const active = useStore($activeAssessment, { ssr: () => null });
	const [mounted, setMounted] = useState(false);
	const [practice, setPractice] = useState<Practice>({ state: 'idle' });
	useEffect(() => setMounted(true), []);

	if (!mounted) return <p>Looking for your assessment on this device…</p>;

	if (!active) {
		return (
			<div class="notice">
				<p>
					There is no assessment on this device yet, so there are no gaps to learn about.{' '}
					<a href="/assess/">Take the assessment</a> first, then come back here; your answers stay
					in this browser.
				</p>
			</div>
		);
	}

	const gaps = buildGapPath(controls, severities, active.answers, questions);
	if (gaps.length === 0) {
		return (
			<div class="notice">
				<p>
					The assessment “{active.name}” has no control answered below Optimal yet, so there is
					nothing to build a path from. <a href="/assess/">Answer more questions</a> or follow the{' '}
					<a href="/learn/">onboarding path</a>.
				</p>
			</div>
		);
	}

	const ids = [...new Set(gaps.flatMap((g) => g.questions))];

	async function start() {
		setPractice({ state: 'loading' });
		try {
			const response = await fetch(questionsUrl);
			if (!response.ok) throw new Error(String(response.status));
			const all = (await response.json()) as QuizQuestionData[];
			const byId = new Map(all.map((q) => [q.id, q]));
			const chosen = ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
			setPractice({ state: 'ready', questions: chosen });
		} catch {
			setPractice({ state: 'failed' });
		}
	}

	return (
		<div class="gap-path">
			<h2>Your personal path</h2>
			<p>
				Built from the assessment “{active.name}”: its {gaps.length} lowest-rated controls, lowest
				first, then the ones that stop the most severe threats.
			</p>
			<ol class="gap-steps">
				{gaps.map((gap) => {
					const related = questions.filter((q) => gap.questions.includes(q.id));
					const modules = [...new Set(related.map((q) => q.module))];
					return (
						<li class="card gap-step">
							<h3>{gap.control.title}</h3>
							<p>
								Your team: <strong>{STAGE_NAMES[gap.level]}</strong>
								{gap.unknown && ' (answered “Don’t know”, which counts as Traditional)'}.
							</p>
							<p>
								Next step:{' '}
								<a href={`/guides/${gap.control.guide}/#${gap.anchor}`}>
									from {STAGE_NAMES[gap.level]} to {STAGE_NAMES[gap.level + 1]} in the guide
								</a>
							</p>
							<p>
								{related.length === 0
									? 'No knowledge-check question covers this control yet.'
									: `${related.length} related knowledge-check ${related.length === 1 ? 'question' : 'questions'}, in: `}
								{modules.map((id, i) => (
									<>
										{i > 0 && ', '}
										<a href={`/learn/${id}/`}>{moduleTitles[id] ?? id}</a>
									</>
								))}
							</p>
						</li>
					);
				})}
			</ol>
			<h2>Practise on your gaps</h2>
			{ids.length === 0 ? (
				<p>No knowledge-check question covers these controls yet.</p>
			) : practice.state === 'ready' ? (
				<PracticeQuiz idPrefix="gaps" questions={practice.questions} />
			) : (
				<>
					<p>
						{ids.length} questions related to these controls. Practice answers stay on this page and
						do not count towards the onboarding path.
					</p>
					{practice.state === 'failed' && (
						<p class="notice error" role="alert">
							The questions could not be loaded. Check your connection and try again.
						</p>
					)}
					<p>
						<button
							type="button"
							onClick={() => void start()}
							disabled={practice.state === 'loading'}
						>
							{practice.state === 'loading' ? 'Loading the questions…' : 'Start practising'}
						</button>
					</p>
				</>
			)}
		</div>
	);
}
