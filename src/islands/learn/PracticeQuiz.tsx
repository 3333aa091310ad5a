import { useState } from 'preact/hooks';
import type { QuizQuestionData } from '../../lib/learn/model';
import { freshSeed, seedFromText } from '../../lib/quiz';
import QuizView, { type QuizAttempt } from './QuizView';

type Props = {
	idPrefix: string;
	questions: QuizQuestionData[];
};

/** A knowledge check kept on this page only: practice that does not count towards the path. */
export default function PracticeQuiz({ idPrefix, questions }: Props) {
	const [attempt, setAttempt] = useState<QuizAttempt>(() => ({
		seed: seedFromText(questions.map((q) => q.id).join(' ')),
		answers: {},
	}));
	return (
		<QuizView
			idPrefix={idPrefix}
			questions={questions}
			attempt={attempt}
			onAnswer={(id, option) =>
				setAttempt((a) =>
					Object.hasOwn(a.answers, id) ? a : { ...a, answers: { ...a.answers, [id]: option } }
				)
			}
			onRetry={() => setAttempt({ seed: freshSeed(), answers: {} })}
		/>
	);
}
