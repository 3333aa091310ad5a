/**
 * What "Import OpenSSF Scorecard results" does with the files someone chose: reads each one
 * (a bad file gets its own message and spoils none of the others), keeps the newest result per
 * repository together with those read earlier on the page, and turns them into suggestions for
 * the questionnaire. The questionnaire loads this module only when a file is chosen or dropped,
 * so the parser costs nothing to people who never import.
 */
import type { Level } from '../model';
import type { Evidence } from '../evidence/evidence';
import type { SuggestionRule } from './checks';
import { parseScorecard, type ScorecardResult } from './parse';
import { latestPerRepository, scorecardEvidence, suggestAnswers } from './suggest';

export { scorecardSizeProblem } from './parse';

/** One suggestion as the questionnaire shows it, by control code. */
export interface ShownSuggestion {
	code: number;
	level: Level;
	repo: string;
	/** The day of the Scorecard run, YYYY-MM-DD. */
	date: string;
	check: string;
	score: number;
	reason: string;
	/** How many repositories suggested a level for this control. */
	repositories: number;
	/** What the answer keeps as evidence once the suggestion is accepted. */
	evidence: Evidence;
}

/** What became of one file: read (with what it held) or refused (with why). */
export interface FileOutcome {
	file: string;
	ok: boolean;
	/** One or more sentences for the user. */
	message: string;
}

export interface ScorecardImport {
	/** Every result read so far on the page, the newest per repository. */
	results: ScorecardResult[];
	outcomes: FileOutcome[];
	/** Suggestions from all results, for every control the mapping and the bank know. */
	suggestions: ShownSuggestion[];
}

/**
 * Reads Scorecard files' texts beside the results read earlier and suggests answers. Never
 * throws: every file that cannot be read gets an outcome naming its problem, and the earlier
 * results stay as they were.
 */
export function importScorecardFiles(
	files: readonly { name: string; text: string }[],
	earlier: readonly ScorecardResult[],
	rules: readonly SuggestionRule[],
	codesById: Readonly<Record<string, number>>
): ScorecardImport {
	const outcomes: FileOutcome[] = [];
	const read: ScorecardResult[] = [];
	for (const { name, text } of files) {
		const parsed = parseScorecard(text);
		if (!parsed.ok) {
			outcomes.push({ file: name, ok: false, message: parsed.problem });
			continue;
		}
		read.push(parsed.result);
		const r = parsed.result;
		const conclusive = r.checks.filter((c) => c.score >= 0).length;
		outcomes.push({
			file: name,
			ok: true,
			message: [
				`${r.repo}, Scorecard run of ${r.date}: ${r.checks.length} checks read` +
					(conclusive < r.checks.length
						? ` (${r.checks.length - conclusive} inconclusive, which suggest nothing).`
						: '.'),
				...parsed.warnings,
			].join(' '),
		});
	}
	const { kept } = latestPerRepository([...earlier, ...read]);
	const suggestions: ShownSuggestion[] = [];
	for (const s of Object.values(suggestAnswers(kept, rules))) {
		const code = codesById[s.control];
		if (code === undefined) continue;
		suggestions.push({
			code,
			level: s.level,
			repo: s.repo,
			date: s.date,
			check: s.check,
			score: s.score,
			reason: s.reason,
			repositories: s.repositories,
			evidence: scorecardEvidence(s),
		});
	}
	return { results: kept, outcomes, suggestions };
}
