import { createAssessment } from '../../lib/assessment/ops';
import type { Answers, Assessment, BankModel, Targets } from '../../lib/model';
import type { ReviewInterval } from '../../lib/evidence/days';
import { encodeResult } from '../../lib/share/codec';
import { assessmentToShared } from '../../lib/share/shared';

/** What the results page shows: the user's own active assessment or a shared result. */
export interface Viewed {
	name: string;
	date: string;
	targets: Targets;
	answers: Answers;
	shared: boolean;
	/** The user's own assessment on view; null for a shared result. */
	assessment: Assessment | null;
	/** A shared result's review interval, when its link carried notes and evidence. */
	reviewInterval?: ReviewInterval;
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
	const assessment = { ...base, targets: viewed.targets, answers: viewed.answers };
	if (viewed.reviewInterval !== undefined) assessment.reviewInterval = viewed.reviewInterval;
	return assessment;
}

/**
 * The viewed result's link fragment ("r.…"), with or without its notes and evidence. The share panel and the
 * exports both make their links here, so a link is the same wherever it is copied from.
 */
export function resultFragment(
	viewed: Viewed,
	bank: BankModel,
	includeNotes: boolean
): Promise<string> {
	const shared = assessmentToShared(asAssessment(viewed, bank), includeNotes, bank);
	return encodeResult({ ...shared, date: viewed.date }, bank, { includeNotes });
}
