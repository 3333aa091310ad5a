import { useStore } from '@nanostores/preact';
import type { LinkRef, QuizQuestionData } from '../../lib/learn/model';
import { currentAttempt, moduleProgress } from '../../lib/learn/progress';
import { formatMoment, formatScore } from '../../lib/learn/format';
import { $learn, answerQuestion, retryModule } from '../../stores/learn';
import QuizView from './QuizView';

type Props = {
	moduleId: string;
	questions: QuizQuestionData[];
	/** Where to go once the module is passed: the next module, or the completion summary. */
	next: LinkRef;
};

/** A module's knowledge check, saved in the browser as the learner answers. */
export default function ModuleQuiz({ moduleId, questions, next }: Props) {
	const progress = useStore($learn, { ssr: () => null });
	const saved = moduleProgress(progress, moduleId);
	const attempt = currentAttempt(progress, moduleId);
	return (
		<div>
			{saved.passed && (
				<p class="notice success">
					You passed this module on {formatMoment(saved.passed.at)} with{' '}
					{formatScore(saved.passed.correct, saved.passed.total)}. You can take the check again at
					any time; your pass is kept.
				</p>
			)}
			<QuizView
				idPrefix={`quiz-${moduleId}`}
				questions={questions}
				attempt={attempt}
				onAnswer={(questionId, option) => answerQuestion(moduleId, questions, questionId, option)}
				onRetry={() => retryModule(moduleId)}
				after={(score) =>
					score.passed || saved.passed ? (
						<p>
							<a class="button" href={next.href}>
								{next.label}
							</a>
						</p>
					) : null
				}
			/>
		</div>
	);
}
