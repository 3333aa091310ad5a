import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { pathState, type ModuleState } from '../../lib/learn/progress';
import { formatMoment, formatScore } from '../../lib/learn/format';
import { $learn, clearLearnProgress } from '../../stores/learn';
import LearnAlerts from './LearnAlerts';

type Props = {
	/** The path's modules in order, with what progress needs of their questions. */
	modules: {
		id: string;
		title: string;
		summary: string;
		href: string;
		questions: { id: string; options: { correct: boolean }[] }[];
	}[];
};

function status(state: ModuleState): { label: string; detail: string; tone: string } {
	switch (state.status) {
		case 'passed':
			return {
				label: 'Passed',
				detail: `on ${formatMoment(state.passed!.at)} with ${formatScore(state.passed!.correct, state.passed!.total)}`,
				tone: 'ok',
			};
		case 'not-passed':
			return {
				label: 'Not passed yet',
				detail: `latest score ${formatScore(state.last!.correct, state.last!.total)}; retry to pass`,
				tone: 'warn',
			};
		case 'in-progress':
			return {
				label: 'In progress',
				detail: `${state.answered} of ${state.total} questions answered${state.tourDone ? ', tour seen' : ''}`,
				tone: 'info',
			};
		default:
			return { label: 'Not started', detail: `${state.total} questions`, tone: 'none' };
	}
}

/** The onboarding path with what is done: one line per module, overall progress, where to go next. */
export default function PathOverview({ modules }: Props) {
	const progress = useStore($learn, { ssr: () => null });
	const [confirming, setConfirming] = useState(false);
	const path = pathState(progress, modules);
	const next = modules.find((m) => m.id === path.next);
	const started = path.modules.some((m) => m.status !== 'not-started');

	return (
		<div class="path-overview">
			<LearnAlerts />
			<p class="path-summary">
				<label for="path-progress">
					{path.passed} of {path.total} modules passed
				</label>{' '}
				<progress id="path-progress" max={path.total} value={path.passed}>
					{path.passed} of {path.total}
				</progress>
			</p>
			<ol class="path-modules">
				{modules.map((m, i) => {
					const s = status(path.modules[i]!);
					return (
						<li class="card path-module">
							<h3>
								<a href={m.href}>{m.title}</a>
							</h3>
							<p>{m.summary}</p>
							<p>
								<span class={`badge path-status path-status-${s.tone}`}>{s.label}</span> {s.detail}
							</p>
						</li>
					);
				})}
			</ol>
			<p class="path-actions">
				{path.complete ? (
					<a class="button" href="/learn/completion/">
						See your completion summary
					</a>
				) : (
					next && (
						<a class="button" href={next.href}>
							{started ? `Continue: ${next.title}` : `Start: ${next.title}`}
						</a>
					)
				)}{' '}
				<a class="button secondary" href="/learn/completion/">
					Completion summary and share link
				</a>
			</p>
			{started && (
				<p>
					{confirming ? (
						<>
							<span id="clear-question">Forget all training progress on this device?</span>{' '}
							<button
								type="button"
								aria-describedby="clear-question"
								onClick={() => {
									clearLearnProgress();
									setConfirming(false);
								}}
							>
								Yes, forget it
							</button>{' '}
							<button type="button" class="secondary" onClick={() => setConfirming(false)}>
								Keep it
							</button>
						</>
					) : (
						<button type="button" class="secondary" onClick={() => setConfirming(true)}>
							Start the path again
						</button>
					)}
				</p>
			)}
		</div>
	);
}
