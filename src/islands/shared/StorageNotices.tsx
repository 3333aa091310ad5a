import type { StorageProblem } from '../../stores/backup';
import { downloadText } from '../../lib/download';

type ProblemProps = {
	/** What could not be read, e.g. "saved assessments". */
	subject: string;
	problem: StorageProblem;
	/** File name for the download of the unreadable data. */
	fileName: string;
	onDismiss: () => void;
};

/**
 * Tells the user that saved data could not be read, that nothing was deleted, where the copy is,
 * and offers it as a download. Every store that reads localStorage reports through this.
 */
export function StorageProblemNotice({ subject, problem, fileName, onDismiss }: ProblemProps) {
	return (
		<div class="notice error" role="alert">
			<p>
				<strong>Some {subject} could not be read:</strong> {problem.problem}. Nothing was deleted:{' '}
				{problem.backupKey
					? `a copy is kept in this browser under “${problem.backupKey}”.`
					: 'download it now to keep a copy.'}{' '}
				Trustline carried on with what it could read.
			</p>
			<p class="actions">
				<button
					type="button"
					class="secondary"
					onClick={() => downloadText(fileName, problem.raw, 'application/json')}
				>
					Download the unreadable data
				</button>
				<button type="button" class="secondary" onClick={onDismiss}>
					Dismiss
				</button>
			</p>
		</div>
	);
}

/** Tells the user that the browser refused to save. */
export function SaveErrorNotice({ message }: { message: string }) {
	return (
		<div class="notice error" role="alert">
			<p>{message}</p>
		</div>
	);
}
