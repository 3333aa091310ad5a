import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from '../../test/csv';
import {
	BOARDS_COLUMNS,
	boardsDescription,
	escapeHtml,
	JIRA_COLUMNS,
	jiraDescription,
	toBoardsCsv,
	toJiraCsv,
} from './boards';
import { hostileAssessment, hostileBank, itemsOf, longText, ORIGIN } from './tracker-fixtures';

describe('toBoardsCsv', () => {
	test('returns the header and one row per action, in roadmap order', () => {
		const items = itemsOf();
		const records = parseCsv(toBoardsCsv(items));
		expect(records[0]).toEqual([...BOARDS_COLUMNS]);
		expect(records.slice(1).map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
			['Issue', 'Build provenance: from Traditional to Initial', 'trustline; devops-platform', '1'],
			[
				'Issue',
				'Short-lived pipeline credentials: from Initial to Advanced',
				'trustline; devops-platform',
				'3',
			],
		]);
	});

	test('returns the chosen work item type', () => {
		const records = parseCsv(toBoardsCsv(itemsOf(), 'Task'));
		expect(records.slice(1).every((r) => r[0] === 'Task')).toBe(true);
	});

	test('returns an HTML description with the guide as a link', () => {
		const [item] = itemsOf();
		const html = item ? boardsDescription(item) : '';
		expect(html).toContain('<p><strong>What Initial looks like:</strong> some</p>');
		expect(html).toContain(
			`<a href="${ORIGIN}/guides/build-provenance-attestations/#from-traditional-to-initial">`
		);
	});

	test('returns no byte order mark and CRLF after every record', () => {
		const text = toBoardsCsv(itemsOf());
		expect(text.startsWith('Work Item Type,')).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.split('\r\n')).toHaveLength(4);
	});

	test('returns hostile titles guarded against formulas and descriptions escaped', () => {
		const records = parseCsv(toBoardsCsv(itemsOf(hostileAssessment(), hostileBank())));
		const titles = records.slice(1).map((r) => r[1] ?? '');
		// The titles start with "-" and "@", which a spreadsheet would read as a formula.
		expect(titles.map((t) => t.slice(0, 2))).toEqual(["'-", "'@"]);
		for (const record of records.slice(1)) {
			expect(record).toHaveLength(5);
			expect(record[2]).not.toMatch(/<img|<script|\u202e/);
			expect(record[2]).toContain('&#60;img src=x onerror=alert(1)&#62;');
		}
	});

	test('returns a file that parses back to the same cells for any hostile text', () => {
		fc.assert(
			fc.property(longText(400), longText(100), (text, name) => {
				const items = itemsOf(hostileAssessment(name), hostileBank(text));
				const records = parseCsv(toBoardsCsv(items));
				expect(records).toHaveLength(items.length + 1);
				records.slice(1).forEach((record, i) => {
					expect(record).toHaveLength(5);
					expect(record[4]).toBe(String(items[i]?.priority));
					expect([...(record[1] ?? '')].length).toBeLessThanOrEqual(256);
					expect(record[1]).not.toMatch(/^[=+\-@\t\r]/);
					expect(record[2]).toContain(escapeHtml(items[i]?.guideUrl ?? ''));
				});
			}),
			{ numRuns: 40 }
		);
	});
});

describe('toJiraCsv', () => {
	test('returns Summary, Description, two Labels columns and Priority', () => {
		const records = parseCsv(toJiraCsv(itemsOf()));
		expect(records[0]).toEqual([...JIRA_COLUMNS]);
		expect(records.slice(1).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
			['Build provenance: from Traditional to Initial', 'trustline', 'devops-platform', 'Highest'],
			[
				'Short-lived pipeline credentials: from Initial to Advanced',
				'trustline',
				'devops-platform',
				'Medium',
			],
		]);
	});

	test('returns a plain-text description with the guide link', () => {
		const [item] = itemsOf();
		expect(item && jiraDescription(item)).toBe(
			[
				'Raise “Build provenance” (control 202, DevOps platform) from Traditional to Initial. The target for this environment is Optimal.',
				'What Initial looks like: some',
				'Threats it mitigates: Tampered build (High)',
				`How to get there: ${ORIGIN}/guides/build-provenance-attestations/#from-traditional-to-initial`,
				'From: Action 1 of 2 from the Trustline assessment Payments team (2026-11-26), priority 36 (weight × (1 + severities of the threats mitigated) × stages to climb).',
			].join('\n\n')
		);
	});

	test('returns hostile text quoted and guarded against formulas', () => {
		const records = parseCsv(toJiraCsv(itemsOf(hostileAssessment(), hostileBank())));
		expect(records.slice(1).map((r) => r[0]?.slice(0, 2))).toEqual(["'-", "'@"]);
		for (const record of records.slice(1)) {
			expect(record).toHaveLength(5);
			expect(record[1]).toContain('=HYPERLINK("https://evil.example","x")');
			expect(record[1]).not.toMatch(/\u202e/);
		}
	});

	test('returns the lowest priority for the last quarter of a long roadmap', () => {
		const items = itemsOf().map((item) => ({ ...item, priority: 4 as const }));
		expect(
			parseCsv(toJiraCsv(items))
				.slice(1)
				.map((r) => r[4])
		).toEqual(['Low', 'Low']);
	});
});

describe('escapeHtml', () => {
	test('returns the five HTML specials as character references', () => {
		expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
			'&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;'
		);
	});
});
