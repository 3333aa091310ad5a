import type { ThreatStatus } from '../../lib/scoring';

/**
 * The one icon for each threat status, used by the results table, the diagrams and their panels.
 * The shape of each status, drawn in a 16-unit box centred on 0,0 so the same glyph works in an
 * HTML icon and on a diagram marker. Each status has its own shape, so status never rests on
 * colour alone; the word always goes with it.
 */
export function StatusGlyph({ status }: { status: ThreatStatus }) {
	switch (status) {
		case 'exposed':
			// A warning triangle with an exclamation mark.
			return (
				<g class="tm-glyph">
					<path class="tm-glyph-fill" d="M0 -7L7.5 6.5H-7.5Z" />
					<path class="tm-glyph-cut" d="M0 -2.5V2M0 3.8V4.4" />
				</g>
			);
		case 'partly-mitigated':
			// A circle, half filled.
			return (
				<g class="tm-glyph">
					<circle class="tm-glyph-line" r="6" />
					<path class="tm-glyph-fill" d="M0 -6A6 6 0 0 0 0 6Z" />
				</g>
			);
		case 'mitigated':
			// A tick in a filled circle.
			return (
				<g class="tm-glyph">
					<circle class="tm-glyph-fill" r="7" />
					<path class="tm-glyph-cut" d="M-3.5 0.2L-1 2.8L3.8 -2.6" />
				</g>
			);
		default:
			// A dashed, empty circle with a dash: nothing known yet.
			return (
				<g class="tm-glyph">
					<circle class="tm-glyph-line tm-glyph-dashed" r="6" />
					<path class="tm-glyph-line" d="M-2.5 0H2.5" />
				</g>
			);
	}
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
