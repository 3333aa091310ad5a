import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { $activeAssessment } from '../stores/assessments';
import { $hash } from '../stores/hash';
import { $shared, openSharedLink } from '../stores/results';
import type { BankModel } from '../lib/model';
import { scoreAssessment } from '../lib/scoring';
import type { NamedCrosswalk } from '../lib/frameworks/crosswalk';
import { splitRoadmap } from '../lib/plan/next-steps';
import type { Viewed } from './results/viewed';
import SharedBanner from './results/SharedBanner';
import Summary from './results/Summary';
import WhyStages from './results/WhyStages';
import ThreatExposure from './results/ThreatExposure';
import NextActions from './results/NextActions';
import FindOutFirst from './results/FindOutFirst';
import SharePanel from './results/SharePanel';
import ExportPanel from './results/ExportPanel';
import ImportPanel from './results/ImportPanel';
import ReviewDue from './results/ReviewDue';
import EvidenceList from './results/EvidenceList';
import { DEFAULT_REVIEW_INTERVAL, localToday } from '../lib/evidence/review';
import { reviewSummary } from '../lib/evidence/review-set';
import FrameworkCoverage from './results/FrameworkCoverage';
import TrackerSection from './results/TrackerSection';

type Props = {
	bank: BankModel;
	/** Framework IDs with the codes of the controls citing them, and each framework's name and slug. */
	frameworks: NamedCrosswalk[];
	/** The site's origin (astro.config.mjs `site`, no trailing slash), for links in exports that leave the site. */
	site: string;
};

/**
 * The results dashboard for the active assessment or a shared link: the pieces are in
 * ./results/, the state and actions in src/stores/results.ts.
 */
export default function ResultsView({ bank, frameworks, site }: Props) {
	const active = useStore($activeAssessment, { ssr: () => null });
	const shared = useStore($shared);
	const hash = useStore($hash, { ssr: 'initial' });
	const [hydrated, setHydrated] = useState(false);

	useEffect(() => setHydrated(true), []);
	useEffect(() => {
		if (hydrated) void openSharedLink(hash.fragment, bank);
	}, [hash, bank, hydrated]);

	// One object per change of what is viewed, so the pieces below redo their work only then.
	const viewed = useMemo<Viewed | null>(
		() =>
			shared.status === 'ok'
				? { ...shared.result, shared: true, assessment: null }
				: active
					? {
							name: active.name,
							date: active.updatedAt.slice(0, 10),
							targets: active.targets,
							answers: active.answers,
							shared: false,
							assessment: active,
						}
					: null,
		[shared, active]
	);

	const result = useMemo(
		() => (viewed ? scoreAssessment(bank, viewed.answers, viewed.targets) : null),
		[bank, viewed?.answers, viewed?.targets]
	);
	const steps = useMemo(
		() => (result && viewed ? splitRoadmap(result.roadmap, viewed.answers) : null),
		[result, viewed?.answers]
	);

	// Answers due for review: one's own assessment, or a shared result whose link carried its
	// review interval and checked-on dates ("Include notes and evidence").
	const own = viewed?.assessment ?? null;
	const dated = own ?? (viewed?.reviewInterval !== undefined ? viewed : null);
	const interval = own?.reviewInterval ?? viewed?.reviewInterval ?? DEFAULT_REVIEW_INTERVAL;
	const review = useMemo(
		() => (dated ? reviewSummary(bank.controls, dated.answers, interval, localToday()) : null),
		[bank, dated, interval]
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
			{!viewed || !result || !steps ? (
				<div class="card">
					<p>There are no answers to show yet.</p>
					<p>
						<a class="button" href="/assess/">
							Start the assessment
						</a>
					</p>
				</div>
			) : (
				<>
					<Summary
						bank={bank}
						viewed={viewed}
						result={result}
						steps={steps}
						criticalDue={review?.criticalDue ?? false}
					/>
					{review && <ReviewDue bank={bank} viewed={viewed} interval={interval} review={review} />}
					<NextActions
						bank={bank}
						viewed={viewed}
						result={result}
						steps={steps}
						fragment={shared.status === 'ok' ? hash.fragment : ''}
					/>
					<FindOutFirst bank={bank} viewed={viewed} steps={steps} />
					{(own ||
						Object.values(viewed.answers).some((a) => a.note || a.naReason || a.evidence)) && (
						<EvidenceList bank={bank} viewed={viewed} />
					)}
					<WhyStages result={result} />
					<ThreatExposure bank={bank} result={result} />
					<FrameworkCoverage bank={bank} frameworks={frameworks} answers={viewed.answers} />
					<SharePanel bank={bank} viewed={viewed} />
					<ExportPanel
						bank={bank}
						viewed={viewed}
						result={result}
						site={site}
						crosswalk={frameworks}
					/>
					<TrackerSection
						bank={bank}
						viewed={viewed}
						result={result}
						frameworks={frameworks}
						site={site}
					/>
				</>
			)}
			{/* Outside the branches above so its messages survive the first import. */}
			{shared.status !== 'ok' && <ImportPanel bank={bank} />}
		</div>
	);
}
