import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BankModel } from '../lib/model';
import type { SharedResult } from '../lib/share/shared';
import { compareResults, type Column } from '../lib/compare/grid';
import {
	$columns,
	$keptProblem,
	$keptSaveError,
	$lastComparison,
	$reading,
	dismissKeptProblem,
	openComparisonLink,
	resumeLastComparison,
} from '../stores/compare';
import { timeText } from '../lib/dates';
import { $hash } from '../stores/hash';
import { $snapshotProblem, $snapshotSaveError, dismissSnapshotProblem } from '../stores/snapshots';
import { SaveErrorNotice, StorageProblemNotice } from './shared/StorageNotices';
import AddResults from './compare/AddResults';
import ControlGrid from './compare/ControlGrid';
import ResultList from './compare/ResultList';
import ScoresTable, { TeamSummary } from './compare/ScoresTable';
import ShareComparison from './compare/ShareComparison';
import Snapshots from './compare/Snapshots';

type Props = { bank: BankModel };

/**
 * The comparison page: results side by side (added from links, files, saved assessments or
 * snapshots, or opened from a comparison link in the address) and snapshots over time.
 */
export default function CompareView({ bank }: Props) {
	const columns = useStore($columns);
	const hash = useStore($hash, { ssr: 'initial' });
	const [hydrated, setHydrated] = useState(false);

	useEffect(() => setHydrated(true), []);
	useEffect(() => {
		if (hydrated) void openComparisonLink(hash.fragment, bank);
	}, [hash, bank, hydrated]);

	useEffect(() => {
		// With nothing compared, an old comparison link in the address would only mislead a reload.
		if (hydrated && columns.length === 0 && window.location.hash.startsWith('#c.')) {
			history.replaceState(null, '', window.location.pathname);
		}
	}, [hydrated, columns.length]);

	// Renaming a column changes only its label: the grid, scores and rows are kept, so the table
	// does not rebuild on every keystroke (see Row in ./compare/ControlGrid).
	const results = useStableResults(columns);
	const base = useMemo(() => compareResults(bank, columns), [bank, results]);
	const comparison = base.columns === columns ? base : { ...base, columns };

	if (!hydrated) return <p>Loading the comparison…</p>;

	return (
		<div class="compare">
			<SnapshotAlerts />
			<AddResults bank={bank} />
			{columns.length === 0 ? (
				<div class="card">
					<p>
						Nothing to compare yet. Paste result links above, drop exported JSON files, or add your
						saved assessments; each result becomes a column.
					</p>
					<ResumeOffer bank={bank} />
				</div>
			) : (
				<>
					<ResultList columns={columns} />
					{comparison.mixedVersions && (
						<p class="notice warning" role="note">
							These results were answered against different versions of the question bank (
							{comparison.versions.map((v) => `version ${v}`).join(', ')}; this site uses version{' '}
							{bank.version}), so they are compared only on the {comparison.sharedCodes.length}{' '}
							controls they share. {comparison.excluded.length} controls are left out of the scores
							and the table.
						</p>
					)}
					<ScoresTable comparison={comparison} />
					<TeamSummary comparison={comparison} />
					<ControlGrid comparison={comparison} />
					<ShareComparison bank={bank} comparison={comparison} />
				</>
			)}
			<Snapshots bank={bank} />
		</div>
	);
}

/** The columns' results, as the same array for as long as no result is added, removed or moved. */
function useStableResults(columns: readonly Column[]): readonly SharedResult[] {
	const kept = useRef<readonly SharedResult[]>([]);
	const next = columns.map((c) => c.result);
	if (next.length !== kept.current.length || next.some((r, i) => r !== kept.current[i])) {
		kept.current = next;
	}
	return kept.current;
}

/**
 * "Resume the last comparison": the comparison is kept in this browser whenever it changes, so
 * coming back to an empty page offers it again.
 */
function ResumeOffer({ bank }: Props) {
	const last = useStore($lastComparison);
	const busy = useStore($reading);
	if (!last || busy) return null;
	const count = last.names.length;
	return (
		<p>
			Your last comparison ({count} {count === 1 ? 'result' : 'results'}
			{count ? `: ${last.names.join(', ')}` : ''}) is kept in this browser since{' '}
			{timeText(last.savedAt)}.{' '}
			<button type="button" onClick={() => void resumeLastComparison(bank)}>
				Resume the last comparison
			</button>
		</p>
	);
}

/** Tells the user when saved snapshots or comparisons could not be read or saved. */
function SnapshotAlerts() {
	const problem = useStore($snapshotProblem);
	const saveError = useStore($snapshotSaveError);
	const keptProblem = useStore($keptProblem);
	const keptSaveError = useStore($keptSaveError);
	return (
		<>
			{keptProblem && (
				<StorageProblemNotice
					subject="saved comparisons"
					problem={keptProblem}
					fileName="trustline-unreadable-comparisons.json"
					onDismiss={dismissKeptProblem}
				/>
			)}
			{keptSaveError && <SaveErrorNotice message={keptSaveError} />}
			{problem && (
				<StorageProblemNotice
					subject="saved snapshots"
					problem={problem}
					fileName="trustline-unreadable-snapshots.json"
					onDismiss={dismissSnapshotProblem}
				/>
			)}
			{saveError && <SaveErrorNotice message={saveError} />}
		</>
	);
}
