import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
	completionSummary,
	decodeCompletion,
	encodeCompletion,
	type CompletionOutcome,
	type CompletionSummary,
} from '../../lib/learn/link';
import { pathState } from '../../lib/learn/progress';
import { formatDay, formatMoment, formatScore } from '../../lib/learn/format';
import { $learn } from '../../stores/learn';
import { $hash, clearHash } from '../../stores/hash';
import LearnAlerts from './LearnAlerts';
import { copyLink } from '../../lib/download';

type Props = {
	/** The path's modules in order, with what progress needs of their questions. */
	modules: {
		id: string;
		title: string;
		questions: { id: string; options: { correct: boolean }[] }[];
	}[];
};

/** What the page shows: the learner's own summary, or a link someone opened. */
type View = { kind: 'reading' } | { kind: 'own' } | { kind: 'shared'; outcome: CompletionOutcome };

function viewOf(fragment: string): View {
	return fragment ? { kind: 'shared', outcome: decodeCompletion(fragment) } : { kind: 'own' };
}

/**
 * The completion summary: the learner's passed modules with a share link, or, when the page is
 * opened with a link, the shared summary read-only. A damaged link gets a clear alert, never an
 * exception; a shared name is rendered as text only.
 */
export default function Completion({ modules }: Props) {
	const hash = useStore($hash, { ssr: 'initial' });
	const [view, setView] = useState<View>({ kind: 'reading' });
	const progress = useStore($learn, { ssr: () => null });
	const [name, setName] = useState('');
	const [link, setLink] = useState('');
	const [copyMessage, setCopyMessage] = useState('');
	const linkField = useRef<HTMLInputElement>(null);

	// Decoding is synchronous and cheap; after hydration, so the first render matches the server's.
	useEffect(() => setView(viewOf(hash.fragment)), [hash]);

	if (view.kind === 'reading') {
		return <p>Reading the summary…</p>;
	}

	if (view.kind === 'shared') {
		const showOwn = () => {
			clearHash();
			setView({ kind: 'own' });
		};
		if (!view.outcome.ok) {
			return (
				<div>
					<div class="notice error" role="alert">
						<p>
							<strong>This completion link could not be opened.</strong> {view.outcome.message}
						</p>
					</div>
					<p>
						<button type="button" class="secondary" onClick={showOwn}>
							Show my own summary instead
						</button>
					</p>
				</div>
			);
		}
		return <SharedSummary summary={view.outcome.summary} modules={modules} onShowOwn={showOwn} />;
	}

	const path = pathState(progress, modules);
	const passed = path.modules.filter((m) => m.passed);

	function makeLink(event: Event) {
		event.preventDefault();
		const summary = completionSummary(
			name,
			new Date(),
			passed.map((m) => ({ id: m.id, ...m.passed! }))
		);
		setLink(`${location.origin}/learn/completion/#${encodeCompletion(summary)}`);
		setCopyMessage('');
		// Move to the new link so screen reader users hear it was made and can copy it at once.
		requestAnimationFrame(() => {
			linkField.current?.focus();
			linkField.current?.select();
		});
	}

	async function copy() {
		setCopyMessage(await copyLink(link, 'completion-link'));
	}

	return (
		<div>
			<LearnAlerts />
			<h2>Your summary</h2>
			<p>
				{path.passed} of {path.total} modules passed
				{path.complete ? ': the onboarding path is complete.' : '.'}
			</p>
			<div class="table-wrap">
				<table>
					<caption>Modules of the Developer onboarding path</caption>
					<thead>
						<tr>
							<th scope="col">Module</th>
							<th scope="col">Status</th>
							<th scope="col">Passed on</th>
							<th scope="col">Score</th>
						</tr>
					</thead>
					<tbody>
						{modules.map((m, i) => {
							const state = path.modules[i]!;
							return (
								<tr>
									<th scope="row">
										<a href={`/learn/${m.id}/`}>{m.title}</a>
									</th>
									<td>{state.passed ? 'Passed' : 'Not passed yet'}</td>
									<td>{state.passed ? formatMoment(state.passed.at) : '–'}</td>
									<td>
										{state.passed ? formatScore(state.passed.correct, state.passed.total) : '–'}
									</td>
								</tr>
							);
						})}
					</tbody>
				</table>
			</div>
			<h2>Share it with your lead</h2>
			{passed.length === 0 ? (
				<p>
					Once you pass a module, you can make a link here that shows which modules you passed and
					when. <a href="/learn/">Go to the learning path</a>.
				</p>
			) : (
				<form onSubmit={makeLink} class="share-form">
					<p>
						The link carries the name you type, the modules you passed, the day you passed each one
						and your score, in the part after “#”, which browsers never send to a server.
					</p>
					<p>
						<label for="completion-name">Your name (optional)</label>
						<br />
						<input
							id="completion-name"
							type="text"
							maxLength={80}
							autoComplete="name"
							value={name}
							onInput={(e) => setName((e.target as HTMLInputElement).value)}
						/>
					</p>
					<p>
						<button type="submit">Create share link</button>
					</p>
				</form>
			)}
			{link && (
				<div class="share-result">
					<p>
						<label for="completion-link">Your completion link</label>
						<br />
						<input
							id="completion-link"
							type="text"
							readOnly
							value={link}
							ref={linkField}
							class="share-link"
						/>
					</p>
					<p>
						<button type="button" class="secondary" onClick={() => void copy()}>
							Copy link
						</button>{' '}
						<a href={link}>Open the link</a>
					</p>
					<p role="status">{copyMessage}</p>
				</div>
			)}
		</div>
	);
}

function SharedSummary({
	summary,
	modules,
	onShowOwn,
}: {
	summary: CompletionSummary;
	modules: Props['modules'];
	onShowOwn: () => void;
}) {
	const titles = new Map(modules.map((m) => [m.id, m.title]));
	const known = summary.modules.filter((m) => titles.has(m.id)).length;
	return (
		<div class="shared-completion">
			<h2>Shared completion summary</h2>
			<p class="notice warning">
				<strong>Self-report, not a certificate.</strong> Anyone can make a link like this; it shows
				what the person who made it reported, not a verified result.
			</p>
			<dl class="meta-list">
				<dt>Name</dt>
				<dd>{summary.name || 'Not given'}</dd>
				<dt>Link made on</dt>
				<dd>{formatDay(summary.date)}</dd>
				<dt>Onboarding modules passed</dt>
				<dd>
					{known} of {modules.length}
				</dd>
			</dl>
			{summary.modules.length === 0 ? (
				<p>This link lists no passed modules.</p>
			) : (
				<div class="table-wrap">
					<table>
						<caption>Modules passed</caption>
						<thead>
							<tr>
								<th scope="col">Module</th>
								<th scope="col">Passed on</th>
								<th scope="col">Score</th>
							</tr>
						</thead>
						<tbody>
							{summary.modules.map((m) => (
								<tr>
									<th scope="row">
										{titles.has(m.id) ? (
											<a href={`/learn/${m.id}/`}>{titles.get(m.id)}</a>
										) : (
											`A module this site no longer has (“${m.id}”)`
										)}
									</th>
									<td>{formatDay(m.passedOn)}</td>
									<td>{formatScore(m.correct, m.total)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
			<p>
				<button type="button" class="secondary" onClick={onShowOwn}>
					Show my own summary instead
				</button>
			</p>
		</div>
	);
}
