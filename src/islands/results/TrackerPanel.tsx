import { useState } from 'preact/hooks';
import type { Assessment, BankModel } from '../../lib/model';
import type { ScoreResult } from '../../lib/scoring';
import type { FrameworkCrosswalk } from '../../lib/frameworks/crosswalk';
import { parseRepository } from '../../lib/export/repository';
import { exportFileName, type ExportKind } from '../../lib/export/filename';
import { downloadText } from '../../lib/download';
import { loadTrackers, type TrackerKit } from './trackers';

/** The work item type choices for Azure Boards. */
const BOARDS_TYPES = ['Issue', 'Task'] as const;

/**
 * The tracker and audit exports: the repository the "Create GitHub issue" links point at, and
 * downloads of the `gh` script, the Azure Boards and Jira CSV files and the CycloneDX
 * attestation. The exporters load when the first file is asked for.
 */
export default function TrackerPanel({
	bank,
	assessment,
	result,
	crosswalk,
	site,
	repository,
	onRepository,
}: {
	/** The bank as the page has it (without the long texts, which load with the exporters). */
	bank: BankModel;
	/** The viewed result as an assessment. */
	assessment: Assessment;
	result: ScoreResult;
	/** The referenced crosswalk, for the attestation's framework properties. */
	crosswalk: readonly FrameworkCrosswalk[];
	/** The site's origin, which every guide link starts with. */
	site: string;
	/** The saved repository ("owner/name"), or ''. */
	repository: string;
	/** Saves a checked repository, or '' to clear it. */
	onRepository: (repository: string) => void;
}) {
	const [draft, setDraft] = useState(repository);
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

	async function download(kind: ExportKind, type: string, make: (kit: TrackerKit) => string) {
		setStatus('');
		try {
			const kit = await loadTrackers(bank);
			downloadText(exportFileName(assessment, kind), make(kit), type);
		} catch {
			setStatus('The exporters could not be loaded. Check the connection and try again.');
		}
	}

	const items = (kit: TrackerKit) =>
		kit.exporters.actionItems(assessment, kit.bank, result, { origin: site });
	const checked = parseRepository(repository);

	return (
		<section aria-labelledby="trackers-heading" class="no-print">
			<h2 id="trackers-heading">Work items and attestation</h2>
			<p>
				Turn the next actions into work items in your tracker, highest priority first, each linking
				to its guide. Nothing is sent anywhere until you create the items yourself.
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
					Saved with the assessment. Each next action then gets a “Create GitHub issue” link to
					GitHub's new-issue form, filled in for you to check and submit.
				</p>
				{problem && (
					<p id="tracker-repository-problem" class="field-problem" role="alert">
						{problem}
					</p>
				)}
			</div>
			<div class="actions">
				<button
					type="button"
					class="secondary"
					onClick={() =>
						void download('gh', 'text/x-shellscript', (kit) =>
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
						void download('jira', 'text/csv', (kit) => kit.exporters.toJiraCsv(items(kit)))
					}
				>
					Download Jira CSV
				</button>
				<button
					type="button"
					class="secondary"
					onClick={() =>
						void download('cdxa', 'application/vnd.cyclonedx+json', (kit) =>
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
						void download('boards', 'text/csv', (kit) =>
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
				<p role="alert" class="field-problem">
					{status}
				</p>
			)}
		</section>
	);
}
