import { useStore } from '@nanostores/preact';
import { $learnProblem, $learnSaveError, dismissLearnProblem } from '../../stores/learn';

/** Tells the learner when saved progress could not be read or could not be saved. */
export default function LearnAlerts() {
	const problem = useStore($learnProblem, { ssr: () => null });
	const saveError = useStore($learnSaveError, { ssr: () => null });
	return (
		<>
			{problem && (
				<div class="notice error" role="alert">
					<p>
						<strong>Some of your saved training progress could not be read:</strong>{' '}
						{problem.problem}. Nothing was deleted:{' '}
						{problem.backupKey
							? `a copy is kept in this browser under “${problem.backupKey}”.`
							: 'this browser would not keep a copy.'}{' '}
						Trustline carried on with what it could read.
					</p>
					<p>
						<button type="button" class="secondary" onClick={dismissLearnProblem}>
							Dismiss
						</button>
					</p>
				</div>
			)}
			{saveError && (
				<div class="notice error" role="alert">
					<p>{saveError}</p>
				</div>
			)}
		</>
	);
}
