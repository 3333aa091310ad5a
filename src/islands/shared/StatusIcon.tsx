import type { ThreatStatus } from '../../lib/scoring';

/**
 * The shape of each threat status, drawn in a 16-unit box centred on 0,0 so the same glyph works
 * in an HTML icon and on a diagram marker. Each status has its own shape, so status never rests
 * on colour alone; the word always goes with it.
 *
 * The shapes are constant markup of our own (never user text), set as inner HTML so hydrating a
 * page with dozens of icons does not walk every path: the diagram pages hydrate faster on phones.
 */
const SHAPES: Readonly<Record<ThreatStatus, string>> = {
	// A warning triangle with an exclamation mark.
	exposed:
		'<path class="tm-glyph-fill" d="M0 -7L7.5 6.5H-7.5Z"/><path class="tm-glyph-cut" d="M0 -2.5V2M0 3.8V4.4"/>',
	// A circle, half filled.
	'partly-mitigated':
		'<circle class="tm-glyph-line" r="6"/><path class="tm-glyph-fill" d="M0 -6A6 6 0 0 0 0 6Z"/>',
	// A tick in a filled circle.
	mitigated:
		'<circle class="tm-glyph-fill" r="7"/><path class="tm-glyph-cut" d="M-3.5 0.2L-1 2.8L3.8 -2.6"/>',
	// A dashed, empty circle with a dash: nothing known yet.
	'not-assessed':
		'<circle class="tm-glyph-line tm-glyph-dashed" r="6"/><path class="tm-glyph-line" d="M-2.5 0H2.5"/>',
};

/** The glyph of a status, as an SVG group. */
function StatusGlyph({ status }: { status: ThreatStatus }) {
	return <g class="tm-glyph" dangerouslySetInnerHTML={{ __html: SHAPES[status] }} />;
}

/** A diagram marker's status badge: a disc with the glyph at three quarters size. */
export function StatusBadge({ status }: { status: ThreatStatus }) {
	return (
		<g
			class="tm-marker-badge"
			transform="translate(11 -11)"
			dangerouslySetInnerHTML={{
				__html: `<circle r="7.5"/><g transform="scale(0.75)"><g class="tm-glyph">${SHAPES[status]}</g></g>`,
			}}
		/>
	);
}

/** A status icon for HTML text; decorative, because the status word always follows it. */
export function StatusIcon({ status }: { status: ThreatStatus }) {
	return (
		<svg
			class={`tm-icon tm-status-${status}`}
			width="16"
			height="16"
			viewBox="-8 -8 16 16"
			aria-hidden="true"
			focusable="false"
		>
			<StatusGlyph status={status} />
		</svg>
	);
}
