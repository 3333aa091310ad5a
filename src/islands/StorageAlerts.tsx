import { useStore } from '@nanostores/preact';
import {
	$saveError,
	$storageNotice,
	$storageProblem,
	dismissStorageProblem,
} from '../stores/assessments';
import { SaveErrorNotice, StorageProblemNotice } from './shared/StorageNotices';

/** Tells the user when saved data could not be read, was upgraded, or could not be saved. */
export default function StorageAlerts() {
	const problem = useStore($storageProblem, { ssr: () => null });
	const notice = useStore($storageNotice, { ssr: () => null });
	const saveError = useStore($saveError, { ssr: () => null });
	return (
		<div>
			{problem && (
				<StorageProblemNotice
					subject="saved data"
					problem={problem}
					fileName="trustline-unreadable-data.json"
					onDismiss={dismissStorageProblem}
				/>
			)}
			{notice && !problem && (
				<div class="notice success" role="status">
					<p>{notice}</p>
				</div>
			)}
			{saveError && <SaveErrorNotice message={saveError} />}
		</div>
	);
}
