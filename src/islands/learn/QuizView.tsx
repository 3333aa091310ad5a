import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LinkRef, QuizQuestionData } from '../../lib/learn/model';
import { formatScore } from '../../lib/learn/format';
import RichText from './RichText';
import {
	arrangeQuiz,
	passThreshold,
	PASS_MARK_PERCENT,
	scoreQuiz,
	type QuizScore,
} from '../../lib/quiz';

export type QuizAttempt = { seed: number; answers: Readonly<Record<string, number>> };

type Props = {
	/** Unique per quiz on the page, for element ids. */
	idPrefix: string;
	questions: QuizQuestionData[];
	attempt: QuizAttempt;
	onAnswer: (questionId: string, option: number) => void;
	onRetry: () => void;
	/** Extra content under the score, e.g. a link to the next module once passed. */
	after?: (score: QuizScore) => ComponentChildren;
};

type Focus = 'question' | 'feedback' | 'results' | null;

function Links({ label, links }: { label: string; links: LinkRef[] }) {
	if (links.length === 0) return null;
	return (
		<p class="quiz-links">
			{label}:{' '}
			{links.map((link, i) => (
				<>
					{i > 0 && ', '}
					<a href={link.href}>{link.label}</a>
				</>
			))}
		</p>
	);
}

/**
 * A knowledge check, one question at a time: choose an option, check it, read why each option is
 * right or wrong, go on; then the score against the pass mark and a retry in a new order. The
 * component holds only what is on screen; the attempt (seed and checked answers) and what happens
 * on an answer or a retry belong to the caller, so a module's check is saved and a practice
 * check is not.
 */
export default function QuizView({
	idPrefix,
	questions,
	attempt,
	onAnswer,
	onRetry,
	after,
}: Props) {
	const arranged = useMemo(() => arrangeQuiz(questions, attempt.seed), [questions, attempt.seed]);
	const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
	const score = scoreQuiz(questions, attempt.answers);
	/** The answered question whose feedback is on screen, until the learner moves on. */
	const [reviewing, setReviewing] = useState<string | null>(null);
	const [selected, setSelected] = useState<Record<string, number>>({});
	const [error, setError] = useState('');
	const [focus, setFocus] = useState<Focus>(null);
	const questionHeading = useRef<HTMLHeadingElement>(null);
	const feedbackHeading = useRef<HTMLHeadingElement>(null);
	const scoreHeading = useRef<HTMLHeadingElement>(null);

	// A focus request waits until its target is on screen: a saved attempt may update a render later.
	// A layout effect, so focus moves before the next key press can land on the old element.
	useLayoutEffect(() => {
		if (!focus) return;
		const target = { question: questionHeading, feedback: feedbackHeading, results: scoreHeading }[
			focus
		].current;
		// The question heading stays on screen with the feedback, so "question" also waits for the form.
		if (
			!target?.isConnected ||
			(focus === 'question' && target.closest('.quiz-question')?.querySelector('form') === null)
		) {
			return;
		}
		target.focus();
		setFocus(null);
	});

	if (questions.length === 0) return <p>This knowledge check has no questions yet.</p>;

	const isAnswered = (id: string) => Object.hasOwn(attempt.answers, id);
	const showing =
		reviewing && isAnswered(reviewing)
			? reviewing
			: (arranged.find((q) => !isAnswered(q.id))?.id ?? null);
	const position = arranged.findIndex((q) => q.id === showing);
	const threshold = passThreshold(questions.length);

	function check(event: Event) {
		event.preventDefault();
		if (!showing) return;
		const choice = selected[showing];
		if (choice === undefined) {
			setError('Choose an answer first.');
			return;
		}
		setError('');
		onAnswer(showing, choice);
		setReviewing(showing);
		setFocus('feedback');
	}

	function next() {
		setReviewing(null);
		setFocus(score.complete ? 'results' : 'question');
	}

	function retry() {
		setReviewing(null);
		setSelected({});
		setError('');
		onRetry();
		setFocus('question');
	}

	if (showing === null || position < 0) {
		return (
			<div class="quiz">
				<h3 id={`${idPrefix}-score`} tabIndex={-1} ref={scoreHeading}>
					Your score: {formatScore(score.correct, score.total)}
				</h3>
				{score.passed ? (
					<p class="notice success">
						<strong>Passed.</strong> You reached the pass mark of {PASS_MARK_PERCENT} % ({threshold}{' '}
						of {questions.length}).
					</p>
				) : (
					<p class="notice warning">
						<strong>Not passed yet.</strong> You need {threshold} of {questions.length} (
						{PASS_MARK_PERCENT} %). Read the explanations and the linked guides, then try again: the
						questions and options come in a new order.
					</p>
				)}
				<h4>Your answers</h4>
				<ol class="quiz-review">
					{arranged.map((a) => {
						const q = byId.get(a.id)!;
						const chosen = attempt.answers[a.id];
						const right = chosen !== undefined && q.options[chosen]?.correct === true;
						return (
							<li>
								<span class={`badge ${right ? 'quiz-right' : 'quiz-wrong'}`}>
									{right ? 'Correct' : 'Incorrect'}
								</span>{' '}
								<RichText text={q.scenario} />
							</li>
						);
					})}
				</ol>
				<p>
					<button type="button" onClick={retry}>
						Retry with a new order
					</button>
				</p>
				{after?.(score)}
			</div>
		);
	}

	const question = byId.get(showing)!;
	const order = arranged[position]!.options;
	const answered = isAnswered(showing);
	const chosen = attempt.answers[showing];
	const headingId = `${idPrefix}-${showing}-heading`;
	const isLast = answered && score.complete;

	return (
		<div class="quiz">
			<section class="quiz-question card" aria-labelledby={headingId} key={showing}>
				<h3 id={headingId} tabIndex={-1} ref={questionHeading}>
					Question {position + 1} of {arranged.length}
				</h3>
				<p class="quiz-scenario">
					<RichText text={question.scenario} />
				</p>
				{!answered ? (
					<form onSubmit={check} noValidate>
						<fieldset aria-describedby={error ? `${idPrefix}-error` : undefined}>
							<legend>
								<RichText text={question.question} />
							</legend>
							{order.map((option, i) => {
								const id = `${idPrefix}-${showing}-${option}`;
								return (
									<div class="quiz-option">
										<input
											type="radio"
											id={id}
											name={`${idPrefix}-${showing}`}
											value={option}
											checked={selected[showing] === option}
											onChange={() => {
												setSelected({ ...selected, [showing]: option });
												setError('');
											}}
										/>
										<label for={id}>
											<span class="quiz-letter" aria-hidden="true">
												{String.fromCharCode(65 + i)}.
											</span>{' '}
											<RichText text={question.options[option]!.text} />
										</label>
									</div>
								);
							})}
						</fieldset>
						{error && (
							<p id={`${idPrefix}-error`} class="quiz-error" role="alert">
								{error}
							</p>
						)}
						<p>
							<button type="submit">Check answer</button>
						</p>
					</form>
				) : (
					<div class="quiz-feedback">
						<h4
							tabIndex={-1}
							ref={feedbackHeading}
							class={
								question.options[chosen!]?.correct ? 'quiz-verdict-right' : 'quiz-verdict-wrong'
							}
						>
							{question.options[chosen!]?.correct ? 'Correct.' : 'Not quite.'}{' '}
							<span class="quiz-verdict-detail">
								<RichText text={question.question} />
							</span>
						</h4>
						<ul class="quiz-explanations">
							{order.map((option) => {
								const o = question.options[option]!;
								const mine = option === chosen;
								return (
									<li class={o.correct ? 'is-correct' : mine ? 'is-wrong' : undefined}>
										<p>
											<strong>
												<RichText text={o.text} />
											</strong>
											{mine && <span class="badge">Your answer</span>}
											{o.correct && <span class="badge quiz-right">Correct answer</span>}
										</p>
										<p>
											<RichText text={o.explanation} />
										</p>
									</li>
								);
							})}
						</ul>
						<Links label="Controls involved" links={question.controls} />
						<Links label="Threats involved" links={question.threats} />
						<p>
							<button type="button" onClick={next}>
								{isLast ? 'See your score' : 'Next question'}
							</button>
						</p>
					</div>
				)}
			</section>
			<p class="quiz-progress">
				{score.answered} of {score.total} answered, {score.correct} correct so far.
			</p>
		</div>
	);
}
