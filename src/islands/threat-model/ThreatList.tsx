import { useStore } from '@nanostores/preact';
import type { ExplorerThreat } from '../../lib/diagram/explorer';
import { SEVERITY_WORDS, STATUS_WORDS } from '../../lib/diagram/status';
import { $diagramView, requestShow } from '../../stores/diagram';
import { StatusIcon } from '../shared/StatusIcon';

type Props = {
	threats: Pick<ExplorerThreat, 'id' | 'n' | 'title' | 'severity' | 'environment'>[];
	/** Environment names by id. */
	environments: Record<string, string>;
};

/**
 * The threats on a diagram as a list, with each one's status from the explorer above and a
 * "Show on diagram" button. Its own island, so it hydrates when it scrolls into view rather than
 * with the diagram; until the explorer has run, every threat reads as not assessed and the
 * buttons wait, disabled.
 */
export default function ThreatList({ threats, environments }: Props) {
	const view = useStore($diagramView, { ssr: () => null });
	const shown = view ? threats.filter((t) => view.visible.includes(t.id)) : threats;
	return (
		<>
			<h2 id="threats">Threats on this diagram</h2>
			<ol class="tm-threat-list">
				{shown.map((t) => {
					const status = view?.statuses[t.id] ?? 'not-assessed';
					return (
						<li key={t.id} id={`threat-${t.id}`} value={t.n}>
							<a class="tm-threat-title" href={`/threats/${t.id}/`}>
								{t.title}
							</a>
							<span class="tm-meta">
								<span class={`tm-status tm-status-${status}`}>
									<StatusIcon status={status} />
									{` ${STATUS_WORDS[status]}`}
								</span>
								<span class={`badge severity-${t.severity}`}>
									{`Severity: ${SEVERITY_WORDS[t.severity]}`}
								</span>
								<span class="badge">{environments[t.environment] ?? t.environment}</span>
							</span>
							<button
								type="button"
								class="secondary tm-show"
								disabled={!view}
								onClick={() => requestShow(t.id)}
							>
								Show on diagram<span class="visually-hidden">{`: ${t.title}`}</span>
							</button>
						</li>
					);
				})}
			</ol>
		</>
	);
}
