import { useEffect, useState } from 'preact/hooks';
import type { Assessment, BankModel } from '../../lib/model';
import type { ScoreResult } from '../../lib/scoring';
import type { FrameworkCrosswalk } from '../../lib/frameworks/crosswalk';
import { parseRepository } from '../../lib/export/repository';
import type { ExportKind } from '../../lib/export/filename';
import { downloadText } from '../../lib/download';
import { loadAttestation, loadTrackers, type Kit, type TrackerKit } from './kits';
import type { IssueLink } from '../../lib/export/tracker';
import { LISTED_ACTIONS } from '../../lib/plan/next-steps';

/** The work item type choices for Azure Boards. */
const BOARDS_TYPES = ['Issue', 'Task'] as const;

/**
 * The tracker and audit exports: the repository the "Create GitHub issue" links point at, and
 * downloads of the `gh` script, the Azure Boards and Jira CSV files and the CycloneDX
 * attestation. It loads, in the chunk `tracker`, when the user opens its disclosure
 * (./TrackerSection.tsx); the attestation's builder loads from its button.
 */
export default function TrackerPanel({
	bank,
	assessment,
	fileName,
	result,
	crosswalk,
	site,
	repository,
	onRepository,
	saved,
	links = null,
}: {
	/** The bank as the page has it (without the long texts, which load with the exporters). */
	bank: BankModel;
	/** The viewed result as an assessment. */
	assessment: Assessment;
	/** The download's file name (`exportFileName`), passed in so this chunk does not load it. */
	fileName: (kind: ExportKind) => string;
	result: ScoreResult;
	/** The referenced crosswalk, for the attestation's framework properties. */
	crosswalk: readonly FrameworkCrosswalk[];
	/** The site's origin, which every guide link starts with. */
	site: string;
	/** The saved repository ("owner/name"), or ''. */
	repository: string;
	/** Saves a checked repository, or '' to clear it. */
	onRepository: (repository: string) => void;
	/** Whether the repository is saved with the assessment (one's own) or kept on the page only. */
	saved: boolean;
	/** Every action's "Create GitHub issue" link, in roadmap order, once a repository is set. */
	links?: readonly IssueLink[] | null;
}) {
	const [draft, setDraft] = useState(repository);
	// Another tab, or another assessment on view, may change the saved repository.
	useEffect(() => setDraft(repository), [repository]);
	const [problem, setProblem] = useState('');
	const [boardsType, setBoardsType] = useState<(typeof BOARDS_TYPES)[number]>('Issue');
	const [status, setStatus] = useState('');

	function commit(value: string) {
		if (value.trim() === '') {
			setProblem('');
			onRepository('');
			return;
		}
		const check = parseRepository(value);
		if (check.ok) {
			setProblem('');
			setDraft(check.repository);
			onRepository(check.repository);
		} else {
			setProblem(check.message);
		}
	}

	// The exporters load from the click, each kit a chunk of its own.
	async function download<M>(
		load: (bank: BankModel) => Promise<Kit<M>>,
		kind: ExportKind,
		type: string,
		make: (kit: Kit<M>) => string
	) {
		setStatus('');
		try {
			const kit = await load(bank);
			downloadText(fileName(kind), make(kit), type);
		} catch {
			setStatus('The exporters could not be loaded. Check the connection and try again.');
		}
	}

	const items = (kit: TrackerKit) =>
		kit.exporters.actionItems(assessment, kit.bank, result, { origin: site });
	const checked = parseRepository(repository);

	return (
		<div class="tracker-panel">
			<p>
				Turn the next actions into work items in your tracker, highest priority first, each linking
				to its guide, or give auditors a CycloneDX attestation. Nothing is sent anywhere until you
				create the items yourself.
			</p>
			<div class="field">
				<label for="tracker-repository">GitHub repository (owner/name)</label>
				<input
					id="tracker-repository"
					type="text"
					inputMode="url"
					autoComplete="off"
					spellcheck={false}
					placeholder="contoso/payments"
					value={draft}
					aria-invalid={problem ? true : undefined}
					aria-describedby={
						problem
							? 'tracker-repository-hint tracker-repository-problem'
							: 'tracker-repository-hint'
					}
					onInput={(event) => setDraft(event.currentTarget.value)}
					onChange={(event) => commit(event.currentTarget.value)}
				/>
				<p id="tracker-repository-hint" class="muted">
					{saved
						? 'Saved with the assessment. '
						: 'Kept on this page only: save the result as your own to keep it. '}
					Each next action then gets a “Create GitHub issue” link to GitHub's new-issue form.
				</p>
				{problem && (
					<p id="tracker-repository-problem" class="notice error" role="alert">
						{problem}
					</p>
				)}
			</div>
			{links && links.length > 0 && (
				<>
					<p>The next actions as GitHub issues, filled in for you to check and submit:</p>
					<ol class="issue-links">
						{links.slice(0, LISTED_ACTIONS).map((link) => (
							<li key={link.code}>
								<span id={`issue-${link.code}`}>{link.title}</span>{' '}
								<a href={link.url} aria-describedby={`issue-${link.code}`}>
									Create GitHub issue
								</a>
							</li>
						))}
					</ol>
					{links.length > LISTED_ACTIONS && (
						<p>
							The other {links.length - LISTED_ACTIONS} are in the action plan; the script below
							creates all {links.length}.
						</p>
					)}
				</>
			)}
			<div class="actions">
				<button
					type="button"
					class="secondary"
					onClick={() =>
						void download(loadTrackers, 'gh', 'text/x-shellscript', (kit) =>
							kit.exporters.toGhScript(
								items(kit),
								checked.ok ? { repository: checked.repository } : {}
							)
						)
					}
				>
					Download GitHub issue script
				</button>
				<button
					type="button"
					class="secondary"
					onClick={() =>
						void download(loadTrackers, 'jira', 'text/csv', (kit) =>
							kit.exporters.toJiraCsv(items(kit))
						)
					}
				>
					Download Jira CSV
				</button>
				<button
					type="button"
					class="secondary"
					onClick={() =>
						void download(loadAttestation, 'cdxa', 'application/vnd.cyclonedx+json', (kit) =>
							kit.exporters.toCdxaJson(assessment, kit.bank, result, { origin: site, crosswalk })
						)
					}
				>
					Download CycloneDX attestation
				</button>
			</div>
			<div class="actions">
				<label for="tracker-boards-type">Azure Boards work item type</label>
				<select
					id="tracker-boards-type"
					value={boardsType}
					onChange={(event) =>
						setBoardsType(event.currentTarget.value === 'Task' ? 'Task' : 'Issue')
					}
				>
					{BOARDS_TYPES.map((t) => (
						<option key={t} value={t}>
							{t}
						</option>
					))}
				</select>
				<button
					type="button"
					class="secondary"
					onClick={() =>
						void download(loadTrackers, 'boards', 'text/csv', (kit) =>
							kit.exporters.toBoardsCsv(items(kit), boardsType)
						)
					}
				>
					Download Azure Boards CSV
				</button>
			</div>
			<p class="muted">
				The script needs the <a href="https://cli.github.com/">GitHub CLI</a>; read it, then run it
				with bash. The CSV files suit Azure Boards' and Jira's CSV import. The attestation is a
				CycloneDX 1.6 file for tools and auditors that read CycloneDX.
			</p>
			{status && (
				<p role="alert" class="notice error">
					{status}
				</p>
			)}
		</div>
	);
}
