import { useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { SuggestionRule } from '../lib/scorecard/checks';
import type { FileOutcome } from '../lib/scorecard/scorecard';
import type { ScorecardResult } from '../lib/scorecard/parse';
import {
	$suggestionsProblem,
	$suggestionsSaveError,
	dismissSuggestionsProblem,
	showSuggestions,
} from '../stores/suggestions';
import { plural } from '../lib/text';
import FileDrop from './shared/FileDrop';
import { SaveErrorNotice, StorageProblemNotice } from './shared/StorageNotices';

type Props = {
	/** The mapping's rules: which check scores suggest which stage of which control. */
	rules: SuggestionRule[];
	/** Every control's code by id, as suggestions name controls by id. */
	codesById: Record<string, number>;
	/** The codes this page asks. */
	pageCodes: number[];
	/** The question bank's version, for the assessment an import may start. */
	bankVersion: number;
};

/**
 * "Import OpenSSF Scorecard results": one or more Scorecard JSON files (picked or dropped), read
 * in the browser by a parser that loads on the first import. Suggestions appear beside their
 * questions (src/scripts/questionnaire.ts shows them); nothing here changes an answer.
 */
export default function ScorecardImport({ rules, codesById, pageCodes, bankVersion }: Props) {
	const results = useRef<ScorecardResult[]>([]);
	const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
	const [summary, setSummary] = useState('');
	const [busy, setBusy] = useState(false);
	const problem = useStore($suggestionsProblem, { ssr: () => null });
	const saveError = useStore($suggestionsSaveError, { ssr: () => null });

	async function onFiles(files: FileList | null | undefined) {
		if (!files || files.length === 0) return;
		setBusy(true);
		const done: FileOutcome[] = [];
		try {
			const scorecard = await import('../lib/scorecard/scorecard');
			const texts: { name: string; text: string }[] = [];
			for (const file of files) {
				const tooLarge = scorecard.scorecardSizeProblem(file.size);
				if (tooLarge) {
					done.push({ file: file.name, ok: false, message: tooLarge });
					continue;
				}
				try {
					texts.push({ name: file.name, text: await file.text() });
				} catch {
					done.push({ file: file.name, ok: false, message: 'The file could not be read.' });
				}
			}
			const read = scorecard.importScorecardFiles(texts, results.current, rules, codesById);
			results.current = read.results;
			showSuggestions(read.suggestions, bankVersion);
			const here = new Set(pageCodes);
			const onPage = read.suggestions.filter((s) => here.has(s.code)).length;
			const elsewhere = read.suggestions.length - onPage;
			setOutcomes([...read.outcomes, ...done]);
			setSummary(
				read.results.length === 0
					? 'No Scorecard result was read, so nothing is suggested. Your answers are unchanged.'
					: `From ${plural(read.results.length, 'repository', 'repositories')}, Scorecard suggests answers to ${plural(onPage, 'question', 'questions')} on this page` +
							(elsewhere > 0
								? ` (and ${elsewhere} on other pages of the assessment: import the files there to see them).`
								: '.') +
							(onPage > 0
								? ' Each suggestion is beside its question, and "Show: Suggested" lists them; nothing is answered until you accept. Suggestions are kept with this assessment in this browser, after a reload too, until you accept or dismiss them.'
								: '')
			);
		} catch {
			setOutcomes(done);
			setSummary('The Scorecard reader could not be loaded; reload the page and try again.');
		} finally {
			setBusy(false);
		}
	}

	return (
		<div class="scorecard-import">
			<h3>Import OpenSSF Scorecard results</h3>
			<p class="hint">
				Scorecard JSON (<code>scorecard --format json</code> or the public API), one file per
				repository. Read in this browser only. <a href="/automation/">Which checks suggest what</a>
			</p>
			{problem && (
				<StorageProblemNotice
					subject="saved Scorecard suggestions"
					problem={problem}
					fileName="trustline-unreadable-suggestions.json"
					onDismiss={dismissSuggestionsProblem}
				/>
			)}
			{saveError && <SaveErrorNotice message={saveError} />}
			<FileDrop
				id="scorecard-files"
				label="Import OpenSSF Scorecard results (or drop the files here)"
				multiple
				onFiles={onFiles}
			/>
			<div role="status" class="scorecard-status">
				{busy && <p>Reading…</p>}
				{summary && <p>{summary}</p>}
				{outcomes.length > 0 && (
					<ul>
						{outcomes.map((o, i) => (
							<li key={i} class={o.ok ? undefined : 'problem'}>
								<strong>{o.file}</strong>: {o.ok ? o.message : `not used. ${o.message}`}
							</li>
						))}
					</ul>
				)}
			</div>
		</div>
	);
}
