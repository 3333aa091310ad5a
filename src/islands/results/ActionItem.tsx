import type { BankModel } from '../../lib/model';
import { STAGE_NAMES } from '../../lib/model';
import { actionReason } from '../../lib/plan/next-steps';
import type { RoadmapItem } from '../../lib/scoring';

/** One step of the roadmap: what to raise, to which stage, and why it comes this early. */
export default function ActionItem({ bank, item }: { bank: BankModel; item: RoadmapItem }) {
	const env = bank.environments.find((e) => e.id === item.control.environment)?.name;
	return (
		<li>
			Raise <a href={`/guides/${item.control.guide}/#${item.anchor}`}>{item.control.title}</a> from{' '}
			{STAGE_NAMES[item.current]} to <strong>{STAGE_NAMES[item.next]}</strong>{' '}
			<span class="muted">({env ?? item.control.environment})</span>
			<br />
			<span class="reason">Why: {actionReason(item.control, bank.threats)}.</span>
		</li>
	);
}
