import type { ComponentChildren } from 'preact';
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { $activeAssessment } from '../stores/saved';
import { $hash, clearHash, latest } from '../stores/hash';
import type { ThreatCoverage, ThreatStatus } from '../lib/scoring';
import type { DecodeWarning } from '../lib/share';
import type { Answers, EnvironmentId, Targets } from '../lib/model';
import {
	bankFromExplorer,
	fragmentKind,
	threatCoverages,
	visibleThreats,
	whereText,
	type ExplorerData,
	type ExplorerDetails,
	type ExplorerFilter,
} from '../lib/diagram/explorer';
import { nextMarker, tabStop } from '../lib/diagram/navigation';
import { STATUSES, STATUS_MEANINGS, STATUS_WORDS } from '../lib/diagram/status';
import { StatusBadge, StatusIcon } from './shared/StatusIcon';
import { ThreatPanel } from './threat-model/ThreatPanel';
import { $diagramView, $showRequest } from '../stores/diagram';

type Props = {
	data: ExplorerData;
	/** The static diagram SVG, drawn at build time (passed as the island's slot). */
	children?: ComponentChildren;
};

type Shared =
	| { state: 'none' }
	| { state: 'loading' }
	| {
			state: 'ok';
			name: string;
			date: string;
			answers: Answers;
			targets: Targets;
			warnings: DecodeWarning[];
	  }
	| { state: 'error'; message: string };

/** The id of the JSON data block with the details panel's text (see `ExplorerDetails`). */
export const DETAILS_ID = 'tm-details';

let details: ExplorerDetails | undefined;
/** The details panel's text, read from the page's data block once, when a panel first opens. */
function readDetails(): ExplorerDetails {
	if (!details) {
		try {
			details = JSON.parse(
				document.getElementById(DETAILS_ID)?.textContent ?? ''
			) as ExplorerDetails;
		} catch {
			// Only a damaged build lacks it; the panel then shows no steps and no control titles.
			details = { steps: {}, controls: [] };
		}
	}
	return details;
}

/**
 * An SVG <a>, typed as the <g> it behaves like (Preact's JSX types only know the HTML <a>): a link
 * before hydration, the same element as a button after.
 */
const SvgA = 'a' as unknown as 'g';

/** Zoom steps: fit the width, then wider canvases to pan around (see .tm-zoom-* in the CSS). */
const ZOOMS = ['Whole diagram', 'Normal size', 'Large', 'Largest'] as const;
const DEFAULT_ZOOM = 1;

/**
 * The interactive threat model: numbered markers over the diagram (one Tab stop, arrow keys
 * between them, Enter or Space to open), a details panel, filters, zoom, and each threat's
 * exposure from the saved assessment or from a shared result link in the page's fragment.
 */
export default function ThreatModelExplorer({ data, children }: Props) {
	const assessment = useStore($activeAssessment, { ssr: () => null });
	const bank = useMemo(() => bankFromExplorer(data), [data]);
	const [hydrated, setHydrated] = useState(false);
	const [shared, setShared] = useState<Shared>({ state: 'none' });
	const [filter, setFilter] = useState<ExplorerFilter>({ environment: null, status: null });
	const [open, setOpen] = useState<string | null>(null);
	const [stop, setStop] = useState<string | null>(null);
	const [hovered, setHovered] = useState<string | null>(null);
	const [focused, setFocused] = useState<string | null>(null);
	const [zoom, setZoom] = useState(DEFAULT_ZOOM);
	const markerRefs = useRef(new Map<string, SVGGElement>());
	const panelHeading = useRef<HTMLHeadingElement>(null);
	const scrollToPanel = useRef(false);

	const hash = useStore($hash, { ssr: 'initial' });
	const [newestDecode] = useState(latest);
	useEffect(() => setHydrated(true), []);

	// Result links carry the result after '#'; in-page anchors ("#main") are left alone.
	useEffect(() => {
		if (!hydrated) return;
		const { fragment } = hash;
		if (fragmentKind(fragment, (id) => document.getElementById(id) !== null) !== 'result') return;
		const isLatest = newestDecode();
		setShared({ state: 'loading' });
		// The decoder (codec, DEFLATE, CRC) loads only when a result link is opened.
		void import('../lib/share/codec')
			.then(({ decodeResult }) => decodeResult(fragment, bank))
			.then((outcome) => {
				if (!isLatest()) return;
				setShared(
					outcome.ok
						? { state: 'ok', ...outcome.result, warnings: outcome.warnings }
						: { state: 'error', message: outcome.message }
				);
			})
			.catch(() => {
				if (!isLatest()) return;
				setShared({
					state: 'error',
					message:
						'The results link could not be opened because part of this page failed to load. Reload the page to try again.',
				});
			});
	}, [hash, bank, hydrated, newestDecode]);

	const source =
		shared.state === 'ok'
			? {
					answers: shared.answers,
					label: `the shared result “${shared.name}”`,
				}
			: assessment
				? {
						answers: assessment.answers,
						label: `your saved assessment “${assessment.name}”`,
					}
				: null;

	const coverage = useMemo(
		() => (source ? threatCoverages(bank, source.answers) : new Map<string, ThreatCoverage>()),
		[bank, source?.answers]
	);
	const statusOf = (id: string): ThreatStatus => coverage.get(id)?.status ?? 'not-assessed';

	const visible = visibleThreats(data.threats, statusOf, filter);
	const order = visible.map((t) => t.id);
	const current = tabStop(order, stop);
	const lit = hovered ?? focused ?? open;
	const litThreat = data.threats.find((t) => t.id === lit && order.includes(t.id));
	const openThreat = data.threats.find((t) => t.id === open);
	const panelText = openThreat ? readDetails() : null;
	const controls = useMemo(
		() => new Map((panelText?.controls ?? []).map((c) => [c.code, c])),
		[panelText]
	);
	const envName = (id: string) => data.environments.find((e) => e.id === id)?.name ?? id;
	const presentEnvs = data.environments.filter((e) =>
		data.threats.some((t) => t.environment === e.id)
	);

	// The threat list below is its own island: it reads the statuses and the filtered threats here.
	// Both follow from the coverage and the filter alone.
	useEffect(() => {
		if (!hydrated) return;
		$diagramView.set({
			statuses: Object.fromEntries(data.threats.map((t) => [t.id, statusOf(t.id)])),
			visible: order,
		});
	}, [hydrated, coverage, filter]);
	useEffect(
		() =>
			$showRequest.listen((request) => {
				if (request) showOnDiagram(request.id);
			}),
		[]
	);

	useEffect(() => {
		if (openThreat && scrollToPanel.current)
			panelHeading.current?.scrollIntoView({ block: 'nearest' });
		scrollToPanel.current = false;
	}, [openThreat]);

	function focusMarker(id: string) {
		setStop(id);
		markerRefs.current.get(id)?.focus();
	}

	function toggle(id: string, fromPointer: boolean) {
		setStop(id);
		scrollToPanel.current = fromPointer;
		setOpen((was) => (was === id ? null : id));
	}

	function onMarkerKey(event: KeyboardEvent, id: string) {
		if (event.key === 'Enter' || event.key === ' ') {
			event.preventDefault();
			toggle(id, false);
			return;
		}
		if (event.key === 'Escape') {
			// Handled here rather than by the panel's listener, which may not be attached yet.
			setOpen(null);
			return;
		}
		const next = nextMarker(order, id, event.key);
		if (next) {
			event.preventDefault();
			focusMarker(next);
		}
	}

	// Escape inside the panel (on a link or its Close button) closes it and returns to the marker.
	useEffect(() => {
		if (!open) return;
		const onKey = (event: KeyboardEvent) => {
			if (event.key === 'Escape' && (event.target as Element).closest?.('#tm-panel')) closePanel();
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	});

	function closePanel() {
		const id = open;
		setOpen(null);
		if (id && order.includes(id)) focusMarker(id);
	}

	function showOnDiagram(id: string) {
		setOpen(id);
		focusMarker(id);
	}

	function showOwn() {
		newestDecode();
		clearHash();
		setShared({ state: 'none' });
	}

	const setEnvironment = (value: string) =>
		setFilter((f) => ({ ...f, environment: value ? (value as EnvironmentId) : null }));
	const setStatus = (value: string) =>
		setFilter((f) => ({ ...f, status: value ? (value as ThreatStatus) : null }));

	const viewBox = `0 0 ${data.width} ${data.height}`;
	const values = new Map((coverage.get(open ?? '')?.controls ?? []).map((c) => [c.code, c.value]));

	return (
		<div class="tm-explorer">
			{shared.state === 'ok' && (
				<div class="notice tm-banner" role="status">
					<p>
						Showing the shared result <strong>“{shared.name}”</strong> from {shared.date}, not your
						own assessment.
					</p>
					{shared.warnings.map((w) => (
						<p key={w.reason}>{w.message}</p>
					))}
					<button type="button" class="secondary" onClick={showOwn}>
						Show my own assessment instead
					</button>
				</div>
			)}
			{shared.state === 'error' && (
				<div class="notice error" role="alert">
					<p>{shared.message}</p>
					<p>
						The diagram shows{' '}
						{assessment ? 'your saved assessment instead' : 'every threat as not assessed'}.
					</p>
				</div>
			)}

			<div class="tm-bar">
				<p class="tm-source">
					{shared.state === 'loading'
						? 'Opening the shared result…'
						: source
							? `Exposure from ${source.label}.`
							: hydrated
								? 'No assessment is saved in this browser, so every threat shows as not assessed. '
								: 'Each threat’s exposure appears once the page has read your saved assessment. '}
					{!source && hydrated && shared.state !== 'loading' && (
						<a href="/assess/">Start the assessment</a>
					)}
				</p>
				<div class="tm-legend">
					<h2 class="visually-hidden">Legend</h2>
					<ul class="tm-legend-list">
						{STATUSES.map((s) => (
							<li key={s} class={`tm-status tm-status-${s}`}>
								<StatusIcon status={s} />
								{` ${STATUS_WORDS[s]}`}
							</li>
						))}
					</ul>
					<details class="tm-legend-more">
						<summary>What the statuses and shapes mean</summary>
						<ul>
							{STATUSES.map((s) => (
								<li key={s}>
									<strong>{STATUS_WORDS[s]}</strong>
									{`: ${STATUS_MEANINGS[s]}.`}
								</li>
							))}
							<li>
								Numbered circles are threats, with their status in the small badge. Dashed frames
								are trust boundaries; dotted frames and boxes are what the team does not control.
								Arrows are flows of code, data or access.
							</li>
						</ul>
					</details>
				</div>
				{/* Drawn before the island runs too, disabled, so it takes its space from the start and
				    hydration changes attributes rather than adding elements. */}
				<div class="tm-toolbar" role="group" aria-label="Diagram options">
					{presentEnvs.length > 1 && (
						<label>
							{'Environment '}
							<select
								disabled={!hydrated}
								value={filter.environment ?? ''}
								onChange={(e) => setEnvironment(e.currentTarget.value)}
							>
								<option value="">All environments</option>
								{presentEnvs.map((e) => (
									<option key={e.id} value={e.id}>
										{e.name}
									</option>
								))}
							</select>
						</label>
					)}
					<label>
						{'Status '}
						<select
							disabled={!hydrated}
							value={filter.status ?? ''}
							onChange={(e) => setStatus(e.currentTarget.value)}
						>
							<option value="">All statuses</option>
							{STATUSES.map((s) => (
								<option key={s} value={s}>
									{STATUS_WORDS[s]}
								</option>
							))}
						</select>
					</label>
					<span class="tm-zoom">
						<button
							type="button"
							class="secondary"
							disabled={!hydrated || zoom === 0}
							onClick={() => setZoom((z) => Math.max(0, z - 1))}
						>
							Zoom out
						</button>
						<button
							type="button"
							class="secondary"
							disabled={!hydrated || zoom === ZOOMS.length - 1}
							onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))}
						>
							Zoom in
						</button>
						<span class="tm-zoom-level" aria-live="polite">
							{ZOOMS[zoom]}
						</span>
					</span>
				</div>
			</div>
			<p class="tm-count" role="status">
				{visible.length === data.threats.length
					? `${data.threats.length} threats on this diagram.`
					: `Showing ${visible.length} of ${data.threats.length} threats.`}
			</p>

			<div
				class="tm-stage"
				// Focusable so keyboard users can pan a zoomed diagram with the arrow keys, and so it
				// stays reachable when a filter leaves no marker inside (axe: scrollable-region-focusable).
				// eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
				tabIndex={0}
				role="region"
				aria-label="Diagram (scrolls when zoomed in)"
			>
				<div class={`tm-canvas tm-zoom-${zoom}`}>
					<svg
						class="tm-layer tm-highlights"
						viewBox={viewBox}
						aria-hidden="true"
						focusable="false"
					>
						{litThreat?.on.map((id) => (
							<path key={id} class="tm-hl" d={data.shapes[id]} />
						))}
					</svg>
					{children}
					<svg
						class="tm-layer tm-markers"
						viewBox={viewBox}
						role="group"
						aria-label={`Threat markers: ${visible.length} shown. Use the arrow keys to move between them and Enter to open one.`}
					>
						{visible.map((t) => {
							const status = statusOf(t.id);
							const label = `${t.n}. ${t.title}: ${STATUS_WORDS[status]}`;
							const body = (
								<>
									<circle class="tm-marker-ring" r="18" />
									<circle class="tm-marker-body" r="14" />
									<text class="tm-marker-n" y="4.5" text-anchor="middle">
										{t.n}
									</text>
									<StatusBadge status={status} />
								</>
							);
							const cls = `tm-marker tm-status-${status}${lit === t.id ? ' is-lit' : ''}`;
							if (!hydrated) {
								// Before the island runs (or without JavaScript) a marker is a link to the threat in the list.
								return (
									<SvgA
										key={t.id}
										class={cls}
										transform={`translate(${t.x} ${t.y})`}
										href={`#threat-${t.id}`}
										aria-label={label}
									>
										{body}
									</SvgA>
								);
							}
							// Then the same element becomes a button: hydration changes attributes only.
							return (
								<SvgA
									key={t.id}
									ref={(el) => {
										if (el) markerRefs.current.set(t.id, el);
										else markerRefs.current.delete(t.id);
									}}
									class={cls}
									transform={`translate(${t.x} ${t.y})`}
									role="button"
									// Lower-case: Preact sets SVG attributes verbatim, and only `tabindex` makes an SVG element focusable.
									tabindex={t.id === current ? 0 : -1}
									aria-label={label}
									aria-expanded={open === t.id}
									aria-controls={open === t.id ? 'tm-panel' : undefined}
									onClick={() => toggle(t.id, true)}
									onKeyDown={(e) => onMarkerKey(e, t.id)}
									onFocus={() => {
										setFocused(t.id);
										setStop(t.id);
									}}
									onBlur={() => setFocused(null)}
									onMouseEnter={() => setHovered(t.id)}
									onMouseLeave={() => setHovered(null)}
								>
									{body}
								</SvgA>
							);
						})}
					</svg>
				</div>
			</div>
			<p class="tm-hint">
				Tab to the markers, use the arrow keys to move between them, and press Enter or Space to
				open one. On a small screen, scroll the diagram sideways or zoom out.
			</p>

			{openThreat && (
				<ThreatPanel
					threat={openThreat}
					steps={panelText?.steps[openThreat.id] ?? []}
					where={whereText(data, openThreat)}
					status={statusOf(openThreat.id)}
					values={values}
					controls={controls}
					environmentName={envName}
					source={source?.label ?? null}
					headingRef={panelHeading}
					onClose={closePanel}
				/>
			)}
		</div>
	);
}
