/**
 * The mapping from OpenSSF Scorecard checks to controls, as the browser uses it: score bands by
 * level, without the rationales that only the /automation/ page shows. Built at build time from
 * content/automation/scorecard.yaml (validated by src/schemas/scorecard.ts).
 */
import type { Level } from '../model';
import type { ScorecardFile } from '../../schemas/scorecard';
import type { LevelKey } from '../../schemas/control';
import { SCORECARD_CHECKS, type ScorecardCheckName } from '../frameworks/catalogue';

export { SCORECARD_CHECKS, type ScorecardCheckName };

/** A check score meaning "inconclusive": Scorecard could not tell, so it suggests nothing. */
export const INCONCLUSIVE = -1;

/** The level of each stage key, as the content writes stages. */
export const LEVEL_OF: Readonly<Record<LevelKey, Level>> = {
	traditional: 0,
	initial: 1,
	advanced: 2,
	optimal: 3,
};

/** Scores from `min` to `max` (inclusive) suggest `level`. */
export interface Band {
	min: number;
	max: number;
	level: Level;
}

/** One check speaking to one control; only mappings with at least one band become rules. */
export interface SuggestionRule {
	check: ScorecardCheckName;
	/** The control's id. */
	control: string;
	/** Lowest scores first, levels rising. */
	bands: Band[];
}

const CHECK_NAMES: ReadonlySet<string> = new Set(SCORECARD_CHECKS);

/** Whether a name is one of Scorecard's checks (names are case-sensitive, as Scorecard writes them). */
export function isScorecardCheck(name: string): name is ScorecardCheckName {
	return CHECK_NAMES.has(name);
}

/** The rules the browser needs, from the mapping file: mappings without bands are left out. */
export function suggestionRules(file: ScorecardFile): SuggestionRule[] {
	return file.mappings
		.filter((m) => m.bands.length > 0)
		.map((m) => ({
			check: m.check,
			control: m.control,
			bands: m.bands.map((b) => ({ min: b.min, max: b.max, level: LEVEL_OF[b.stage] })),
		}));
}

/** The level a score suggests under a rule, or null: inconclusive, or outside every band. */
export function levelForScore(rule: SuggestionRule, score: number): Level | null {
	if (!Number.isInteger(score) || score < 0) return null;
	return rule.bands.find((b) => b.min <= score && score <= b.max)?.level ?? null;
}

/** The documentation address of a check, as Scorecard links it from its own results. */
export function checkDocumentationUrl(check: ScorecardCheckName): string {
	return `https://github.com/ossf/scorecard/blob/main/docs/checks.md#${check.toLowerCase()}`;
}
