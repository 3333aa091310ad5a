import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { JSX } from 'preact';
import { STAGE_NAMES, type BankModel, type Level } from '../lib/model';
import type { Column } from '../lib/compare/grid';
import { COMPARISON_PREFIX, decodeComparison } from '../lib/compare/link';
import {
	unanimousAnswers,
	workshopAssessment,
	workshopComparison,
	workshopItems,
	workshopName,
	workshopSummary,
	type WorkshopItem,
} from '../lib/workshop/session';
import {
	fetchControlTexts,
	navigationOf,
	readControlTexts,
	type ControlTexts,
} from '../lib/workshop/texts';
import { $assessments, addAssessment } from '../stores/assessments';
import { $hash, latest } from '../stores/hash';

type Props = { bank: BankModel };

type Opened =
	| { kind: 'none' }
	| { kind: 'error'; message: string }
	| { kind: 'ready'; columns: Column[]; problems: string[] };

/** The results a comparison link in the address carries, as the comparison's columns. */
async function openFragment(hash: string, bank: BankModel): Promise<Opened> {
	const fragment = hash.replace(/^#/, '').trim();
	if (!fragment) return { kind: 'none' };
	if (!fragment.startsWith(COMPARISON_PREFIX))
		return {
			kind: 'error',
			message:
				'This is not a comparison link. On the Compare page, add everyone’s results and choose “Present these results”.',
		};
	const outcome = await decodeComparison(fragment, bank);
	if (!outcome.ok) return { kind: 'error', message: outcome.message };
	const columns = outcome.results.map((result, i): Column => ({
		key: `w${i}`,
		label: result.name,
		result,
		source: 'comparison',
	}));
	return { kind: 'ready', columns, problems: outcome.problems };
}

/**
 * Workshop mode: the controls where the participants' answers differ by two stages or more, one
 * per screen in large type, with each participant's answer, the four stage descriptions and the
 * guide; the group records an agreed stage, and the summary saves the agreed answers as a new
 * assessment. Opened from a comparison link in the address (/workshop/#c.…).
 */
export default function WorkshopView({ bank }: Props) {
	const [opened, setOpened] = useState<Opened | null>(null);
	const [texts, setTexts] = useState<Map<number, ControlTexts> | null>(null);
	/** -1 the start screen, 0 … n-1 the controls, n the summary. */
	const [step, setStep] = useState(-1);
	const [agreed, setAgreed] = useState<ReadonlyMap<number, Level>>(new Map());
	const [saved, setSaved] = useState('');
	const [full, setFull] = useState(false);
	const root = useRef<HTMLDivElement>(null);
	const heading = useRef<HTMLHeadingElement>(null);
	const moved = useRef(false);

	// The comparison comes from the one reader of the address's fragment; a link pasted while an
	// older one is still being read wins over it.
	const hash = useStore($hash, { ssr: 'initial' });
	const [newestOpen] = useState(latest);
	useEffect(() => {
		const isLatest = newestOpen();
		setOpened(null);
		void openFragment(hash.fragment, bank).then((next) => {
			if (!isLatest()) return;
			setOpened(next);
			setStep(-1);
			setAgreed(new Map());
			setSaved('');
		});
	}, [hash, bank, newestOpen]);

	useEffect(() => {
		const onFull = () => setFull(document.fullscreenElement === root.current);
		document.addEventListener('fullscreenchange', onFull);
		void fetchControlTexts().then((json) => setTexts(readControlTexts(json, bank)));
		return () => document.removeEventListener('fullscreenchange', onFull);
	}, [bank]);

	const columns = opened?.kind === 'ready' ? opened.columns : null;
	const comparison = useMemo(
		() => (columns ? workshopComparison(bank, columns) : null),
		[bank, columns]
	);
	const items = useMemo(() => (comparison ? workshopItems(comparison) : []), [comparison]);
	const unanimous = useMemo(
		() => (comparison ? unanimousAnswers(comparison).size : 0),
		[comparison]
	);

	// Each new screen's heading takes focus, so a screen reader reads it and Tab starts there. It
	// happens before the browser paints: a key pressed right after a move must not land on the
	// previous screen's radio buttons, which the next screen reuses.
	useLayoutEffect(() => {
		if (moved.current) heading.current?.focus();
	}, [step]);

	function go(next: number) {
		moved.current = true;
		setStep(Math.max(-1, Math.min(items.length, next)));
	}

	function onKey(event: JSX.TargetedKeyboardEvent<HTMLDivElement>) {
		const target = event.target as HTMLElement;
		const inField = /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
		const where = navigationOf(event.key, inField);
		if (!where || opened?.kind !== 'ready') return;
		event.preventDefault();
		go(where === 'next' ? step + 1 : step - 1);
	}

	function agree(code: number, level: Level) {
		setAgreed((current) => new Map(current).set(code, level));
		setSaved('');
	}

	function save() {
		if (!comparison) return;
		const now = new Date();
		const id = addAssessment(workshopAssessment(bank, comparison, agreed, now));
		// The stores add " (2)" when the name is taken, so say the name it was saved under.
		setSaved($assessments.get().find((a) => a.id === id)?.name ?? workshopName(now));
	}

	async function toggleFullScreen() {
		if (document.fullscreenElement) await document.exitFullscreen();
		else await root.current?.requestFullscreen();
	}

	if (!opened) return <p>Opening the comparison…</p>;

	return (
		// The page's own keys (PageDown, PageUp, arrows) move between screens; every screen is
		// also reachable with its Previous and Next buttons.
		// eslint-disable-next-line jsx-a11y/no-static-element-interactions
		<div class={`workshop${full ? ' is-full' : ''}`} ref={root} onKeyDown={onKey}>
			{opened.kind !== 'ready' ? (
				<OpenForm error={opened.kind === 'error' ? opened.message : ''} />
			) : (
				<>
					<div class="ws-bar">
						<p class="ws-where">
							{step < 0
								? 'Start'
								: step < items.length
									? `Control ${step + 1} of ${items.length}`
									: 'Summary'}
						</p>
						{typeof document !== 'undefined' && document.fullscreenEnabled && (
							<button type="button" class="secondary" onClick={() => void toggleFullScreen()}>
								{full ? 'Leave full screen' : 'Full screen'}
							</button>
						)}
					</div>
					{opened.problems.length > 0 && (
						<div class="notice warning" role="alert">
							{opened.problems.map((p) => (
								<p key={p}>{p}</p>
							))}
						</div>
					)}
					{step < 0 ? (
						<section class="ws-screen" aria-labelledby="ws-heading">
							<h2 id="ws-heading" tabIndex={-1} ref={heading}>
								{items.length === 0
									? 'Nothing to settle'
									: `${items.length} ${items.length === 1 ? 'control' : 'controls'} to settle`}
							</h2>
							<p>
								{columns?.length} participants:{' '}
								{columns?.map((c, i) => c.label.trim() || `Result ${i + 1}`).join(', ')}.
							</p>
							<p>
								{items.length === 0
									? 'Their answers differ by less than two stages on every control.'
									: 'These are the controls where their answers differ by two stages or more. For each, talk it through and choose the stage the group agrees on.'}
							</p>
							<p class="ws-keys">
								Next and Previous move between controls; so do Page Down and Page Up (a presentation
								clicker) and the left and right arrow keys.
							</p>
							<button type="button" onClick={() => go(items.length === 0 ? items.length : 0)}>
								{items.length === 0 ? 'See the summary' : 'Start with the first control'}
							</button>
						</section>
					) : step < items.length ? (
						<ControlScreen
							key={items[step]!.control.code}
							item={items[step]!}
							texts={texts?.get(items[step]!.control.code)}
							agreed={agreed.get(items[step]!.control.code)}
							onAgree={agree}
							heading={heading}
						/>
					) : (
						<Summary
							items={items}
							agreed={agreed}
							unanimous={unanimous}
							saved={saved}
							onSave={save}
							onOpen={go}
							heading={heading}
						/>
					)}
					{step >= 0 && (
						<nav class="ws-nav" aria-label="Workshop">
							<button type="button" class="secondary" onClick={() => go(step - 1)}>
								Previous
							</button>
							{step < items.length && (
								<button type="button" onClick={() => go(step + 1)}>
									{step === items.length - 1 ? 'Next: summary' : 'Next'}
								</button>
							)}
						</nav>
					)}
				</>
			)}
		</div>
	);
}

/** Where a comparison link can be pasted when the page was opened without one. */
function OpenForm({ error }: { error: string }) {
	const [text, setText] = useState('');
	return (
		<section aria-labelledby="ws-open-heading">
			<h2 id="ws-open-heading">Open a comparison</h2>
			{error && (
				<p class="notice error" role="alert">
					{error}
				</p>
			)}
			<p>
				On the <a href="/compare/">Compare page</a>, add everyone’s results and choose “Present
				these results”, or paste a comparison link here.
			</p>
			<form
				class="ws-open"
				onSubmit={(event) => {
					event.preventDefault();
					const at = text.indexOf('#');
					window.location.hash = at >= 0 ? text.slice(at + 1) : text.trim();
				}}
			>
				<label for="ws-link">Comparison link</label>
				<input
					id="ws-link"
					type="url"
					value={text}
					autocomplete="off"
					onInput={(e) => setText(e.currentTarget.value)}
				/>
				<button type="submit">Open</button>
			</form>
		</section>
	);
}

type ScreenProps = {
	item: WorkshopItem;
	texts: ControlTexts | undefined;
	agreed: Level | undefined;
	onAgree: (code: number, level: Level) => void;
	heading: { current: HTMLHeadingElement | null };
};

/** One control: the question, who answered what, the four stages to agree on, and the guide. */
function ControlScreen({ item, texts, agreed, onAgree, heading }: ScreenProps) {
	const { control, answers } = item;
	const byLevel = (level: Level) =>
		answers.filter((a) => a.value === level || (level === 0 && a.value === 'unknown'));
	return (
		<section class="ws-screen" aria-labelledby="ws-heading">
			<h2 id="ws-heading" tabIndex={-1} ref={heading}>
				{control.title}
			</h2>
			{texts && <p class="ws-question">{texts.question}</p>}
			<h3>What each participant answered</h3>
			<ul class="ws-answers">
				{answers.map((a, i) => (
					<li key={i}>
						<span class="ws-name">{a.name}</span>: <strong>{a.word}</strong>
					</li>
				))}
			</ul>
			<fieldset class="ws-stages">
				<legend>Agreed stage</legend>
				{STAGE_NAMES.map((name, index) => {
					const level = index as Level;
					const who = byLevel(level);
					return (
						<label key={name} class={`ws-stage${agreed === level ? ' is-agreed' : ''}`}>
							<input
								type="radio"
								name={`agreed-${control.code}`}
								value={name}
								checked={agreed === level}
								onChange={() => onAgree(control.code, level)}
							/>
							<span class="ws-stage-name">{name}</span>
							{texts && <span class="ws-stage-text">{texts.levels[level]}</span>}
							{who.length > 0 && (
								<span class="ws-stage-who">Answered by {who.map((a) => a.name).join(', ')}</span>
							)}
						</label>
					);
				})}
			</fieldset>
			<p>
				<a href={`/guides/${control.guide}/`} target="_blank" rel="noopener">
					Read the guide to {control.title} (opens in a new tab)
				</a>
			</p>
		</section>
	);
}

type SummaryProps = {
	items: WorkshopItem[];
	agreed: ReadonlyMap<number, Level>;
	unanimous: number;
	saved: string;
	onSave: () => void;
	onOpen: (step: number) => void;
	heading: { current: HTMLHeadingElement | null };
};

/** What was agreed, and saving it as a new assessment. */
function Summary({ items, agreed, unanimous, saved, onSave, onOpen, heading }: SummaryProps) {
	const summary = workshopSummary(items, agreed, unanimous);
	const name = workshopName(new Date());
	return (
		<section class="ws-screen" aria-labelledby="ws-heading">
			<h2 id="ws-heading" tabIndex={-1} ref={heading}>
				Summary
			</h2>
			<p>{summary.sentence}</p>
			{items.length > 0 && (
				<div class="table-wrap">
					<table class="ws-summary">
						<caption>What the group agreed</caption>
						<thead>
							<tr>
								<th scope="col">Control</th>
								<th scope="col">Answers ranged from</th>
								<th scope="col">Agreed stage</th>
							</tr>
						</thead>
						<tbody>
							{summary.lines.map(({ item, agreed: level }, i) => (
								<tr key={item.control.code}>
									<th scope="row">
										<button type="button" class="link-button" onClick={() => onOpen(i)}>
											{item.control.title}
										</button>
									</th>
									<td>
										{STAGE_NAMES[item.lowest]} to {STAGE_NAMES[item.highest]}
									</td>
									<td>{level === null ? 'None yet' : STAGE_NAMES[level]}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
			<p>
				Saving creates a new assessment, “{name}”, with the agreed stages
				{unanimous > 0
					? ` and the ${unanimous} ${unanimous === 1 ? 'answer' : 'answers'} every participant gave alike`
					: ''}
				; every other control is left unanswered. It is saved in this browser like any other
				assessment and can be exported from the Results page.
			</p>
			<button type="button" onClick={onSave} disabled={!!saved}>
				Save as “{name}”
			</button>
			<p role="status">
				{saved && (
					<>
						Saved as “{saved}”. <a href="/results/">See its results</a> or{' '}
						<a href="/assess/">answer the rest</a>.
					</>
				)}
			</p>
		</section>
	);
}
