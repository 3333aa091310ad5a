import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
	$activeAssessment,
	$assessments,
	addAssessment,
	replaceAssessment,
} from '../stores/assessments';
import { $shared, closeSharedLink, openSharedLink } from '../stores/results';
import {
	STAGE_NAMES,
	type Answers,
	type Assessment,
	type BankModel,
	type Targets,
} from '../lib/model';
import { scoreAssessment, sortThreatsByExposure } from '../lib/scoring';
import { assessmentToShared, encodeResult } from '../lib/share';
import { createAssessment } from '../lib/assessment/ops';
import {
	exportFileName,
	importSizeProblem,
	parseImport,
	toActionPlan,
	toCsv,
	toJson,
	toMarkdownReport,
} from '../lib/export';
import { copyLink, downloadText } from '../lib/download';
import ScoresChart from './results/ScoresChart';
import ThreatTable from './results/ThreatTable';

type Props = { bank: BankModel };

interface Viewed {
	name: string;
	date: string;
	targets: Targets;
	answers: Answers;
	shared: boolean;
}

const stage = (l: number | null) => (l === null ? 'Not assessed' : STAGE_NAMES[l]);
const pct = (p: number | null) => (p === null ? '–' : `${p} %`);

/** The results dashboard for the active assessment or a shared link. */
export default function ResultsView({ bank }: Props) {
	const active = useStore($activeAssessment, { ssr: () => null });
	const shared = useStore($shared);
	const [hydrated, setHydrated] = useState(false);

	useEffect(() => {
		setHydrated(true);
		const open = () => void openSharedLink(window.location.hash, bank);
		open();
		window.addEventListener('hashchange', open);
		return () => window.removeEventListener('hashchange', open);
	}, [bank]);

	const viewed: Viewed | null =
		shared.status === 'ok'
			? { ...shared.result, shared: true }
			: active
				? {
						name: active.name,
						date: active.updatedAt.slice(0, 10),
						targets: active.targets,
						answers: active.answers,
						shared: false,
					}
				: null;

	const result = useMemo(
		() => (viewed ? scoreAssessment(bank, viewed.answers, viewed.targets) : null),
		[bank, viewed?.answers, viewed?.targets]
	);

	if (!hydrated) {
		return <p>Loading your results…</p>;
	}

	return (
		<div class="results">
			{shared.status === 'error' && (
				<div class="notice error" role="alert">
					<p>
						<strong>This results link could not be opened.</strong> {shared.message}
					</p>
					{active && <p>Showing your own saved assessment instead.</p>}
				</div>
			)}
			{shared.status === 'loading' && <p role="status">Opening the shared result…</p>}
			{shared.status === 'ok' && <SharedBanner bank={bank} />}
			{!viewed || !result ? (
				<div class="card">
					<p>There are no answers to show yet.</p>
					<p>
						<a class="button" href="/assess/">
							Start the assessment
						</a>
					</p>
				</div>
			) : (
				<Dashboard bank={bank} viewed={viewed} result={result} />
			)}
			{/* Outside the branches above so its messages survive the first import. */}
			{shared.status !== 'ok' && <ImportPanel bank={bank} />}
		</div>
	);
}

function SharedBanner({ bank }: { bank: BankModel }) {
	const shared = useStore($shared);
	const [saved, setSaved] = useState(false);
	if (shared.status !== 'ok') return null;
	const { result, warnings } = shared;
	async function save() {
		const fresh = createAssessment(result.name, bank.version, new Date());
		const id = addAssessment({ ...fresh, targets: result.targets, answers: result.answers });
		// The snapshot store loads on first use; confirm only once the snapshot is written, so leaving
		// the page right after "Saved" loses nothing. A failed snapshot must not block the save.
		await import('../stores/snapshots').then((m) => m.takeSnapshot(id, 'shared')).catch(() => {});
		setSaved(true);
	}
	return (
		<div class="notice" aria-labelledby="shared-heading">
			<h2 id="shared-heading" class="banner-title">
				Shared result: {result.name}
			</h2>
			<p>
				Dated {result.date}. This is a read-only view of a result someone shared with you; nothing
				in it was sent to a server.
			</p>
			{warnings.map((w) => (
				<p key={w.reason} class="warning-line">
					{w.message}
				</p>
			))}
			<p class="actions no-print">
				{saved ? (
					<span role="status">
						Saved as your assessment “{result.name}”.{' '}
						<a href="/assess/">Open it in the questionnaire</a>
					</span>
				) : (
					<button type="button" onClick={() => void save()}>
						Save as my assessment
					</button>
				)}
				<button
					type="button"
					class="secondary"
					onClick={() => {
						history.replaceState(null, '', window.location.pathname);
						closeSharedLink();
					}}
				>
					Show my own results
				</button>
			</p>
		</div>
	);
}

function Dashboard({
	bank,
	viewed,
	result,
}: {
	bank: BankModel;
	viewed: Viewed;
	result: ReturnType<typeof scoreAssessment>;
}) {
	const envName = (id: string) => bank.environments.find((e) => e.id === id)?.name ?? id;
	const threats = sortThreatsByExposure(result.threats);
	const roadmap = result.roadmap.slice(0, 10);
	const o = result.overall;
	return (
		<>
			<section aria-labelledby="summary-heading">
				<h2 id="summary-heading">{viewed.shared ? 'Summary' : `Summary for ${viewed.name}`}</h2>
				<p class="overall">
					Overall: <strong>{pct(o.percent)}</strong>, stage <strong>{stage(o.stage)}</strong>.{' '}
					{o.answered} of {o.total} questions answered ({o.answeredPercent} %).
					{o.provisional && (
						<>
							{' '}
							<span class="badge">Provisional</span> Some questions are unanswered, so this result
							may change.
						</>
					)}
				</p>
				<div class="table-wrap">
					<table aria-labelledby="scores-caption">
						<caption id="scores-caption">Scores</caption>
						<thead>
							<tr>
								<th scope="col">Environment</th>
								<th scope="col">Score</th>
								<th scope="col">Stage</th>
								<th scope="col">Target stage</th>
								<th scope="col">Percent to target</th>
								<th scope="col">Questions answered</th>
							</tr>
						</thead>
						<tbody>
							{result.environments.map((e) => (
								<tr key={e.environment}>
									<th scope="row">{e.name}</th>
									<td>{pct(e.percent)}</td>
									<td>{stage(e.stage)}</td>
									<td>{STAGE_NAMES[e.target]}</td>
									<td>{pct(e.toTargetPercent)}</td>
									<td>
										{e.answered} of {e.total}
									</td>
								</tr>
							))}
							<tr>
								<th scope="row">Overall</th>
								<td>{pct(o.percent)}</td>
								<td>{stage(o.stage)}</td>
								<td>–</td>
								<td>–</td>
								<td>
									{o.answered} of {o.total}
								</td>
							</tr>
						</tbody>
					</table>
				</div>
				<ScoresChart result={result} />
			</section>

			<section aria-labelledby="why-heading">
				<h2 id="why-heading">Why each stage</h2>
				<ul>
					{result.environments.map((e) => (
						<li key={e.environment}>
							<strong>{e.name}</strong>:{' '}
							{e.stage === null
								? 'not assessed: no question in it is answered with a stage or “Don’t know”.'
								: e.cappedBy
									? `capped at ${stage(e.stage)} because “${e.cappedBy.title}” is ${STAGE_NAMES[e.cappedBy.level]}. Its score of ${pct(e.percent)} alone would reach ${stage(e.uncappedStage)}, but a critical control allows at most one stage above its own level.`
									: `${stage(e.stage)}, from a score of ${pct(e.percent)}.`}
						</li>
					))}
				</ul>
				<p>
					<a href="/how-scoring-works/">How scoring works</a>
				</p>
			</section>

			<section aria-labelledby="threats-heading">
				<h2 id="threats-heading">Threat exposure</h2>
				<ThreatTable threats={threats} environmentName={envName} />
			</section>

			<section aria-labelledby="actions-heading">
				<h2 id="actions-heading">Next actions</h2>
				{roadmap.length === 0 ? (
					<p>Nothing to raise: every counted control is at Optimal.</p>
				) : (
					<ol class="roadmap">
						{roadmap.map((item) => (
							<li key={item.control.code}>
								Raise{' '}
								<a href={`/guides/${item.control.guide}/#${item.anchor}`}>{item.control.title}</a>{' '}
								from {STAGE_NAMES[item.current]} to <strong>{STAGE_NAMES[item.next]}</strong>{' '}
								<span class="muted">
									({envName(item.control.environment)}, priority {item.priority})
								</span>
							</li>
						))}
					</ol>
				)}
				{!viewed.shared && result.roadmap.length > 0 && (
					<p>
						<a href="/learn/gaps/">Learn what your gaps mean</a>: a short training path built from
						your lowest controls, with their guidance and practice questions.
					</p>
				)}
				{result.roadmap.length > 10 && (
					<p>{result.roadmap.length - 10} more in the action plan (download it below).</p>
				)}
			</section>

			<SharePanel bank={bank} viewed={viewed} />
			<ExportPanel bank={bank} viewed={viewed} result={result} />
		</>
	);
}

function asAssessment(viewed: Viewed, bank: BankModel): Assessment {
	const own = $activeAssessment.get();
	if (!viewed.shared && own) return own;
	const base = createAssessment(
		viewed.name,
		bank.version,
		new Date(`${viewed.date}T00:00:00.000Z`),
		'shared'
	);
	return { ...base, targets: viewed.targets, answers: viewed.answers };
}

function SharePanel({ bank, viewed }: { bank: BankModel; viewed: Viewed }) {
	const [includeNotes, setIncludeNotes] = useState(false);
	const [link, setLink] = useState('');
	const [copied, setCopied] = useState('');
	const [problem, setProblem] = useState('');
	const hasNotes = Object.values(viewed.answers).some((a) => a.note || a.naReason);

	useEffect(() => {
		let cancelled = false;
		const shared = assessmentToShared(asAssessment(viewed, bank), includeNotes, bank);
		encodeResult({ ...shared, date: viewed.date }, bank, { includeNotes }).then(
			(fragment) => {
				if (cancelled) return;
				setLink(`${window.location.origin}/results/#${fragment}`);
				setProblem('');
			},
			() => {
				if (cancelled) return;
				setLink('');
				setProblem(
					includeNotes
						? 'The notes are too long to fit in a link. Untick “Include notes”, or share the JSON export instead.'
						: 'This result cannot be put into a link.'
				);
			}
		);
		return () => {
			cancelled = true;
		};
	}, [viewed, includeNotes, bank]);

	async function copy() {
		setCopied(await copyLink(link, 'share-link'));
	}

	return (
		<section aria-labelledby="share-heading" class="no-print">
			<h2 id="share-heading">Share</h2>
			<p>
				The link carries the whole result after the <code>#</code>, which browsers never send to a
				server. Anyone with the link can read it.
			</p>
			<p>
				<label>
					<input
						type="checkbox"
						checked={includeNotes}
						onChange={(e) => setIncludeNotes((e.target as HTMLInputElement).checked)}
					/>{' '}
					Include notes{hasNotes ? '' : ' (this result has none)'}
				</label>
			</p>
			<p class="share-row">
				<label for="share-link">Share link</label>
				<input
					id="share-link"
					type="text"
					readOnly
					value={link}
					onFocus={(e) => (e.target as HTMLInputElement).select()}
				/>
				<button type="button" onClick={() => void copy()} disabled={!link}>
					Copy link
				</button>
			</p>
			{problem && (
				<p class="notice warning" role="alert">
					{problem}
				</p>
			)}
			<p role="status">{copied}</p>
		</section>
	);
}

function ExportPanel({
	bank,
	viewed,
	result,
}: {
	bank: BankModel;
	viewed: Viewed;
	result: ReturnType<typeof scoreAssessment>;
}) {
	const assessment = asAssessment(viewed, bank);
	const formats = [
		{
			label: 'Download JSON',
			kind: 'json',
			type: 'application/json',
			make: () => toJson(assessment),
		},
		{ label: 'Download CSV', kind: 'csv', type: 'text/csv', make: () => toCsv(assessment, bank) },
		{
			label: 'Download Markdown report',
			kind: 'md',
			type: 'text/markdown',
			make: () => toMarkdownReport(assessment, bank, result),
		},
		{
			label: 'Download action plan',
			kind: 'plan',
			type: 'text/markdown',
			make: () => toActionPlan(assessment, bank, result),
		},
	] as const;
	return (
		<section aria-labelledby="export-heading" class="no-print">
			<h2 id="export-heading">Export</h2>
			<div class="actions">
				{formats.map((f) => (
					<button
						key={f.kind}
						type="button"
						class="secondary"
						onClick={() => downloadText(exportFileName(assessment, f.kind), f.make(), f.type)}
					>
						{f.label}
					</button>
				))}
				<button type="button" class="secondary" onClick={() => window.print()}>
					Print or save as PDF
				</button>
			</div>
		</section>
	);
}

function ImportPanel({ bank }: { bank: BankModel }) {
	const list = useStore($assessments, { ssr: () => [] });
	const [error, setError] = useState('');
	const [status, setStatus] = useState('');
	const [pending, setPending] = useState<Assessment | null>(null);
	const [dragging, setDragging] = useState(false);

	async function read(file: File | undefined) {
		setError('');
		setStatus('');
		if (!file) return;
		const tooBig = importSizeProblem(file.size);
		if (tooBig) {
			setError(`“${file.name}” was not imported: ${tooBig}`);
			return;
		}
		const text = await file.text().catch(() => null);
		if (text === null) {
			setError(`The file “${file.name}” could not be read.`);
			return;
		}
		const outcome = parseImport(text, bank);
		if (!outcome.ok) {
			setError(`“${file.name}” was not imported: ${outcome.problem}`);
			return;
		}
		const clash = list.find((a) => a.id === outcome.assessment.id);
		if (clash) {
			setPending(outcome.assessment);
			setStatus(
				`“${clash.name}” already exists in this browser. Replace it, or import the file as a copy?`
			);
			return;
		}
		addAssessment(outcome.assessment);
		setStatus(`Imported “${outcome.assessment.name}”. ${outcome.warnings.join(' ')}`);
	}

	return (
		<section aria-labelledby="import-heading" class="no-print">
			<h2 id="import-heading">Import</h2>
			<div
				class={dragging ? 'drop-zone dragging' : 'drop-zone'}
				onDragOver={(e) => {
					e.preventDefault();
					setDragging(true);
				}}
				onDragLeave={() => setDragging(false)}
				onDrop={(e) => {
					e.preventDefault();
					setDragging(false);
					void read(e.dataTransfer?.files[0]);
				}}
			>
				<label for="import-file">Import a JSON export (or drop the file here)</label>
				<input
					id="import-file"
					type="file"
					accept=".json,application/json"
					onChange={(e) => {
						const input = e.target as HTMLInputElement;
						void read(input.files?.[0]);
						input.value = '';
					}}
				/>
			</div>
			{error && (
				<p class="notice error" role="alert">
					{error}
				</p>
			)}
			<div role="status">
				{status && <p>{status}</p>}
				{pending && (
					<p class="actions">
						<button
							type="button"
							onClick={() => {
								replaceAssessment(pending);
								setStatus(`Replaced “${pending.name}” with the imported file.`);
								setPending(null);
							}}
						>
							Replace it
						</button>
						<button
							type="button"
							class="secondary"
							onClick={() => {
								const copy = createAssessment(pending.name, pending.bankVersion, new Date());
								addAssessment({ ...pending, id: copy.id });
								setStatus(`Imported “${pending.name}” as a copy.`);
								setPending(null);
							}}
						>
							Import as a copy
						</button>
						<button
							type="button"
							class="secondary"
							onClick={() => {
								setPending(null);
								setStatus('Import cancelled; nothing changed.');
							}}
						>
							Cancel
						</button>
					</p>
				)}
			</div>
		</section>
	);
}
