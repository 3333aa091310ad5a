import type { ThreatCoverage, ThreatStatus } from '../../lib/scoring';
import { toPercent } from '../../lib/scoring';
import { STATUS_WORDS } from '../../lib/words';

/** A shape as well as a word, so status never depends on colour. */
export function StatusIcon({ status }: { status: ThreatStatus }) {
	return (
		<svg
			width="16"
			height="16"
			viewBox="0 0 16 16"
			aria-hidden="true"
			class={`status-icon ${status}`}
		>
			{status === 'exposed' && <path d="M3 3l10 10M13 3L3 13" stroke-width="2.5" />}
			{status === 'partly-mitigated' && (
				<>
					<circle cx="8" cy="8" r="6" fill="none" stroke-width="2" />
					<path d="M8 2a6 6 0 0 1 0 12z" class="fill" />
				</>
			)}
			{status === 'mitigated' && <path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" stroke-width="2.5" />}
			{status === 'not-assessed' && (
				<circle cx="8" cy="8" r="5.5" fill="none" stroke-width="2" stroke-dasharray="3 2" />
			)}
		</svg>
	);
}

type Props = { threats: ThreatCoverage[]; environmentName: (id: string) => string };

export default function ThreatTable({ threats, environmentName }: Props) {
	return (
		<div class="table-wrap">
			<table>
				<caption>Threat exposure, most exposed first</caption>
				<thead>
					<tr>
						<th scope="col">Threat</th>
						<th scope="col">Environment</th>
						<th scope="col">Status</th>
						<th scope="col">Coverage</th>
					</tr>
				</thead>
				<tbody>
					{threats.map((t) => (
						<tr key={t.threat.id}>
							<td>
								<a href={`/threats/${t.threat.id}/`}>{t.threat.title}</a>
							</td>
							<td>{environmentName(t.threat.environment)}</td>
							<td class="status-cell">
								<StatusIcon status={t.status} /> {STATUS_WORDS[t.status]}
							</td>
							<td>{t.coverage === null ? '–' : `${toPercent(t.coverage)} %`}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}
