import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { TourStepData } from '../../lib/learn/model';
import type { TourDiagram } from '../../lib/learn/tour-diagram';
import { finishTour } from '../../stores/learn';
import RichText from './RichText';

type Props = {
	moduleId: string;
	steps: TourStepData[];
	/** The environment's diagram with each stop's highlight; the static drawing comes as children. */
	diagram?: TourDiagram | undefined;
	children?: ComponentChildren;
};

/**
 * The guided tour: one threat or flow at a time, with Previous and Next. The buttons use
 * aria-disabled rather than disabled at either end, so focus never falls off a button that just
 * became unusable; a polite live region announces "Step n of m" and the stop's title after a move.
 */
export default function Tour({ moduleId, steps, diagram, children }: Props) {
	const [index, setIndex] = useState(0);
	const [announcement, setAnnouncement] = useState('');
	const headingId = `tour-${moduleId}-title`;
	const step = steps[index];
	if (!step) return null;
	const last = steps.length - 1;
	const highlight = diagram?.highlights[index];

	function go(to: number) {
		if (to < 0 || to > last || to === index) return;
		setIndex(to);
		const target = steps[to]!;
		setAnnouncement(`Step ${to + 1} of ${steps.length}: ${target.title}`);
		if (to === last) finishTour(moduleId);
	}

	function onKeyDown(event: KeyboardEvent) {
		// Arrow keys move too, for people who expect carousel keys; Tab order stays the same.
		if (event.key === 'ArrowRight') go(index + 1);
		else if (event.key === 'ArrowLeft') go(index - 1);
		else return;
		event.preventDefault();
	}

	return (
		<div class="tour">
			<p class="tour-count" aria-hidden="true">
				Step {index + 1} of {steps.length}
			</p>
			<div class="visually-hidden" aria-live="polite" aria-atomic="true">
				{announcement}
			</div>
			{diagram && (
				<figure class="tour-diagram">
					<div class="tour-canvas">
						<svg
							class="tm-layer tm-highlights"
							viewBox={`0 0 ${diagram.width} ${diagram.height}`}
							aria-hidden="true"
							focusable="false"
						>
							{highlight?.shapes.map((d) => (
								<path key={d} class="tm-hl" d={d} />
							))}
						</svg>
						{children}
					</div>
					<figcaption class="tour-caption">
						{highlight && highlight.parts.length > 0
							? `Highlighted on the diagram: ${highlight.parts.join('; ')}.`
							: 'This stop covers the diagram as a whole; nothing is highlighted.'}
					</figcaption>
				</figure>
			)}
			<section class="tour-step card" aria-labelledby={headingId}>
				<h3 id={headingId}>
					<span class={`badge tour-kind tour-kind-${step.kind}`}>
						{step.kind === 'threat' ? 'Threat' : 'Flow'}
					</span>{' '}
					{step.title}
				</h3>
				<p>
					<RichText text={step.text} />
				</p>
				{step.threat && (
					<p>
						Read more: <a href={step.threat.href}>{step.threat.label}</a>
					</p>
				)}
			</section>
			<div class="tour-nav" role="group" aria-label="Tour steps">
				<button
					type="button"
					class="secondary"
					aria-disabled={index === 0 ? 'true' : undefined}
					onClick={() => go(index - 1)}
					onKeyDown={onKeyDown}
				>
					Previous
				</button>
				<button
					type="button"
					aria-disabled={index === last ? 'true' : undefined}
					onClick={() => go(index + 1)}
					onKeyDown={onKeyDown}
				>
					Next
				</button>
			</div>
			{index === last && (
				<p class="tour-end">
					That was the last step. The lessons below go deeper, and the knowledge check follows them.
				</p>
			)}
		</div>
	);
}
