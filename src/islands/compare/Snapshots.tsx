import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { codesOfVersion, type BankModel } from '../../lib/model';
import {
	diffSnapshots,
	type AnswerSet,
	type ControlChange,
	type Snapshot,
} from '../../lib/compare/snapshots';
import { answerWord } from '../../lib/compare/words';
import { percentText, stageWord } from '../../lib/words';
import { timeText } from '../../lib/dates';
import { $activeAssessment, $assessments } from '../../stores/assessments';
import { $snapshots, deleteSnapshot, takeSnapshot } from '../../stores/snapshots';
import {
	$comparisonSnapshots,
	addComparisonSnapshot,
	addSnapshots,
	deleteComparisonSnapshot,
} from '../../stores/compare';
import type { ComparisonSnapshot } from '../../lib/compare/kept';

type Props = { bank: BankModel };

/** "Now" in the snapshot pickers: the assessment's current answers. */
const NOW = 'now';

const when = timeText;
const signed = (n: number | null) =>
	n === null ? '–' : n > 0 ? `+${n} points` : n < 0 ? `−${-n} points` : 'no change';

/** Over time: snapshots of an assessment, and what changed between two of them. */
export default function Snapshots({ bank }: Props) {
	const snapshots = useStore($snapshots, { ssr: () => [] });
	const assessments = useStore($assessments, { ssr: () => [] });
	const active = useStore($activeAssessment, { ssr: () => null });
	const [chosen, setChosen] = useState<string | null>(null);
	const [earlier, setEarlier] = useState<string | null>(null);
	const [later, setLater] = useState<string | null>(null);
	const [message, setMessage] = useState('');

	// Assessments to choose from: every saved one, plus any that only snapshots still remember.
	const names = new Map<string, string>();
	for (const a of assessments) names.set(a.id, a.name);
	for (const s of snapshots)
		if (!names.has(s.assessmentId)) names.set(s.assessmentId, `${s.name} (deleted)`);
	const assessmentId =
		chosen && names.has(chosen) ? chosen : (active?.id ?? [...names.keys()][0] ?? null);
	const current = assessments.find((a) => a.id === assessmentId) ?? null;
	const own = snapshots.filter((s) => s.assessmentId === assessmentId);
	const known = (s: { bankVersion: number }) => codesOfVersion(bank, s.bankVersion) !== undefined;

	// Pickers default to the two most recent points: the last two snapshots, or the last one and now.
	const points: { id: string; label: string; set: AnswerSet }[] = own.filter(known).map((s) => ({
		id: s.id,
		label: when(s.takenAt),
		set: s,
	}));
	if (current && known(current))
		points.push({ id: NOW, label: 'Now (current answers)', set: current });
	const pick = (id: string | null, fallback: number) =>
		points.find((p) => p.id === id) ?? points[points.length + fallback] ?? null;
	const a = pick(earlier, -2);
	const b = pick(later, -1);
	const diff = a && b && a.id !== b.id ? diffSnapshots(bank, a.set, b.set) : null;

	function take() {
		if (!active) return;
		const taken = takeSnapshot(active, 'manual');
		if (taken) {
			setChosen(active.id);
			setMessage(`Snapshot of “${active.name}” taken ${when(taken.takenAt)}.`);
		}
	}

	return (
		<section aria-labelledby="time-heading" class="over-time">
			<h2 id="time-heading">Over time</h2>
			<p>
				A snapshot keeps an assessment's answers as they are at one moment (without notes). One is
				taken whenever you save a shared result as your assessment, and whenever you ask. A snapshot
				of a comparison (taken with “Take a snapshot of this comparison” above) keeps every compared
				result. Snapshots stay in this browser.
			</p>
			<ComparisonSnapshots bank={bank} />
			<p class="actions no-print">
				<button type="button" onClick={take} disabled={!active}>
					{active
						? `Take a snapshot of “${active.name}” now`
						: 'Take a snapshot (no assessment yet)'}
				</button>
			</p>
			<p role="status">{message}</p>
			{names.size > 0 && (
				<p>
					<label for="snapshot-assessment">Assessment</label>{' '}
					<select
						id="snapshot-assessment"
						value={assessmentId ?? ''}
						onChange={(e) => {
							setChosen((e.target as HTMLSelectElement).value);
							setEarlier(null);
							setLater(null);
						}}
					>
						{[...names].map(([id, name]) => (
							<option key={id} value={id}>
								{name}
							</option>
						))}
					</select>
				</p>
			)}
			{own.length === 0 ? (
				<p>No snapshots of this assessment yet.</p>
			) : (
				<div class="table-wrap">
					<table>
						<caption>Snapshots ({own.length})</caption>
						<thead>
							<tr>
								<th scope="col">Taken</th>
								<th scope="col">Why</th>
								<th scope="col">Answered</th>
								<th scope="col" class="no-print">
									Actions
								</th>
							</tr>
						</thead>
						<tbody>
							{[...own].reverse().map((s) => (
								<SnapshotRow key={s.id} snapshot={s} bank={bank} known={known(s)} />
							))}
						</tbody>
					</table>
				</div>
			)}
			{points.length >= 2 && a && b && (
				<div class="snapshot-compare">
					<h3>Compare two points in time</h3>
					<p class="actions">
						<PointSelect
							id="snapshot-earlier"
							label="From"
							points={points}
							value={a.id}
							onChange={setEarlier}
						/>
						<PointSelect
							id="snapshot-later"
							label="To"
							points={points}
							value={b.id}
							onChange={setLater}
						/>
					</p>
					{!diff ? (
						<p>Choose two different points in time.</p>
					) : (
						<div aria-live="polite">
							{diff.mixedVersions && (
								<p class="notice warning">
									These were answered against question-bank versions {diff.versions[0]} and{' '}
									{diff.versions[1]}, so they are compared only on the {diff.sharedCodes.length}{' '}
									controls both hold.
								</p>
							)}
							<div class="table-wrap">
								<table>
									<caption>Score change per environment</caption>
									<thead>
										<tr>
											<th scope="col">Environment</th>
											<th scope="col">From</th>
											<th scope="col">To</th>
											<th scope="col">Change</th>
										</tr>
									</thead>
									<tbody>
										{diff.scores.map((s) => (
											<tr key={s.environment}>
												<th scope="row">{s.name}</th>
												<td>
													{percentText(s.before)} ({stageWord(s.beforeStage)})
												</td>
												<td>
													{percentText(s.after)} ({stageWord(s.afterStage)})
												</td>
												<td>{signed(s.change)}</td>
											</tr>
										))}
									</tbody>
								</table>
							</div>
							<ChangeList title="Improved" changes={diff.improved} />
							<ChangeList title="Regressed" changes={diff.regressed} />
							<ChangeList title="Became Not applicable" changes={diff.becameNa} />
							<ChangeList
								title="Newly answered (or no longer Not applicable)"
								changes={diff.nowCounted}
							/>
							<ChangeList title="No longer answered" changes={diff.cleared} />
							{diff.added.length > 0 && (
								<>
									<h4>Added by the newer question bank ({diff.added.length})</h4>
									<ul>
										{diff.added.map((c) => (
											<li key={c.code}>{c.title}</li>
										))}
									</ul>
								</>
							)}
							<p>{diff.unchanged} controls unchanged.</p>
						</div>
					)}
				</div>
			)}
		</section>
	);
}

function SnapshotRow({
	snapshot,
	bank,
	known,
}: {
	snapshot: Snapshot;
	bank: BankModel;
	known: boolean;
}) {
	const answered = Object.keys(snapshot.answers).length;
	return (
		<tr>
			<td>{when(snapshot.takenAt)}</td>
			<td>{snapshot.reason === 'shared' ? 'Saved from a shared result' : 'Taken on request'}</td>
			<td>
				{known
					? `${answered} questions`
					: `Question bank version ${snapshot.bankVersion}, unknown to this site`}
			</td>
			<td class="no-print">
				<span class="actions">
					<button
						type="button"
						class="secondary small"
						disabled={!known}
						aria-label={`Add to the comparison: snapshot of ${when(snapshot.takenAt)}`}
						onClick={() => addSnapshots([snapshot], bank)}
					>
						Add to the comparison
					</button>
					<button
						type="button"
						class="secondary small"
						aria-label={`Delete: snapshot of ${when(snapshot.takenAt)}`}
						onClick={() => deleteSnapshot(snapshot.id)}
					>
						Delete
					</button>
				</span>
			</td>
		</tr>
	);
}

function ChangeList({ title, changes }: { title: string; changes: ControlChange[] }) {
	if (changes.length === 0) return null;
	return (
		<>
			<h4>
				{title} ({changes.length})
			</h4>
			<ul>
				{changes.map((c) => (
					<li key={c.control.code}>
						{c.control.title}: {answerWord(c.from)} to <strong>{answerWord(c.to)}</strong>
					</li>
				))}
			</ul>
		</>
	);
}

/** A labelled choice among the points in time. */
function PointSelect(props: {
	id: string;
	label: string;
	points: { id: string; label: string }[];
	value: string;
	onChange: (id: string) => void;
}) {
	return (
		<span>
			<label for={props.id}>{props.label}</label>{' '}
			<select
				id={props.id}
				value={props.value}
				onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}
			>
				{props.points.map((p) => (
					<option key={p.id} value={p.id}>
						{p.label}
					</option>
				))}
			</select>
		</span>
	);
}

/** Snapshots of comparisons: when each was taken, its results, and adding them back. */
function ComparisonSnapshots({ bank }: { bank: BankModel }) {
	const snapshots = useStore($comparisonSnapshots, { ssr: () => [] });
	if (snapshots.length === 0) return null;
	return (
		<div class="table-wrap">
			<table class="comparison-snapshots">
				<caption>Snapshots of comparisons ({snapshots.length})</caption>
				<thead>
					<tr>
						<th scope="col">Taken</th>
						<th scope="col">Results</th>
						<th scope="col" class="no-print">
							Actions
						</th>
					</tr>
				</thead>
				<tbody>
					{[...snapshots].reverse().map((s) => (
						<ComparisonSnapshotRow key={s.id} snapshot={s} bank={bank} />
					))}
				</tbody>
			</table>
		</div>
	);
}

function ComparisonSnapshotRow({
	snapshot,
	bank,
}: {
	snapshot: ComparisonSnapshot;
	bank: BankModel;
}) {
	const taken = when(snapshot.savedAt);
	return (
		<tr>
			<td>{taken}</td>
			<td>
				{snapshot.names.length}: {snapshot.names.join(', ')}
			</td>
			<td class="no-print">
				<span class="actions">
					<button
						type="button"
						class="secondary small"
						aria-label={`Add to the comparison: snapshot of the comparison of ${taken}`}
						onClick={() => void addComparisonSnapshot(snapshot, bank)}
					>
						Add to the comparison
					</button>
					<button
						type="button"
						class="secondary small"
						aria-label={`Delete: snapshot of the comparison of ${taken}`}
						onClick={() => deleteComparisonSnapshot(snapshot.id)}
					>
						Delete
					</button>
				</span>
			</td>
		</tr>
	);
}
