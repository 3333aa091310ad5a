import type { BankModel } from '../../lib/model';
import { sortThreatsByExposure, type ScoreResult } from '../../lib/scoring';
import ThreatTable from './ThreatTable';

/** The threats, most exposed first. */
export default function ThreatExposure({ bank, result }: { bank: BankModel; result: ScoreResult }) {
	const envName = (id: string) => bank.environments.find((e) => e.id === id)?.name ?? id;
	return (
		<section aria-labelledby="threats-heading">
			<h2 id="threats-heading">Threat exposure</h2>
			<ThreatTable threats={sortThreatsByExposure(result.threats)} environmentName={envName} />
		</section>
	);
}
