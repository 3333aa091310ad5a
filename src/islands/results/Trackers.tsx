import { useEffect, useState } from 'preact/hooks';
import type { Assessment, BankModel } from '../../lib/model';
import type { ScoreResult } from '../../lib/scoring';
import type { FrameworkCrosswalk } from '../../lib/frameworks/crosswalk';
import { setRepository } from '../../stores/repository';
import { issueLinksFor } from './kits';
import { isRepository } from '../../lib/export/repository';
import type { IssueLink } from '../../lib/export/tracker';
import TrackerPanel from './TrackerPanel';
import { exportFileName, type ExportKind } from '../../lib/export/filename';

/**
 * The tracker exports of the viewed result, in the chunk `tracker`: the panel, with the "Create
 * GitHub issue" links of the next actions once a repository is set. One's own assessment keeps
 * the repository saved with it; a shared result, which is not saved, keeps it on this page only.
 */
export default function Trackers({
	bank,
	assessment,
	own,
	result,
	frameworks,
	site,
}: {
	bank: BankModel;
	/** The viewed result as an assessment. */
	assessment: Assessment;
	/** The user's own assessment on view, which keeps the repository; null for a shared result. */
	own: Assessment | null;
	result: ScoreResult;
	/** The referenced crosswalk, for the attestation's framework properties. */
	frameworks: readonly FrameworkCrosswalk[];
	site: string;
}) {
	const [onPage, keep] = useState('');
	const [failed, setFailed] = useState(false);
	const [links, setLinks] = useState<IssueLink[] | null>(null);
	// A saved repository is read back as cleaned text: only "owner/name" is used.
	const saved = own?.repository;
	const repository = own ? (isRepository(saved) ? saved : '') : onPage;
	useEffect(() => {
		setLinks(null);
		setFailed(false);
		if (!repository) return;
		let live = true;
		issueLinksFor(bank, assessment, result, site, repository).then(
			(made) => live && setLinks(made),
			() => live && setFailed(true)
		);
		return () => {
			live = false;
		};
	}, [bank, assessment, result, site, repository]);
	return (
		<>
			{failed && (
				<p class="notice error" role="alert">
					The “Create GitHub issue” links could not be made. Reload the page to try again.
				</p>
			)}
			<TrackerPanel
				bank={bank}
				assessment={assessment}
				fileName={(kind: ExportKind) => exportFileName(assessment, kind)}
				result={result}
				crosswalk={frameworks}
				site={site}
				repository={repository}
				onRepository={own ? setRepository : keep}
				saved={own !== null}
				links={links}
			/>
		</>
	);
}
