import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
	bankForLinks,
	buildGapPath,
	type GapBankInfo,
	type GapControl,
	type GapQuestion,
} from '../../lib/learn/gaps';
import type { QuizQuestionData } from '../../lib/learn/model';
import { STAGE_NAMES, type Answers } from '../../lib/model';
import { fragmentKind } from '../../lib/links/fragment';
import { $activeAssessment } from '../../stores/assessments';
import { $hash, latest } from '../../stores/hash';
import PracticeQuiz from './PracticeQuiz';

type Props = {
	controls: GapControl[];
	/** Threat severities by id. */
	severities: Record<string, number>;
	questions: GapQuestion[];
	/** Module titles by id. */
	moduleTitles: Record<string, string>;
	/** Where the full question data is served (fetched only when the learner starts practising). */
	questionsUrl: string;
	/** What a result link in the page's fragment is read against. */
	bankInfo: GapBankInfo;
};

/** A result opened from the page's fragment (`/learn/gaps/#r.…`), read-only. */
type Linked =
	| { state: 'none' }
	| { state: 'loading' }
	| { state: 'error'; message: string }
	| { state: 'ok'; name: string; answers: Answers };

type Practice =
	| { state: 'idle' }
	| { state: 'loading' }
	| { state: 'failed' }
	| { state: 'ready'; questions: QuizQuestionData[] };

/**
 * "Learn what your gaps mean": the active assessment's lowest controls, each with its guide's next
 * step and related knowledge-check questions, and a practice check on those questions.
 */
export default function GapPath({
	controls,
	severities,
	questions,
	moduleTitles,
	questionsUrl,
	bankInfo,
}: Props) {
	const active = useStore($activeAssessment, { ssr: () => null });
	const hash = useStore($hash, { ssr: 'initial' });
	const [mounted, setMounted] = useState(false);
	const [practice, setPractice] = useState<Practice>({ state: 'idle' });
	const [linked, setLinked] = useState<Linked>({ state: 'none' });
	const [newestDecode] = useState(latest);
	const bank = useMemo(
		() => bankForLinks(controls, severities, bankInfo),
		[controls, severities, bankInfo]
	);
	useEffect(() => setMounted(true), []);

	// A result link after '#' opens that result's gaps; in-page anchors ("#main") are left alone.
	useEffect(() => {
		if (!mounted) return;
		const { fragment } = hash;
		const isLatest = newestDecode();
		if (fragmentKind(fragment, (id) => document.getElementById(id) !== null) !== 'result') {
			setLinked({ state: 'none' });
			return;
		}
		setLinked({ state: 'loading' });
		// The decoder (codec, DEFLATE, CRC) loads only when a result link is opened.
		void import('../../lib/share/codec')
			.then(({ decodeResult }) => decodeResult(fragment, bank))
			.then(
				(outcome) => {
					if (!isLatest()) return;
					setLinked(
						outcome.ok
							? { state: 'ok', name: outcome.result.name, answers: outcome.result.answers }
							: { state: 'error', message: outcome.message }
					);
				},
				() => {
					if (!isLatest()) return;
					setLinked({
						state: 'error',
						message:
							'The results link could not be opened because part of this page failed to load. Reload the page to try again.',
					});
				}
			);
	}, [hash, bank, mounted, newestDecode]);

	if (!mounted || linked.state === 'loading') {
		return (
			<p role="status">
				{linked.state === 'loading'
					? 'Opening the shared result…'
					: 'Looking for your assessment on this device…'}
			</p>
		);
	}

	const problem = linked.state === 'error' && (
		<div class="notice error" role="alert">
			<p>
				<strong>This results link could not be opened.</strong> {linked.message}
			</p>
			{active && <p>Showing the gaps of your own saved assessment instead.</p>}
		</div>
	);
	const source =
		linked.state === 'ok'
			? { name: linked.name, answers: linked.answers, shared: true }
			: active
				? { name: active.name, answers: active.answers, shared: false }
				: null;

	if (!source) {
		return (
			<>
				{problem}
				<div class="notice">
					<p>
						There is no assessment on this device yet, so there are no gaps to learn about.{' '}
						<a href="/assess/">Take the assessment</a> first, or open the results link your team
						shared; your answers stay in this browser.
					</p>
				</div>
			</>
		);
	}

	const gaps = buildGapPath(controls, severities, source.answers, questions);
	if (gaps.length === 0) {
		return (
			<>
				{problem}
				<div class="notice">
					<p>
						{source.shared ? 'The shared result' : 'The assessment'} “{source.name}” has no control
						answered below Optimal yet, so there is nothing to build a path from.{' '}
						{!source.shared && (
							<>
								<a href="/assess/">Answer more questions</a> or follow the{' '}
							</>
						)}
						{source.shared && 'Follow the '}
						<a href="/learn/">onboarding path</a>.
					</p>
				</div>
			</>
		);
	}

	const ids = [...new Set(gaps.flatMap((g) => g.questions))];

	async function start() {
		setPractice({ state: 'loading' });
		try {
			const response = await fetch(questionsUrl);
			if (!response.ok) throw new Error(String(response.status));
			const all = (await response.json()) as QuizQuestionData[];
			const byId = new Map(all.map((q) => [q.id, q]));
			const chosen = ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
			setPractice({ state: 'ready', questions: chosen });
		} catch {
			setPractice({ state: 'failed' });
		}
	}

	return (
		<div class="gap-path">
			{problem}
			{source.shared && (
				<p class="notice" role="status">
					Showing the gaps of the shared result “{source.name}”, read-only: nothing from the link is
					saved on this device. <a href={`/results/#${hash.fragment}`}>See the whole result</a>.
				</p>
			)}
			<h2>{source.shared ? 'The team’s path' : 'Your personal path'}</h2>
			<p>
				Built from {source.shared ? 'the shared result' : 'the assessment'} “{source.name}”: its{' '}
				{gaps.length} lowest-rated controls, lowest first, then the ones that stop the most severe
				threats.
			</p>
			<ol class="gap-steps">
				{gaps.map((gap) => {
					const related = questions.filter((q) => gap.questions.includes(q.id));
					const modules = [...new Set(related.map((q) => q.module))];
					return (
						<li class="card gap-step">
							<h3>{gap.control.title}</h3>
							<p>
								{source.shared ? 'The team' : 'Your team'}:{' '}
								<strong>{STAGE_NAMES[gap.level]}</strong>
								{gap.unknown && ' (answered “Don’t know”, which counts as Traditional)'}.
							</p>
							<p>
								Next step:{' '}
								<a href={`/guides/${gap.control.guide}/#${gap.anchor}`}>
									from {STAGE_NAMES[gap.level]} to {STAGE_NAMES[gap.level + 1]} in the guide
								</a>
							</p>
							<p>
								{related.length === 0
									? 'No knowledge-check question covers this control yet.'
									: `${related.length} related knowledge-check ${related.length === 1 ? 'question' : 'questions'}, in: `}
								{modules.map((id, i) => (
									<>
										{i > 0 && ', '}
										<a href={`/learn/${id}/`}>{moduleTitles[id] ?? id}</a>
									</>
								))}
							</p>
						</li>
					);
				})}
			</ol>
			<h2>Practise on your gaps</h2>
			{ids.length === 0 ? (
				<p>No knowledge-check question covers these controls yet.</p>
			) : practice.state === 'ready' ? (
				<PracticeQuiz idPrefix="gaps" questions={practice.questions} />
			) : (
				<>
					<p>
						{ids.length} questions related to these controls. Practice answers stay on this page and
						do not count towards the onboarding path.
					</p>
					{practice.state === 'failed' && (
						<p class="notice error" role="alert">
							The questions could not be loaded. Check your connection and try again.
						</p>
					)}
					<p>
						<button
							type="button"
							onClick={() => void start()}
							disabled={practice.state === 'loading'}
						>
							{practice.state === 'loading' ? 'Loading the questions…' : 'Start practising'}
						</button>
					</p>
				</>
			)}
		</div>
	);
}
