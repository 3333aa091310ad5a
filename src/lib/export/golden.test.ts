/**
 * Golden CSV, Markdown report, tracker and attestation files: what the exports write for the example assessment of the
 * test bank, committed byte for byte. Trackers and auditors' tools read these formats, so a change
 * must be deliberate: when one of these tests fails and the change is meant, regenerate the files
 * with `UPDATE_GOLDEN=1 npx vitest run src/lib/export/golden.test.ts` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scoreAssessment } from '../scoring';
import type { FrameworkCrosswalk } from '../frameworks/crosswalk';
import { BANK, EXAMPLE, example } from './fixtures';
import { toCsv } from './csv';
import { toMarkdownReport } from './markdown';
import { actionItems } from './actions';
import { githubIssueUrl } from './github';
import { toGhScript } from './gh-script';
import { toBoardsCsv, toJiraCsv } from './boards';
import { toCdxaJson } from './cdxa';

const DIR = join(import.meta.dirname, 'golden');
const ORIGIN = 'https://trustline.example';
const CROSSWALK: FrameworkCrosswalk[] = [
	{ framework: 'ssdf', entries: [{ id: 'PO.5.1', codes: [101, 201] }] },
	{ framework: 'slsa', entries: [{ id: 'Build L3', codes: [202] }] },
];

const result = scoreAssessment(BANK, EXAMPLE.answers, EXAMPLE.targets);
const items = actionItems(EXAMPLE, BANK, result, { origin: ORIGIN });

/** EXAMPLE with evidence (links and texts, one hostile), checked-on days and a 12-month interval. */
const EVIDENCED = example({
	reviewInterval: 12,
	answers: {
		...EXAMPLE.answers,
		'101': {
			...EXAMPLE.answers['101']!,
			checkedOn: '2026-11-02',
			evidence: [
				{ kind: 'link', url: 'https://github.com/acme/payments/settings/rules?ref=a|b' },
				{ kind: 'text', text: 'Conditional Access policy "Require FIDO2" – all users' },
			],
		},
		'201': {
			...EXAMPLE.answers['201']!,
			checkedOn: '2025-10-31',
			evidence: [{ kind: 'text', text: '=HYPERLINK("https://evil.example","Click") | *bold*' }],
		},
		'202': { value: 0, checkedOn: '2024-02-29' },
	},
});
const evidencedResult = scoreAssessment(BANK, EVIDENCED.answers, EVIDENCED.targets);

const FILES: Record<string, () => string> = {
	'assessment.csv': () => toCsv(EVIDENCED, BANK),
	'report.md': () =>
		toMarkdownReport(EVIDENCED, BANK, evidencedResult, {
			origin: ORIGIN,
			resultLink: `${ORIGIN}/results/#r.AgEJ3SoNUGF5bWVudHMgdGVhbQ`,
		}),
	'issue-links.txt': () =>
		items.map((item) => githubIssueUrl('contoso/payments', item)).join('\n') + '\n',
	'issues.sh': () => toGhScript(items, { repository: 'contoso/payments' }),
	'azure-boards.csv': () => toBoardsCsv(items, 'Issue'),
	'jira.csv': () => toJiraCsv(items),
	'attestation.cdx.json': () =>
		toCdxaJson(EXAMPLE, BANK, result, { origin: ORIGIN, crosswalk: CROSSWALK }),
};

describe('golden exports', () => {
	test.each(Object.keys(FILES))('returns %s byte for byte', (name) => {
		const path = join(DIR, name);
		const text = FILES[name]?.() ?? '';
		if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(path)) writeFileSync(path, text);
		expect(text).toBe(readFileSync(path, 'utf8'));
	});
});
