import type { Ref } from 'preact';
import type { AnswerValue } from '../../lib/model';
import type { ThreatStatus } from '../../lib/scoring';
import type { ExplorerControl, ExplorerThreat } from '../../lib/diagram/explorer';
import { answerWord, SEVERITY_WORDS, STATUS_WORDS } from '../../lib/diagram/status';
import { StatusIcon } from '../shared/StatusIcon';

type Props = {
	threat: ExplorerThreat;
	/** Its attack path, in order. */
	steps: readonly string[];
	/** Where it attaches, in words. */
	where: string;
	status: ThreatStatus;
	/** Each mitigating control's answer, by code (missing: not answered). */
	values: ReadonlyMap<number, AnswerValue | null>;
	controls: ReadonlyMap<number, ExplorerControl>;
	environmentName: (id: string) => string;
	/** Whose answers the levels are, e.g. `your saved assessment "Payments"`; null when none. */
	source: string | null;
	headingRef: Ref<HTMLHeadingElement>;
	onClose: () => void;
};

/** The details of one threat: attack path, severity and the team's level on each control. */
export function ThreatPanel({
	threat,
	steps,
	where,
	status,
	values,
	controls,
	environmentName,
	source,
	headingRef,
	onClose,
}: Props) {
	return (
		<section id="tm-panel" class="tm-panel card" aria-labelledby="tm-panel-heading">
			<div class="tm-panel-head">
				<h2 id="tm-panel-heading" tabIndex={-1} ref={headingRef}>
					<span class="tm-panel-n">{threat.n}.</span> {threat.title}
				</h2>
				<button type="button" class="secondary" onClick={onClose}>
					Close<span class="visually-hidden"> {threat.title}</span>
				</button>
			</div>
			<p class="tm-meta">
				<span class={`tm-status tm-status-${status}`}>
					<StatusIcon status={status} /> {STATUS_WORDS[status]}
				</span>
				<span class={`badge severity-${threat.severity}`}>
					Severity: {SEVERITY_WORDS[threat.severity]}
				</span>
				<span class="badge">{environmentName(threat.environment)}</span>
			</p>
			<p class="tm-where">
				<strong>Where:</strong> {where}
			</p>
			<h3>Attack path</h3>
			<ol class="tm-steps">
				{steps.map((step, i) => (
					<li key={i}>{step}</li>
				))}
			</ol>
			<h3>Controls that mitigate it</h3>
			<p class="tm-source">
				{source ? `Levels from ${source}.` : 'No assessment is open, so no level is shown yet.'}
			</p>
			<ul class="tm-controls">
				{threat.controls.map((code) => {
					const control = controls.get(code);
					if (!control) return null;
					return (
						<li key={code}>
							<span class="tm-control-title">{control.title}</span>
							<span class="tm-control-level">
								{environmentName(control.environment)}. Current level:{' '}
								<strong>{answerWord(values.get(code))}</strong>
							</span>
							<span class="tm-control-links">
								<a href={`/assess/${control.environment}/#control-${code}`}>
									Answer<span class="visually-hidden"> “{control.title}”</span>
								</a>
								<a href={`/guides/${control.guide}/`}>
									Guidance<span class="visually-hidden"> for “{control.title}”</span>
								</a>
							</span>
						</li>
					);
				})}
			</ul>
			<p>
				<a href={`/threats/${threat.id}/`}>
					All about this threat<span class="visually-hidden">: {threat.title}</span>
				</a>
			</p>
		</section>
	);
}
