import { createAssessment } from '../../lib/assessment/ops';
import type { Answers, Assessment, BankModel, Targets } from '../../lib/model';

/** What the results page shows: the user's own active assessment or a shared result. */
export interface Viewed {
	name: string;
	date: string;
	targets: Targets;
	answers: Answers;
	shared: boolean;
	/** The user's own assessment on view; null for a shared result. */
	assessment: Assessment | null;
}

/** The viewed result as an assessment, for exports and links: one's own, or one made from a shared result. */
export function asAssessment(viewed: Viewed, bank: BankModel): Assessment {
	if (viewed.assessment) return viewed.assessment;
	const base = createAssessment(
		viewed.name,
		bank.version,
		new Date(`${viewed.date}T00:00:00.000Z`),
		'shared'
	);
	return { ...base, targets: viewed.targets, answers: viewed.answers };
}
