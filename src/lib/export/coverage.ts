/**
 * Framework coverage in the Markdown report: one table row per framework with the IDs its
 * controls cite and how many of them are met, partly met, not met and not assessed.
 */
import { COVERAGE_STATUSES, type FrameworkCoverage } from '../frameworks/coverage';
import { COVERAGE_WORDS, percentText } from '../words';
import { FRAMEWORKS } from '../frameworks/keys';

/** "3 (25 %)", or "0" when the framework has no cited ID. */
function cell(coverage: FrameworkCoverage, status: (typeof COVERAGE_STATUSES)[number]): string {
	const percent = coverage.percents[status];
	return percent === null ? '0' : `${coverage.counts[status]} (${percentText(percent)})`;
}

/**
 * The report's "Framework coverage" section as Markdown lines: a sentence on the rule, then the
 * table. Framework names come from the one table of frameworks, so nothing needs escaping.
 */
export function coverageMarkdown(coverages: readonly FrameworkCoverage[]): string[] {
	const header = ['Framework', 'IDs cited', ...COVERAGE_STATUSES.map((s) => COVERAGE_WORDS[s])];
	const rows = coverages.map((c) => [
		FRAMEWORKS[c.framework].name,
		String(c.total),
		...COVERAGE_STATUSES.map((s) => cell(c, s)),
	]);
	const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
	return [
		'## Framework coverage',
		'',
		'Each framework ID a control cites is met when every counted control citing it is at ' +
			'Advanced or above, partly met when some are, not met when none is, and not assessed ' +
			'when none is counted.',
		'',
		line(header),
		line([':--', '--:', '--:', '--:', '--:', '--:']),
		...rows.map(line),
		'',
	];
}
