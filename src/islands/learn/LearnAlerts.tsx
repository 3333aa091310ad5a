import { useStore } from '@nanostores/preact';
import { $learnProblem, $learnSaveError, dismissLearnProblem } from '../../stores/learn';
import { SaveErrorNotice, StorageProblemNotice } from '../shared/StorageNotices';

/** Tells the learner when saved progress could not be read or could not be saved. */
export default function LearnAlerts() {
	const problem = useStore($learnProblem, { ssr: () => null });
	const saveError = useStore($learnSaveError, { ssr: () => null });
	return (
		<>
			{problem && (
				<StorageProblemNotice
					subject="of your saved training progress"
					problem={problem}
					fileName="trustline-unreadable-training-progress.json"
					onDismiss={dismissLearnProblem}
				/>
			)}
			{saveError && <SaveErrorNotice message={saveError} />}
		</>
	);
}
