/**
 * Suggested answers from Scorecard results. Each rule turns one check's score into a level of one
 * control (see checks.ts); an inconclusive check (-1) or a score outside every band suggests
 * nothing. Across several repositories, and across several checks of one repository, a control's
 * suggestion is the lowest level any of them supports, naming the repository and check that set
 * it: a team is only as far along as its weakest repository shows.
 */
import type { Level } from '../model';
import {
	levelForScore,
	SCORECARD_CHECKS,
	type ScorecardCheckName,
	type SuggestionRule,
} from './checks';
import type { ScorecardResult } from './parse';
import { MAX_EVIDENCE_TEXT, type Evidence } from '../evidence/evidence';
import { truncateCodePoints } from '../text';

/** A suggested answer for one control, with the result that set it. */
export interface Suggestion {
	/** The control's id. */
	control: string;
	level: Level;
	/** The repository whose result set the level, as Scorecard names it. */
	repo: string;
	commit: string;
	/** The day of that Scorecard run, YYYY-MM-DD. */
	date: string;
	scorecardVersion: string;
	check: ScorecardCheckName;
	score: number;
	/** Scorecard's reason for that score. */
	reason: string;
	/** How many repositories suggested a level for this control (1 when only one did). */
	repositories: number;
}

const CHECK_ORDER = new Map<string, number>(SCORECARD_CHECKS.map((name, i) => [name, i]));

/** Repository names compare without case: GitHub and GitLab treat them so. */
const repoKey = (repo: string) => repo.toLowerCase();

/**
 * One result per repository: where several results name the same repository, the newest run is
 * kept (by date; on the same date, the one later in the list). `replaced` lists the results that
 * gave way, so the page can say so.
 */
export function latestPerRepository(results: readonly ScorecardResult[]): {
	kept: ScorecardResult[];
	replaced: ScorecardResult[];
} {
	const byRepo = new Map<string, ScorecardResult>();
	const replaced: ScorecardResult[] = [];
	for (const result of results) {
		const key = repoKey(result.repo);
		const earlier = byRepo.get(key);
		if (!earlier) {
			byRepo.set(key, result);
		} else if (result.date >= earlier.date) {
			byRepo.set(key, result);
			replaced.push(earlier);
		} else {
			replaced.push(result);
		}
	}
	return { kept: [...byRepo.values()], replaced };
}

/** Whether candidate `a` should set the suggestion rather than `b`: lower level, then a fixed order. */
function precedes(a: Suggestion, b: Suggestion): boolean {
	if (a.level !== b.level) return a.level < b.level;
	if (a.repo !== b.repo) return a.repo < b.repo;
	const order = (CHECK_ORDER.get(a.check) ?? 0) - (CHECK_ORDER.get(b.check) ?? 0);
	if (order !== 0) return order < 0;
	return a.score < b.score;
}

/**
 * The suggestion for every control that any result speaks to, keyed by control id. Results are
 * first reduced to the newest per repository. The outcome does not depend on the order of the
 * results or of the rules.
 */
export function suggestAnswers(
	results: readonly ScorecardResult[],
	rules: readonly SuggestionRule[]
): Record<string, Suggestion> {
	const rulesByCheck = new Map<string, SuggestionRule[]>();
	for (const rule of rules) {
		const list = rulesByCheck.get(rule.check) ?? [];
		list.push(rule);
		rulesByCheck.set(rule.check, list);
	}

	const best = new Map<string, Suggestion>();
	const repositories = new Map<string, Set<string>>();
	for (const result of latestPerRepository(results).kept) {
		for (const check of result.checks) {
			for (const rule of rulesByCheck.get(check.name) ?? []) {
				const level = levelForScore(rule, check.score);
				if (level === null) continue;
				const candidate: Suggestion = {
					control: rule.control,
					level,
					repo: result.repo,
					commit: result.commit,
					date: result.date,
					scorecardVersion: result.scorecardVersion,
					check: check.name,
					score: check.score,
					reason: check.reason,
					repositories: 0,
				};
				const current = best.get(rule.control);
				if (!current || precedes(candidate, current)) best.set(rule.control, candidate);
				const repos = repositories.get(rule.control) ?? new Set<string>();
				repos.add(repoKey(result.repo));
				repositories.set(rule.control, repos);
			}
		}
	}

	const out: Record<string, Suggestion> = {};
	for (const control of [...best.keys()].sort()) {
		const suggestion = best.get(control)!;
		out[control] = { ...suggestion, repositories: repositories.get(control)?.size ?? 1 };
	}
	return out;
}

/**
 * The evidence an accepted suggestion keeps: one text naming the Scorecard run, the check, its
 * score and reason, e.g. "OpenSSF Scorecard v5.5.0 on github.com/acme/api (commit 5f2c0d9,
 * 2026-11-28): Branch-Protection 8/10, “branch protection is not maximal …”." The reason is cut
 * to keep the text within MAX_EVIDENCE_TEXT.
 */
export function scorecardEvidence(s: Suggestion): Evidence {
	const version = s.scorecardVersion ? ` ${s.scorecardVersion}` : '';
	const commit = s.commit ? `commit ${s.commit.slice(0, 7)}, ` : '';
	const head = `OpenSSF Scorecard${version} on ${s.repo} (${commit}${s.date}): ${s.check} ${s.score}/10`;
	const room = MAX_EVIDENCE_TEXT - [...head].length - 5;
	if (!s.reason || room < 10)
		return { kind: 'text', text: truncateCodePoints(`${head}.`, MAX_EVIDENCE_TEXT) };
	const reason =
		[...s.reason].length > room ? `${truncateCodePoints(s.reason, room - 1).trimEnd()}…` : s.reason;
	return { kind: 'text', text: `${head}, “${reason}”.` };
}
