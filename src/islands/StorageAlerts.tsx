import { useStore } from '@nanostores/preact';
import {
	$saveError,
	$storageNotice,
	$storageProblem,
	dismissStorageProblem,
} from '../stores/assessments';
import { downloadText } from '../lib/download';

/** Tells the user when saved data could not be read, was upgraded, or could not be saved. */
export default function StorageAlerts() {
	const problem = useStore($storageProblem, { ssr: () => null });
	const notice = useStore($storageNotice, { ssr: () => null });
	const saveError = useStore($saveError, { ssr: () => null });
	return (
		<div>
			{problem && (
				<div class="notice error" role="alert">
					<p>
						<strong>Some saved data could not be read:</strong> {problem.problem}. Nothing was
						deleted:{' '}
						{problem.backupKey
							? `a copy is kept in this browser under “${problem.backupKey}”.`
							: 'download it now to keep a copy.'}{' '}
						Trustline started with what it could read.
					</p>
					<p>
						<button
							type="button"
							class="secondary"
							onClick={() =>
								downloadText('trustline-unreadable-data.json', problem.raw, 'application/json')
							}
						>
							Download the unreadable data
						</button>{' '}
						<button type="button" class="secondary" onClick={dismissStorageProblem}>
							Dismiss
						</button>
					</p>
				</div>
			)}
			{notice && !problem && (
				<div class="notice success" role="status">
					<p>{notice}</p>
				</div>
			)}
			{saveError && (
				<div class="notice error" role="alert">
					<p>{saveError}</p>
				</div>
			)}
		</div>
	);
}
