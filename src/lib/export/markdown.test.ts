import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Assessment, BankModel } from '../model';
import { scoreAssessment } from '../scoring';
import { bankOf, control, threat } from '../scoring/fixtures';
import { allAnswered, assessmentArb, BANK, example, EXAMPLE } from './fixtures';
import { escapeMarkdown, toActionPlan, toMarkdownReport } from './markdown';

const report = (assessment: Assessment, bank: BankModel = BANK, origin?: string) =>
	toMarkdownReport(
		assessment,
		bank,
		scoreAssessment(bank, assessment.answers, assessment.targets),
		origin === undefined ? {} : { origin }
	);

const plan = (assessment: Assessment, bank: BankModel = BANK, origin?: string) =>
	toActionPlan(
		assessment,
		bank,
		scoreAssessment(bank, assessment.answers, assessment.targets),
		origin === undefined ? {} : { origin }
	);

/**
 * A table row's cells as GitHub-flavoured Markdown splits them: at every pipe that a backslash
 * does not escape (a backslash escapes whatever character follows it).
 */
function cellsOf(row: string): string[] {
	expect(row.startsWith('| ') && row.endsWith(' |')).toBe(true);
	const cells: string[] = [];
	let cell = '';
	for (let i = 1; i < row.length - 1; i++) {
		const char = row[i] as string;
		if (char === '\\') {
			cell += char + (row[i + 1] ?? '');
			i++;
		} else if (char === '|') {
			cells.push(cell.trim());
			cell = '';
		} else {
			cell += char;
		}
	}
	cells.push(cell.trim());
	return cells;
}

/** The tables of a Markdown text: runs of lines that start with a pipe. */
function tablesOf(markdown: string): string[][][] {
	const tables: string[][][] = [];
	let current: string[][] | null = null;
	for (const line of markdown.split('\n')) {
		if (line.startsWith('|')) {
			current ??= [];
			current.push(cellsOf(line));
		} else if (current) {
			tables.push(current);
			current = null;
		}
	}
	if (current) tables.push(current);
	return tables;
}

/** The characters in `text` that no backslash escapes. */
function unescaped(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else out += text[i];
	}
	return out;
}

/** The section of a report under a level-two heading, up to the next one. */
function section(markdown: string, heading: string): string {
	const start = markdown.indexOf(`\n## ${heading}\n`);
	expect(start).toBeGreaterThanOrEqual(0);
	const end = markdown.indexOf('\n## ', start + 1);
	return markdown.slice(start, end < 0 ? undefined : end).trim();
}

/** The assessment with a plain name and no notes or reasons: the same report, minus the text. */
const plain = (a: Assessment): Assessment => ({
	...a,
	name: 'x',
	answers: Object.fromEntries(
		Object.entries(a.answers).map(([code, answer]) => [code, { value: answer.value }])
	),
});

/**
 * Four developer controls, where a critical one at Traditional caps a high average, and twelve
 * platform controls, so the roadmap can run past ten steps.
 */
const CAPPED_BANK = bankOf(
	[
		{ ...control(1, 'developer', 3, ['t1']), title: 'Signed commits' },
		control(2, 'developer', 2, ['t1']),
		control(3, 'developer', 2),
		control(4, 'developer', 2),
		...Array.from({ length: 12 }, (_, i) => control(10 + i, 'platform', 1, ['t2'])),
	],
	[threat('t1', 3, 'developer', 'Forged commit'), threat('t2', 1, 'platform', 'Noisy pipeline')]
);

describe('escapeMarkdown', () => {
	test.each([
		['Payments team', 'Payments team'],
		['| evil <script>', '\\| evil \\<script\\>'],
		['a*b_c`d', 'a\\*b\\_c\\`d'],
		['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
		['&lt; &amp;', '\\&lt; \\&amp;'],
		['~~gone~~ $x$ #1', '\\~\\~gone\\~\\~ \\$x\\$ \\#1'],
		['back\\slash', 'back\\\\slash'],
		['two\nlines\r\nand\rmore\u2028end', 'two lines and more end'],
		['  tab\there  ', 'tab here'],
		['- list 1. item > quote', '- list 1. item > quote'.replace('>', '\\>')],
	])('escapes %j as %j', (text, escaped) => {
		expect(escapeMarkdown(text)).toBe(escaped);
	});
});

describe('toMarkdownReport', () => {
	test('has a framework coverage section after the threats when given the crosswalk', () => {
		const crosswalk = [
			{
				framework: 'ssdf' as const,
				entries: [
					{ id: 'PO.5.1', codes: [101, 201] },
					{ id: 'PS.1.1', codes: [101] },
					{ id: 'PW.1.1', codes: [301] },
				],
			},
			{ framework: 'slsa' as const, entries: [{ id: 'Build L3', codes: [202] }] },
		];
		const text = toMarkdownReport(
			EXAMPLE,
			BANK,
			scoreAssessment(BANK, EXAMPLE.answers, EXAMPLE.targets),
			{ crosswalk }
		);
		const lines = text.split('\n');
		const at = lines.indexOf('## Framework coverage');
		expect(at).toBeGreaterThan(lines.indexOf('## Most exposed threats'));
		expect(at).toBeLessThan(lines.indexOf('## Next actions'));
		expect(lines.slice(at + 4, at + 8)).toStrictEqual([
			'| Framework | IDs cited | Met | Partly met | Not met | Not assessed |',
			'| :-- | --: | --: | --: | --: | --: |',
			'| NIST SSDF | 3 | 1 (33 %) | 1 (33 %) | 0 (0 %) | 1 (33 %) |',
			'| SLSA | 1 | 0 (0 %) | 0 (0 %) | 1 (100 %) | 0 (0 %) |',
		]);
		expect(report(EXAMPLE)).not.toContain('## Framework coverage');
	});

	test('opens with the name and date, the bank version and the overall result', () => {
		const lines = report(EXAMPLE).split('\n');
		expect(lines.slice(0, 2)).toStrictEqual([
			'# Trustline assessment: Payments team (2026-11-26)',
			'',
		]);
		expect(lines[2]).toBe(
			'Answered against question-bank version 1. 5 of 6 questions answered (83 %). Overall: 44 %, stage Traditional.'
		);
	});

	test('says the result is provisional while a question is unanswered, and not after', () => {
		expect(report(EXAMPLE)).toContain(
			'> **Provisional:** 1 question is unanswered, so these results may change.'
		);
		expect(report(example({ answers: allAnswered(BANK, 2) }))).not.toContain('Provisional');
	});

	test('writes the scores table with every environment and the overall row', () => {
		expect(section(report(EXAMPLE), 'Scores')).toBe(
			[
				'## Scores',
				'',
				'| Environment | Score | Stage | Target | To target | Answered |',
				'| :-- | --: | :-- | :-- | --: | --: |',
				'| Developer environment | 75 % | Optimal | Advanced | 75 % | 2 of 2 |',
				'| DevOps platform | 13 % | Traditional | Optimal | 13 % | 2 of 2 |',
				'| Application environment | – | Not assessed | Initial | – | 1 of 2 |',
				'| **Overall** | 44 % | Traditional | – | – | 5 of 6 |',
			].join('\n')
		);
	});

	test('explains each stage, naming the control that capped it', () => {
		const answers = {
			'1': { value: 0 as const },
			'2': { value: 3 as const },
			'3': { value: 3 as const },
			'4': { value: 3 as const },
		};
		expect(section(report(example({ answers }), CAPPED_BANK), 'Why each stage')).toBe(
			[
				'## Why each stage',
				'',
				'- **Developer environment:** Initial, capped by “Signed commits” (code 1), which is at Traditional. The score of 67 % alone would reach Advanced, but a critical control allows at most one stage above its own level.',
				"- **DevOps platform:** not assessed: no question in it is answered with a stage or “Don't know”.",
				"- **Application environment:** not assessed: no question in it is answered with a stage or “Don't know”.",
			].join('\n')
		);
		expect(section(report(EXAMPLE), 'Why each stage')).toContain(
			'- **DevOps platform:** Traditional, from a score of 13 %.'
		);
	});

	test('lists the most exposed threats with their status in words', () => {
		expect(section(report(EXAMPLE), 'Most exposed threats')).toBe(
			[
				'## Most exposed threats',
				'',
				'| Threat | Environment | Severity | Status | Coverage |',
				'| :-- | :-- | :-- | :-- | --: |',
				'| Poisoned dependency | Developer environment | Medium | Exposed | 0 % |',
				'| Tampered build | DevOps platform | High | Exposed | 17 % |',
				'',
				'Of 4 threats: 2 exposed, 0 partly mitigated, 1 mitigated, 1 not assessed.',
			].join('\n')
		);
		const safe = section(
			report(example({ answers: allAnswered(BANK, 3) })),
			'Most exposed threats'
		);
		expect(safe).toContain('No threat is exposed or partly mitigated.');
	});

	test('lists the ten highest-priority next actions and counts the rest', () => {
		const answers = allAnswered(CAPPED_BANK, 0);
		const text = section(report(example({ answers }), CAPPED_BANK), 'Next actions');
		const steps = text.split('\n').filter((line) => /^\d+\. /.test(line));
		expect(steps).toHaveLength(10);
		expect(steps[0]).toBe(
			'1. Raise Signed commits from Traditional to Initial (Developer environment, priority 36). Guidance: /guides/guide-1/#from-traditional-to-initial'
		);
		expect(text).toContain('6 more steps are in the action plan.');
	});

	test('lists "Don\'t know" answers under Find out first, not as actions', () => {
		const assessment = example({
			answers: { ...EXAMPLE.answers, '102': { value: 'unknown', checker: 'Ann' } },
		});
		const text = report(assessment, BANK, 'https://trustline.example');
		expect(section(text, 'Next actions')).not.toContain('Dependency review');
		expect(section(text, 'Find out first')).toContain(
			'- Find out where Dependency review stands (Developer environment), who will check: Ann — guidance: https://trustline.example/guides/dependency-review-and-updates/'
		);
		expect(report(example({ answers: allAnswered(BANK, 2) }))).not.toContain('Find out first');
	});

	test('says when there is nothing left to raise', () => {
		const text = report(example({ answers: allAnswered(BANK, 3) }));
		expect(section(text, 'Next actions')).toContain(
			'Nothing to raise: every counted control is at Optimal.'
		);
	});

	test('writes an answers table per environment, with notes on one line', () => {
		expect(section(report(EXAMPLE), 'Answers: DevOps platform')).toBe(
			[
				'## Answers: DevOps platform',
				'',
				'Target stage: Optimal.',
				'',
				'| Code | Control | Capability | Answer | Notes | Evidence | Checked on |',
				'| --: | :-- | :-- | :-- | :-- | :-- | :-- |',
				'| 201 | Short-lived pipeline credentials | Identity and access | Initial | OIDC for deploys, static keys for "legacy" jobs |   |   |',
				'| 202 | Build provenance | Supply chain | Traditional |   |   |   |',
			].join('\n')
		);
		expect(section(report(EXAMPLE), 'Answers: Application environment')).toContain(
			'| 301 | Data protection | Data | Not applicable | Stateless service; N/A reason: Holds no customer data |   |   |'
		);
	});

	test('puts the origin before guidance links when given one', () => {
		const text = report(EXAMPLE, BANK, 'https://trustline.example/');
		expect(text).toContain(
			'Guidance: https://trustline.example/guides/build-provenance-attestations/#from-traditional-to-initial'
		);
	});

	test('keeps a hostile name and hostile notes from breaking the tables or adding HTML', () => {
		const evil = '| evil <script>alert(1)</script> & [x](javascript:y) \\';
		const assessment = example({
			name: evil,
			answers: {
				'101': { value: 1, note: `${evil}\n| 2 | 3 |\n\n# heading` },
				'301': { value: 'na', note: evil, naReason: `|\r\n|` },
			},
		});
		const text = report(assessment);
		expect(text.split('\n')[0]).toBe(
			'# Trustline assessment: \\| evil \\<script\\>alert(1)\\</script\\> \\& \\[x\\](javascript:y) \\\\ (2026-11-26)'
		);
		for (const table of tablesOf(text)) {
			for (const row of table) expect(row).toHaveLength(table[0]?.length ?? 0);
		}
		const developer = tablesOf(section(text, 'Answers: Developer environment'))[0];
		expect(developer?.[2]?.[4]).toBe(
			'\\| evil \\<script\\>alert(1)\\</script\\> \\& \\[x\\](javascript:y) \\\\ \\| 2 \\| 3 \\| \\# heading'
		);
		expect(unescaped(text)).not.toMatch(/<|&|\[x/);
		expect(text.split('\n')).toHaveLength(report(plain(assessment)).split('\n').length);
	});

	test('keeps every table whole and every line in place for any names and notes', () => {
		fc.assert(
			fc.property(assessmentArb, (assessment) => {
				const text = report(assessment);
				for (const table of tablesOf(text)) {
					for (const row of table) expect(row).toHaveLength(table[0]?.length ?? 0);
				}
				// The untrusted text, the name and the notes, carries no unescaped Markdown or HTML.
				const title = text.split('\n')[0]?.slice('# Trustline assessment: '.length) ?? '';
				const answerTables = tablesOf(text).filter((table) => table[0]?.includes('Notes'));
				const column = (name: string) =>
					answerTables.flatMap((table) =>
						table.slice(2).map((row) => row[table[0]!.indexOf(name)] ?? '')
					);
				// Evidence links are autolinks; every other piece of evidence is escaped text.
				const evidence = column('Evidence')
					.flatMap((cell) => cell.split('; '))
					.filter((part) => !/^<https?:\/\/[^\s<>|]+>$/.test(part));
				expect(answerTables).toHaveLength(3);
				for (const untrusted of [title, ...column('Notes'), ...evidence]) {
					expect(unescaped(untrusted)).not.toMatch(/[<>&`[\]*_~$|#\\]/);
				}
				expect(text.split('\n')).toHaveLength(report(plain(assessment)).split('\n').length);
			}),
			{ numRuns: 300 }
		);
	});

	test('returns the same text for the same input', () => {
		expect(report(structuredClone(EXAMPLE))).toBe(report(EXAMPLE));
	});
});

describe('toActionPlan', () => {
	test("writes Don't-know answers to find out first, then every other roadmap step, highest priority first", () => {
		expect(plan(EXAMPLE)).toBe(
			[
				'# Trustline action plan: Payments team (2026-11-26)',
				'',
				'## Find out first',
				'',
				"Answered “Don't know”, which counts as Traditional until someone finds out. Find out where each stands, then answer it: the result may be better than it looks.",
				'',
				'- [ ] Find out where Dependency review stands (Developer environment) — guidance: /guides/dependency-review-and-updates/',
				'',
				'## Raise',
				'',
				"Each step raises one control by one stage, highest priority first. Priority is the control's weight × (1 + the severities of the threats it mitigates) × the stages still to climb.",
				'',
				'- [ ] Raise Build provenance from Traditional to Initial (DevOps platform, priority 36) — guidance: /guides/build-provenance-attestations/#from-traditional-to-initial',
				'- [ ] Raise Short-lived pipeline credentials from Initial to Advanced (DevOps platform, priority 28) — guidance: /guides/short-lived-credentials/#from-initial-to-advanced',
				'',
				'1 question is still unanswered; its control joins the plan once it is answered.',
				'',
			].join('\n')
		);
	});

	test('lists all steps, not only the first ten', () => {
		const answers = allAnswered(CAPPED_BANK, 0);
		const items = plan(example({ answers }), CAPPED_BANK)
			.split('\n')
			.filter((line) => line.startsWith('- [ ] '));
		const result = scoreAssessment(CAPPED_BANK, answers, EXAMPLE.targets);
		expect(items).toHaveLength(result.roadmap.length);
		expect(items).toHaveLength(16);
		const priorities = items.map((line) => Number(/priority (\d+)\)/.exec(line)?.[1]));
		expect(priorities).toStrictEqual([...priorities].sort((a, b) => b - a));
	});

	test('says when there is nothing to raise', () => {
		expect(plan(example({ answers: allAnswered(BANK, 3) }))).toBe(
			[
				'# Trustline action plan: Payments team (2026-11-26)',
				'',
				'Nothing to raise: every counted control is at Optimal.',
				'',
			].join('\n')
		);
	});

	test('puts the result link under the title and the origin before every link', () => {
		const assessment = example({
			answers: { ...EXAMPLE.answers, '102': { value: 'unknown', checker: 'Ann | Lee' } },
		});
		const text = toActionPlan(
			assessment,
			BANK,
			scoreAssessment(BANK, assessment.answers, assessment.targets),
			{
				origin: 'https://trustline.example',
				resultLink: 'https://trustline.example/results/#r.abc',
			}
		);
		expect(text.split('\n').slice(0, 4)).toEqual([
			'# Trustline action plan: Payments team (2026-11-26)',
			'',
			'Result link: <https://trustline.example/results/#r.abc>',
			'',
		]);
		expect(text).toContain(
			'- [ ] Find out where Dependency review stands (Developer environment), who will check: Ann \\| Lee — guidance: https://trustline.example/guides/dependency-review-and-updates/'
		);
		for (const link of text.match(/guidance: \S+/g) ?? []) {
			expect(link).toMatch(/^guidance: https:\/\/trustline\.example\/guides\//);
		}
	});

	test('writes no result link that is not an http(s) address', () => {
		const text = toActionPlan(
			EXAMPLE,
			BANK,
			scoreAssessment(BANK, EXAMPLE.answers, EXAMPLE.targets),
			{
				resultLink: 'javascript:alert(1)',
			}
		);
		expect(text).not.toContain('Result link');
	});

	test('counts unanswered questions in the plural', () => {
		expect(plan(example({ answers: {} }))).toContain(
			'6 questions are still unanswered; their controls join the plan once they are answered.'
		);
	});

	test('escapes the name in the title', () => {
		expect(plan(example({ name: '| evil <script>' })).split('\n')[0]).toBe(
			'# Trustline action plan: \\| evil \\<script\\> (2026-11-26)'
		);
	});
});
