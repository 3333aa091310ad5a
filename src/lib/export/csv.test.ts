import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue, Assessment } from '../model';
import { anyText, assessmentArb, BANK, example, EXAMPLE } from './fixtures';
import { CSV_BOM, CSV_COLUMNS, csvCell, toCsv } from './csv';
import { parseCsv } from '../../test/csv';

/** The CSV without its byte order mark, as records. */
const recordsOf = (assessment: Assessment) => {
	const text = toCsv(assessment, BANK);
	expect(text.startsWith(CSV_BOM)).toBe(true);
	return parseCsv(text.slice(CSV_BOM.length));
};

describe('csvCell', () => {
	test.each([
		['plain', 'plain'],
		['', ''],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\rhere', '"cr\rhere"'],
		[42, '42'],
	])('writes %j as %j', (value, cell) => {
		expect(csvCell(value)).toBe(cell);
	});

	test.each([
		['=1+1', "'=1+1"],
		['+1', "'+1"],
		['-1', "'-1"],
		['@SUM(A1:A2)', "'@SUM(A1:A2)"],
		['\tlooks blank', "'\tlooks blank"],
		['\rcarriage', `"'\rcarriage"`],
		[
			'=HYPERLINK("https://evil.example","Click")',
			`"'=HYPERLINK(""https://evil.example"",""Click"")"`,
		],
		["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
	])('keeps %j from being read as a formula', (value, cell) => {
		expect(csvCell(value)).toBe(cell);
	});

	test.each(['a=1', ' =1', 'x+y', 'mail@example.com', "'quoted"])(
		'leaves %j, which does not start a formula, alone',
		(value) => {
			expect(csvCell(value)).toBe(value);
		}
	);

	test('writes any text so that an RFC 4180 reader gets it back, neutralised', () => {
		fc.assert(
			fc.property(fc.array(anyText(30), { minLength: 1, maxLength: 5 }), (values) => {
				const parsed = parseCsv(`${values.map(csvCell).join(',')}\r\n`);
				expect(parsed).toStrictEqual([values.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v))]);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('toCsv', () => {
	test('writes a header and one row per control in bank order', () => {
		const records = recordsOf(EXAMPLE);
		// EXAMPLE names no evidence and no dates, and has the default review interval.
		expect(records.slice(1).map((r) => r.slice(7))).toStrictEqual(
			BANK.controls.map(() => ['', '', '6 months'])
		);
		expect(records.map((r) => r.slice(0, 7))).toStrictEqual([
			[...CSV_COLUMNS.slice(0, 7)],
			[
				'Developer environment',
				'Identity and access',
				'101',
				'Phishing-resistant sign-in',
				'Optimal',
				'Advanced',
				'FIDO2 keys for everyone — even contractors 🔑',
			],
			[
				'Developer environment',
				'Supply chain',
				'102',
				'Dependency review',
				"Don't know",
				'Advanced',
				'',
			],
			[
				'DevOps platform',
				'Identity and access',
				'201',
				'Short-lived pipeline credentials',
				'Initial',
				'Optimal',
				'OIDC for deploys,\nstatic keys for "legacy" jobs',
			],
			['DevOps platform', 'Supply chain', '202', 'Build provenance', 'Traditional', 'Optimal', ''],
			[
				'Application environment',
				'Data',
				'301',
				'Data protection',
				'Not applicable',
				'Initial',
				'Stateless service\nN/A reason: Holds no customer data',
			],
			[
				'Application environment',
				'Visibility and analytics',
				'302',
				'Continuous monitoring',
				'Unanswered',
				'Initial',
				'',
			],
		]);
	});

	test("writes each answer's evidence, its checked-on day and the review interval", () => {
		const records = recordsOf(
			example({
				reviewInterval: 'none',
				answers: {
					'101': {
						value: 3,
						checkedOn: '2026-02-28',
						evidence: [
							{ kind: 'link', url: 'https://github.com/acme/web/settings/rules/1' },
							{ kind: 'text', text: '=HYPERLINK("https://evil.example","x")' },
						],
					},
					'102': { value: 1, evidence: [{ kind: 'text', text: '@SUM(A1)' }] },
				},
			})
		);
		expect(records[1]?.slice(7)).toStrictEqual([
			'https://github.com/acme/web/settings/rules/1\n=HYPERLINK("https://evil.example","x")',
			'2026-02-28',
			'None',
		]);
		// A cell that would start a formula is kept as text.
		expect(records[2]?.slice(7)).toStrictEqual(["'@SUM(A1)", '', 'None']);
	});

	test('starts with a byte order mark and ends every record, the last too, with CRLF', () => {
		const text = toCsv(EXAMPLE, BANK);
		expect(
			text.startsWith(
				`${CSV_BOM}Environment,Capability,Code,Control,Answer,Target,Notes,Evidence,Checked on,Review interval\r\n`
			)
		).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		// Line breaks inside a quoted note stay as they are; only records end with CRLF.
		expect(text.split('\r\n')).toHaveLength(BANK.controls.length + 2);
	});

	test.each<[AnswerValue | undefined, string]>([
		[0, 'Traditional'],
		[1, 'Initial'],
		[2, 'Advanced'],
		[3, 'Optimal'],
		['na', 'Not applicable'],
		['unknown', "Don't know"],
		[undefined, 'Unanswered'],
	])('words the answer %j as %j', (value, word) => {
		const answers = value === undefined ? {} : { '101': { value } };
		expect(recordsOf(example({ answers }))[1]?.[4]).toBe(word);
	});

	test('writes the N/A reason alone when there is no note, and only for Not applicable', () => {
		const answers = {
			'101': { value: 'na' as const, naReason: 'No developers' },
			'102': { value: 2 as const, naReason: 'left over' },
		};
		const records = recordsOf(example({ answers }));
		expect(records[1]?.[6]).toBe('N/A reason: No developers');
		expect(records[2]?.[6]).toBe('');
	});

	test('leaves out answers to codes the bank does not hold', () => {
		const records = recordsOf(example({ answers: { '999': { value: 3, note: 'stray' } } }));
		expect(records).toHaveLength(BANK.controls.length + 1);
		expect(records.flat()).not.toContain('stray');
	});

	test('keeps hostile notes from being read as formulas and from breaking the file', () => {
		const answers = {
			'101': { value: 1 as const, note: '=HYPERLINK("https://evil.example","Click")' },
			'102': { value: 'na' as const, note: '@x', naReason: '=1+1' },
			'201': { value: 2 as const, note: '-2\r\n,,"\n' },
		};
		const records = recordsOf(example({ answers }));
		expect(records[1]?.[6]).toBe(`'=HYPERLINK("https://evil.example","Click")`);
		expect(records[2]?.[6]).toBe("'@x\nN/A reason: =1+1");
		expect(records[3]?.[6]).toBe(`'-2\r\n,,"\n`);
	});

	test('writes any assessment as a well-formed file whose cells never start a formula', () => {
		fc.assert(
			fc.property(assessmentArb, (assessment) => {
				const records = recordsOf(assessment);
				expect(records).toHaveLength(BANK.controls.length + 1);
				for (const record of records) {
					expect(record).toHaveLength(CSV_COLUMNS.length);
					for (const cell of record) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
				}
			}),
			{ numRuns: 300 }
		);
	});
});
