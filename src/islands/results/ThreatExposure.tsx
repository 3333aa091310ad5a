import { useState } from 'preact/hooks';
import type { BankModel } from '../../lib/model';
import { sortThreatsByExposure, type ScoreResult } from '../../lib/scoring';
import ThreatTable from './ThreatTable';

/**
 * The threats, most exposed first: the exposed and partly mitigated ones, then every threat on
 * "Show all".
 */
export default function ThreatExposure({ bank, result }: { bank: BankModel; result: ScoreResult }) {
	const [all, setAll] = useState(false);
	const envName = (id: string) => bank.environments.find((e) => e.id === id)?.name ?? id;
	const sorted = sortThreatsByExposure(result.threats);
	const open = sorted.filter((t) => t.status === 'exposed' || t.status === 'partly-mitigated');
	const shown = all ? sorted : open;
	const rest = sorted.length - open.length;
	return (
		<section aria-labelledby="threats-heading">
			<h2 id="threats-heading">Threat exposure</h2>
			<p>
				{open.length === 0
					? `No threat is exposed or partly mitigated (of ${sorted.length}).`
					: `${open.length} of ${sorted.length} threats are exposed or partly mitigated${all ? '' : '; the table lists those'}.`}
			</p>
			{shown.length > 0 && (
				<ThreatTable
					threats={shown}
					environmentName={envName}
					caption={
						all
							? 'Threat exposure, most exposed first'
							: 'Threat exposure: exposed and partly mitigated threats'
					}
				/>
			)}
			{rest > 0 && (
				<p class="no-print">
					<button
						type="button"
						class="secondary"
						aria-controls={shown.length > 0 ? 'threat-table' : undefined}
						onClick={() => setAll(!all)}
					>
						{all ? 'Show exposed and partly mitigated only' : `Show all ${sorted.length} threats`}
					</button>
				</p>
			)}
		</section>
	);
}
