/**
 * The Markdown report and the action plan, for a wiki page or a pull request. Names and notes are
 * untrusted text, so every piece of text is escaped before it is placed: a name like
 * `| evil <script>` stays one table cell of plain text, never a column break or an HTML tag.
 */
import { STAGE_NAMES, type Assessment, type BankModel, type EnvironmentId } from '../model';
import { cleanTargets } from '../assessment/validate';
import {
	readAnswers,
	sortThreatsByExposure,
	toPercent,
	type ScoreResult,
	type ThreatStatus,
} from '../scoring';
import type { FrameworkCrosswalk } from '../frameworks/crosswalk';
import { coverageOf } from '../frameworks/coverage';
import { coverageMarkdown } from './coverage';
import type { RoadmapItem } from '../scoring/types';
import { splitRoadmap } from '../plan/next-steps';
import {
	answerOf,
	answerWord,
	assessmentDay,
	notesOf,
	percentText,
	SEVERITY_WORDS,
	stageWord,
	STATUS_WORDS,
	targetWord,
} from './labels';
import { checkedOnOf, evidenceOf, reviewIntervalWord } from './evidence-cells';
import { escapeMarkdown } from './labels';
import { guideStepUrl, trimOrigin } from './guide-link';
import { plural } from '../text';

export { escapeMarkdown };

/** The first words of the report's title, which the import uses to recognise a report. */
export const REPORT_TITLE = 'Trustline assessment';
/** The first words of the action plan's title, which the import uses to recognise a plan. */
export const PLAN_TITLE = 'Trustline action plan';

/** How many threats and next actions the report lists; the action plan lists every step. */
export const REPORT_LIST_LENGTH = 10;

/** Options for the Markdown exports. */
export interface MarkdownOptions {
	/**
	 * The site's origin, e.g. "https://trustline.example", put before guidance paths so the links
	 * work outside the site. Without it the paths stay site-relative ("/guides/…").
	 */
	origin?: string;
	/** The result link (absolute), written under the title so readers can open the result itself. */
	resultLink?: string;
	/**
	 * Framework IDs with the controls citing them (`referencedCrosswalk`): the report then has a
	 * "Framework coverage" section after the threats.
	 */
	crosswalk?: readonly FrameworkCrosswalk[];
}

/**
 * An answer's evidence for a table cell: links as autolinks (absolute http or https links, with
 * "|" percent-encoded so it cannot end the cell), texts escaped, separated by "; ".
 */
function evidenceCell(answer: Parameters<typeof evidenceOf>[0]): string {
	return evidenceOf(answer)
		.map((e) =>
			/^https?:\/\/[^\s<>]+$/i.test(e) ? `<${e.replaceAll('|', '%7C')}>` : escapeMarkdown(e)
		)
		.join('; ');
}

/** One table row from already escaped cells. */
function tableRow(cells: readonly string[]): string {
	return `| ${cells.map((cell) => cell || ' ').join(' | ')} |`;
}

/** A table: header cells (plain words), column alignments, and rows of already escaped cells. */
function table(header: readonly string[], align: string, rows: readonly string[][]): string[] {
	const rule = [...align].map((a) => (a === 'r' ? '--:' : ':--'));
	return [tableRow(header), tableRow(rule), ...rows.map(tableRow)];
}

/** The line that carries the result link, or nothing. Only http(s) links are written. */
function linkLines(options: MarkdownOptions): string[] {
	const link = options.resultLink ?? '';
	return /^https?:\/\/[^\s<>]+$/.test(link) ? [`Result link: <${link}>`, ''] : [];
}

/** Whose name is against a "Don't know" answer, escaped, or ''. */
function checkerOf(assessment: Assessment, code: number): string {
	const checker = answerOf(assessment, code)?.checker;
	return typeof checker === 'string' && checker ? escapeMarkdown(checker) : '';
}

/** The controls answered "Don't know" as list items (`prefix` starts each line). */
function findOutLines(
	assessment: Assessment,
	items: readonly RoadmapItem[],
	envName: (id: EnvironmentId) => string,
	origin: string,
	prefix: string
): string[] {
	return items.map(({ control }) => {
		const who = checkerOf(assessment, control.code);
		return (
			`${prefix}Find out where ${escapeMarkdown(control.title)} stands (${envName(control.environment)})` +
			`${who ? `, who will check: ${who}` : ''} — guidance: ${origin}/guides/${encodeURIComponent(control.guide)}/`
		);
	});
}

const FIND_OUT_INTRO =
	"Answered “Don't know”, which counts as Traditional until someone finds out. Find out where each stands, then answer it: the result may be better than it looks.";

/** "Name (2026-11-26)", escaped, for a title. */
function titleOf(prefix: string, assessment: Assessment): string {
	const day = assessmentDay(assessment);
	const name = escapeMarkdown(typeof assessment.name === 'string' ? assessment.name : '');
	return `# ${prefix}: ${name || 'Unnamed assessment'}${day ? ` (${day})` : ''}`;
}

/**
 * The assessment as a Markdown report: a title with the name and date, a provisional note while
 * questions are unanswered, the scores table (environment, score, stage, target, percent to
 * target, answered), why each environment reached its stage (and which control capped it), the
 * most exposed threats with their status, the ten highest-priority next actions, the controls
 * answered "Don't know" to find out first (as the results page lists them), then one answers
 * table per environment with the notes, evidence and checked-on days (and the review interval
 * above the scores). With `resultLink`, the result link follows the title.
 *
 * Deterministic: the only date in it is the assessment's own, so the same input gives the same
 * text. `result` must be `scoreAssessment` of this assessment against `bank`.
 */
export function toMarkdownReport(
	assessment: Assessment,
	bank: BankModel,
	result: ScoreResult,
	options: MarkdownOptions = {}
): string {
	const origin = trimOrigin(options.origin);
	const names = new Map<EnvironmentId, string>(bank.environments.map((e) => [e.id, e.name]));
	const envName = (id: EnvironmentId) => escapeMarkdown(names.get(id) ?? id);
	const o = result.overall;
	const steps = splitRoadmap(result.roadmap, assessment.answers);
	const lines: string[] = [titleOf(REPORT_TITLE, assessment), '', ...linkLines(options)];

	lines.push(
		`Answered against question-bank version ${assessment.bankVersion}. ` +
			`${o.answered} of ${plural(o.total, 'question')} answered (${o.answeredPercent} %). ` +
			`Overall: ${percentText(o.percent)}, stage ${stageWord(o.stage)}.`,
		'',
		`Review interval: ${reviewIntervalWord(assessment.reviewInterval)}. Each answer shows the day it was checked on.`,
		''
	);
	if (o.provisional) {
		const open = o.total - o.answered;
		lines.push(
			`> **Provisional:** ${plural(open, 'question is', 'questions are')} unanswered, so these results may change.`,
			''
		);
	}

	lines.push('## Scores', '');
	lines.push(
		...table(['Environment', 'Score', 'Stage', 'Target', 'To target', 'Answered'], 'lrllrr', [
			...result.environments.map((e) => [
				envName(e.environment),
				percentText(e.percent),
				stageWord(e.stage),
				STAGE_NAMES[e.target],
				percentText(e.toTargetPercent),
				`${e.answered} of ${e.total}`,
			]),
			[
				'**Overall**',
				percentText(o.percent),
				stageWord(o.stage),
				'–',
				'–',
				`${o.answered} of ${o.total}`,
			],
		]),
		''
	);

	lines.push('## Why each stage', '');
	for (const e of result.environments) {
		let why: string;
		if (e.stage === null) {
			why = "not assessed: no question in it is answered with a stage or “Don't know”.";
		} else if (e.cappedBy) {
			why =
				`${STAGE_NAMES[e.stage]}, capped by “${escapeMarkdown(e.cappedBy.title)}” ` +
				`(code ${e.cappedBy.code}), which is at ${STAGE_NAMES[e.cappedBy.level]}. ` +
				`The score of ${percentText(e.percent)} alone would reach ${stageWord(e.uncappedStage)}, ` +
				'but a critical control allows at most one stage above its own level.';
		} else {
			why = `${STAGE_NAMES[e.stage]}, from a score of ${percentText(e.percent)}.`;
		}
		lines.push(`- **${envName(e.environment)}:** ${why}`);
	}
	lines.push('');

	lines.push('## Most exposed threats', '');
	const open = sortThreatsByExposure(result.threats).filter(
		(t) => t.status === 'exposed' || t.status === 'partly-mitigated'
	);
	if (open.length === 0) {
		lines.push('No threat is exposed or partly mitigated.', '');
	} else {
		lines.push(
			...table(
				['Threat', 'Environment', 'Severity', 'Status', 'Coverage'],
				'llllr',
				open
					.slice(0, REPORT_LIST_LENGTH)
					.map((t) => [
						escapeMarkdown(t.threat.title),
						envName(t.threat.environment),
						SEVERITY_WORDS[t.threat.severity],
						STATUS_WORDS[t.status],
						t.coverage === null ? '–' : `${toPercent(t.coverage)} %`,
					])
			),
			''
		);
		if (open.length > REPORT_LIST_LENGTH) {
			lines.push(`${open.length - REPORT_LIST_LENGTH} more exposed or partly mitigated.`, '');
		}
	}
	const counts = (Object.keys(STATUS_WORDS) as ThreatStatus[]).map((status) => {
		const count = result.threats.filter((t) => t.status === status).length;
		return `${count} ${STATUS_WORDS[status].toLowerCase()}`;
	});
	lines.push(`Of ${plural(result.threats.length, 'threat')}: ${counts.join(', ')}.`, '');

	if (options.crosswalk) {
		const values = readAnswers(bank.controls, assessment.answers);
		lines.push(...coverageMarkdown(coverageOf(options.crosswalk, values)));
	}

	lines.push('## Next actions', '');
	if (steps.actions.length === 0) {
		lines.push(
			result.roadmap.length === 0
				? 'Nothing to raise: every counted control is at Optimal.'
				: 'Nothing to raise among the answered controls; find out first.',
			''
		);
	} else {
		steps.actions.slice(0, REPORT_LIST_LENGTH).forEach((item, index) => {
			lines.push(
				`${index + 1}. Raise ${escapeMarkdown(item.control.title)} from ${STAGE_NAMES[item.current]} ` +
					`to ${STAGE_NAMES[item.next]} (${envName(item.control.environment)}, priority ${item.priority}). ` +
					`Guidance: ${guideStepUrl(origin, item.control.guide, item.anchor)}`
			);
		});
		lines.push('');
		if (steps.actions.length > REPORT_LIST_LENGTH) {
			lines.push(
				`${steps.actions.length - REPORT_LIST_LENGTH} more steps are in the action plan.`,
				''
			);
		}
	}
	if (steps.findOut.length > 0) {
		lines.push('## Find out first', '', FIND_OUT_INTRO, '');
		lines.push(...findOutLines(assessment, steps.findOut, envName, origin, '- '), '');
	}

	const targets = cleanTargets(assessment.targets);
	for (const environment of bank.environments) {
		const controls = bank.controls.filter((c) => c.environment === environment.id);
		lines.push(`## Answers: ${escapeMarkdown(environment.name)}`, '');
		lines.push(`Target stage: ${targetWord(targets[environment.id])}.`, '');
		if (controls.length === 0) {
			lines.push('This environment has no questions.', '');
			continue;
		}
		lines.push(
			...table(
				['Code', 'Control', 'Capability', 'Answer', 'Notes', 'Evidence', 'Checked on'],
				'rllllll',
				controls.map((control) => {
					const answer = answerOf(assessment, control.code);
					return [
						String(control.code),
						escapeMarkdown(control.title),
						escapeMarkdown(control.capability),
						answerWord(answer?.value),
						notesOf(answer).map(escapeMarkdown).join('; '),
						evidenceCell(answer),
						checkedOnOf(answer),
					];
				})
			),
			''
		);
	}
	return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The roadmap as a Markdown checklist, every step, highest priority first (the roadmap's order):
 * `- [ ] Raise <title> from <Stage> to <Stage> (<environment>, priority N) — guidance:
 * /guides/<guide>/#<anchor>`. Each step raises one control by one stage; unanswered controls
 * join the plan once they are answered. Controls answered "Don't know" come first, under "Find
 * out first", with who will check (as the results page shows them), instead of as steps to raise.
 */
export function toActionPlan(
	assessment: Assessment,
	bank: BankModel,
	result: ScoreResult,
	options: MarkdownOptions = {}
): string {
	const origin = trimOrigin(options.origin);
	const names = new Map<EnvironmentId, string>(bank.environments.map((e) => [e.id, e.name]));
	const envName = (id: EnvironmentId) => escapeMarkdown(names.get(id) ?? id);
	const steps = splitRoadmap(result.roadmap, assessment.answers);
	const lines: string[] = [titleOf(PLAN_TITLE, assessment), '', ...linkLines(options)];
	if (steps.findOut.length > 0) {
		lines.push('## Find out first', '', FIND_OUT_INTRO, '');
		lines.push(...findOutLines(assessment, steps.findOut, envName, origin, '- [ ] '), '');
		lines.push('## Raise', '');
	}
	if (steps.actions.length === 0) {
		lines.push(
			result.roadmap.length === 0
				? 'Nothing to raise: every counted control is at Optimal.'
				: 'Nothing to raise among the answered controls.'
		);
	} else {
		lines.push(
			'Each step raises one control by one stage, highest priority first. Priority is the ' +
				"control's weight × (1 + the severities of the threats it mitigates) × the stages " +
				'still to climb.',
			''
		);
		for (const item of steps.actions) {
			const environment = envName(item.control.environment);
			lines.push(
				`- [ ] Raise ${escapeMarkdown(item.control.title)} from ${STAGE_NAMES[item.current]} ` +
					`to ${STAGE_NAMES[item.next]} (${environment}, priority ${item.priority}) — ` +
					`guidance: ${guideStepUrl(origin, item.control.guide, item.anchor)}`
			);
		}
	}
	const open = result.overall.total - result.overall.answered;
	if (open > 0) {
		lines.push(
			'',
			open === 1
				? '1 question is still unanswered; its control joins the plan once it is answered.'
				: `${open} questions are still unanswered; their controls join the plan once they are answered.`
		);
	}
	return `${lines.join('\n')}\n`;
}
