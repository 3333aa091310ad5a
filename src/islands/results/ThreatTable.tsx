import type { ThreatCoverage } from '../../lib/scoring';
import { toPercent } from '../../lib/scoring';
import { percentText, STATUS_WORDS } from '../../lib/words';
import { StatusIcon } from '../shared/StatusIcon';

type Props = {
	threats: ThreatCoverage[];
	environmentName: (id: string) => string;
	caption: string;
};

export default function ThreatTable({ threats, environmentName, caption }: Props) {
	return (
		<div class="table-wrap">
			<table id="threat-table">
				<caption>{caption}</caption>
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
							<td>{percentText(t.coverage === null ? null : toPercent(t.coverage))}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}
