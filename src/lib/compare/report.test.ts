import { describe, expect, test } from 'vitest';
import { bankOf, control } from '../scoring/fixtures';
import { columnOf, resultOf } from './fixtures';
import { compareResults } from './grid';
import fc from 'fast-check';
import { escapeMarkdown as exportEscape } from '../export/markdown';
import { escapeMarkdown, toComparisonCsv, toComparisonMarkdown } from './report';

const BANK = bankOf([
	{ ...control(1, 'developer', 2), title: 'Branch protection', capability: 'Branches' },
	{ ...control(10, 'platform', 2), title: 'Pipeline | secrets', capability: 'Pipelines' },
]);

const hostile = '=HYPERLINK("https://evil.example","x")';
const comparison = compareResults(BANK, [
	{ ...columnOf(resultOf(BANK, 'Alpha', { 1: 0, 10: 'na' }), 0), label: hostile },
	{
		...columnOf(resultOf(BANK, 'Bravo', { 1: 3, 10: 'unknown' }), 1),
		label: '**Bold** | <img src=x> [link](javascript:x)',
	},
]);

describe('toComparisonCsv', () => {
	const csv = toComparisonCsv(comparison);
	const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

	test('returns a header, score and stage rows, then one row per control', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(lines[0]).toBe(
			`Row,Environment,Capability,Code,Control,"'=HYPERLINK(""https://evil.example"",""x"")",**Bold** | <img src=x> [link](javascript:x),Median,Spread,Discuss`
		);
		expect(lines.filter((l) => l.startsWith('Score,'))).toHaveLength(4);
		expect(lines).toContain('Stage,Developer environment,,,Stage,Traditional,Optimal,,,');
		expect(lines).toContain(
			'Control,Developer environment,Branches,1,Branch protection,Traditional,Optimal,Initial to Advanced,3,Discuss'
		);
		expect(lines).toContain(
			"Control,DevOps platform,Pipelines,10,Pipeline | secrets,Not applicable,Don't know,Traditional,0,"
		);
		expect(lines.at(-1)).toBe('');
	});

	test('keeps every label from being read as a formula', () => {
		expect(csv).not.toMatch(/(^|,)"?=/m);
	});
});

describe('escapeMarkdown', () => {
	test('escapes exactly as the export module does, for any text', () => {
		const text = fc.oneof(
			fc.string({ maxLength: 60 }),
			fc.string({ unit: fc.constantFrom(...'\\`*_[]<>&~$|# \t\r\n\u2028ab'), maxLength: 30 })
		);
		fc.assert(
			fc.property(text, (t) => {
				expect(escapeMarkdown(t)).toBe(exportEscape(t));
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('toComparisonMarkdown', () => {
	const md = toComparisonMarkdown(comparison);

	test('escapes labels and titles so they cannot add markup, links or table cells', () => {
		expect(md).toContain('\\*\\*Bold\\*\\* \\| \\<img src=x\\> \\[link\\](javascript:x)');
		expect(md).toContain('Pipeline \\| secrets');
		expect(md).not.toMatch(/(?<!\\)<img/);
		expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
	});

	test('returns the scores, the team summary, the controls to discuss and the grid', () => {
		expect(md).toMatch(/^# Trustline comparison of 2 results\n/);
		expect(md).toContain('## Scores');
		expect(md).toContain('| Developer environment | 0 % (Traditional) | 100 % (Optimal) |');
		expect(md).toContain('## Team summary');
		expect(md).toContain('### Controls to discuss (1)');
		expect(md).toContain('- **Branch protection** (Branches): spread 3 stages;');
		expect(md).toContain(
			'| Branch protection | Branches | Traditional | Optimal | Initial to Advanced | 3 stages **Discuss** |'
		);
		expect(md.endsWith('\n')).toBe(true);
	});

	test('says when results were compared on shared controls only', () => {
		expect(md).not.toContain('different question-bank versions');
		expect(
			toComparisonMarkdown({ ...comparison, mixedVersions: true, versions: [1, 2] })
		).toContain('different question-bank versions (1, 2)');
	});
});
