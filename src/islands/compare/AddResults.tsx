import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { BankModel } from '../../lib/model';
import { $assessments } from '../../stores/assessments';
import {
	$entryProblems,
	$entryStatus,
	$reading,
	addAssessments,
	addFiles,
	addLinks,
} from '../../stores/compare';
import FileDrop from '../shared/FileDrop';

type Props = { bank: BankModel };

/** Where results come from: pasted links, dropped or chosen JSON exports, and saved assessments. */
export default function AddResults({ bank }: Props) {
	const problems = useStore($entryProblems);
	const status = useStore($entryStatus);
	const busy = useStore($reading);
	const saved = useStore($assessments, { ssr: () => [] });
	const [text, setText] = useState('');

	async function submit(event: Event) {
		event.preventDefault();
		const added = await addLinks(text, bank);
		// Keep the text while every line failed, so it can be corrected; clear it once read.
		if (added > 0 && $entryProblems.get().length === 0) setText('');
	}

	async function readFiles(list: FileList | null | undefined) {
		const files = [...(list ?? [])];
		if (files.length === 0) return;
		const read = await Promise.all(
			files.map(async (file) => ({ name: file.name, text: await file.text().catch(() => null) }))
		);
		await addFiles(read, bank);
	}

	return (
		<section aria-labelledby="add-heading" class="no-print">
			<h2 id="add-heading">Add results</h2>
			<form class="add-form" onSubmit={(e) => void submit(e)}>
				<label for="result-links">Result links, one per line</label>
				<textarea
					id="result-links"
					rows={5}
					spellcheck={false}
					autoComplete="off"
					value={text}
					onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
					aria-describedby="result-links-hint"
				/>
				<p id="result-links-hint" class="muted">
					Paste the links teams shared from their results page (or a comparison link). Each becomes
					a column. Links are read in this browser; nothing is sent anywhere.
				</p>
				<p class="actions">
					<button type="submit" disabled={busy || !text.trim()}>
						Add these results
					</button>
					{saved.length > 0 && (
						<button type="button" class="secondary" onClick={() => addAssessments(saved, bank)}>
							Add my saved assessments ({saved.length})
						</button>
					)}
				</p>
			</form>
			<FileDrop
				id="compare-files"
				label="Exported JSON files (or drop them here)"
				multiple
				onFiles={readFiles}
			/>
			<p role="status" class="entry-status">
				{busy ? 'Reading…' : status}
			</p>
			{problems.length > 0 && (
				<div class="notice error" role="alert">
					<p>
						<strong>
							{problems.length === 1 ? 'One entry' : `${problems.length} entries`} could not be read
						</strong>
						; the others were added.
					</p>
					<ul class="entry-problems">
						{problems.map((p, i) => (
							<li key={i}>
								<strong>{p.where}</strong>
								{p.excerpt && (
									<>
										{' '}
										(<code>{p.excerpt}</code>)
									</>
								)}
								: {p.message}
							</li>
						))}
					</ul>
				</div>
			)}
		</section>
	);
}
