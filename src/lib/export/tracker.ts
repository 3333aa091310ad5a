/**
 * The tracker exports in one module, which `/results/` imports only when a user sets a repository
 * or asks for one of these files, so they cost nothing until then. Its file name is its chunk's
 * name (`tracker`), which scripts/budgets.json measures as loaded on demand.
 */
import type { Assessment, BankModel } from '../model';
import type { ScoreResult } from '../scoring';
import { actionItems } from './actions';
import { githubIssueUrl } from './github';

export { actionItems, type ActionItem } from './actions';
export { withBankText } from './bank-text';
export { toBoardsCsv, toJiraCsv, type BoardsItemType } from './boards';
export { toGhScript } from './gh-script';
export { githubIssueUrl } from './github';

/** One action's "Create GitHub issue" link. */
export interface IssueLink {
	code: number;
	/** The issue's title, e.g. "Build provenance: from Traditional to Initial". */
	title: string;
	url: string;
}

/**
 * The "Create GitHub issue" link of each action, in roadmap order, for `repository` ("owner/
 * name", already checked), built from the same action items as every other tracker export.
 * `bank` should be the full bank (`withBankText`), so the bodies say what the next stage looks
 * like; `origin` starts every guide link.
 */
export function issueLinks(
	assessment: Assessment,
	bank: BankModel,
	result: ScoreResult,
	origin: string,
	repository: string
): IssueLink[] {
	return actionItems(assessment, bank, result, { origin }).map((item) => ({
		code: item.code,
		title: item.title,
		url: githubIssueUrl(repository, item),
	}));
}
