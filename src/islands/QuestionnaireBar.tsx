import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $activeAssessment } from '../stores/assessments';
import type { EnvironmentId } from '../lib/model';

type Environment = { id: EnvironmentId; name: string; codes: number[] };

type Props = {
	/** Every environment in page order, each with all its control codes. */
	environments: Environment[];
	/** The page: one environment's questions, or the quick check. */
	current: EnvironmentId | 'quick';
	/** The codes this page asks, in page order. */
	pageCodes: number[];
};

const hrefOf = (id: EnvironmentId | 'quick') =>
	id === 'quick' ? '/assess/quick/' : `/assess/${id}/`;

/**
 * The slim bar that stays at the top of every questionnaire page: whose assessment this is, how far
 * this page and the whole bank are answered, a tab per environment, and "Next unanswered question".
 * Its size does not change when it hydrates, so nothing below it moves.
 */
export default function QuestionnaireBar({ environments, current, pageCodes }: Props) {
	const active = useStore($activeAssessment, { ssr: () => null });
	const [message, setMessage] = useState<{ text: string; href?: string; label?: string } | null>(
		null
	);
	const answers = active?.answers ?? {};
	const isAnswered = (code: number) => Boolean(answers[String(code)]);
	const total = environments.reduce((n, e) => n + e.codes.length, 0);
	const answered = environments.reduce((n, e) => n + e.codes.filter(isAnswered).length, 0);
	const here = pageCodes.filter(isAnswered).length;

	function nextUnanswered() {
		const focused = document.activeElement?.closest<HTMLElement>('.q')?.dataset['code'];
		const start = focused ? pageCodes.indexOf(Number(focused)) + 1 : 0;
		const order = [...pageCodes.slice(start), ...pageCodes.slice(0, start)];
		const code = order.find((c) => !isAnswered(c));
		if (code === undefined) {
			const elsewhere = environments.find((e) => e.codes.some((c) => !isAnswered(c)));
			setMessage(
				elsewhere
					? {
							text: 'Every question on this page is answered.',
							href: hrefOf(elsewhere.id),
							label: `Continue with ${elsewhere.name}`,
						}
					: { text: 'Every question is answered.', href: '/results/', label: 'See your results' }
			);
			return;
		}
		const fieldset = document.getElementById(`control-${code}`);
		fieldset?.scrollIntoView({ block: 'start' });
		fieldset?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
		setMessage(null);
	}

	return (
		<nav class="q-bar" aria-label="Questionnaire">
			<div class="q-bar-row">
				<p class="q-bar-progress">
					<label for="page-progress">
						{here} of {pageCodes.length} answered here, {answered} of {total} in all
					</label>
					<progress id="page-progress" max={pageCodes.length} value={here} />
				</p>
				<button type="button" class="q-bar-next" onClick={nextUnanswered}>
					Next unanswered<span class="q-wide"> question</span>
				</button>
			</div>
			<ul class="q-tabs">
				<li>
					<a href="/assess/">Overview</a>
				</li>
				{environments.map((env) => (
					<li key={env.id}>
						<a href={hrefOf(env.id)} aria-current={env.id === current ? 'page' : undefined}>
							<TabName name={env.name} />{' '}
							<span class="q-tab-count">
								{env.codes.filter(isAnswered).length}/{env.codes.length}
							</span>
						</a>
					</li>
				))}
			</ul>
			<p role="status" class="q-bar-status">
				{message && (
					<>
						{message.text} {message.href && <a href={message.href}>{message.label}</a>}
					</>
				)}
			</p>
		</nav>
	);
}

/** An environment's name, with a trailing " environment" only shown on wide screens (it stays in the
 * accessible name), so the tabs take less room on a phone. */
function TabName({ name }: { name: string }) {
	const short = name.replace(/ environment$/, '');
	return short === name ? (
		<>{name}</>
	) : (
		<>
			{short}
			<span class="q-wide"> environment</span>
		</>
	);
}
