import { useStore } from '@nanostores/preact';
import type { BankModel } from '../../lib/model';
import { $import, importFile, resolveImport } from '../../stores/results';
import FileDrop from '../shared/FileDrop';

/** Importing a JSON export, and what to do when it clashes with a saved assessment. */
export default function ImportPanel({ bank }: { bank: BankModel }) {
	const { error, status, pending } = useStore($import);
	return (
		<section aria-labelledby="import-heading" class="no-print">
			<h2 id="import-heading">Import</h2>
			<FileDrop
				id="import-file"
				label="Import a JSON export (or drop the file here)"
				onFiles={(files) => importFile(files?.[0], bank)}
			/>
			{error && (
				<p class="notice error" role="alert">
					{error}
				</p>
			)}
			<div role="status">
				{status && <p>{status}</p>}
				{pending && (
					<p class="actions">
						<button type="button" onClick={() => void resolveImport('replace')}>
							Replace it
						</button>
						<button type="button" class="secondary" onClick={() => void resolveImport('copy')}>
							Import as a copy
						</button>
						<button type="button" class="secondary" onClick={() => void resolveImport('cancel')}>
							Cancel
						</button>
					</p>
				)}
			</div>
		</section>
	);
}
