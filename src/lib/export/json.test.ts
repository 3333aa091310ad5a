import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Assessment, BankModel } from '../model';
import { parseAssessment } from '../assessment/validate';
import { MAX_NOTE_LENGTH as MAX_NOTE } from '../text';
import { scoreAssessment } from '../scoring';
import { syntheticBank } from '../scoring/fixtures';
import { assessmentArb, BANK, example, EXAMPLE } from './fixtures';
import {
	EXPORT_FORMAT,
	EXPORT_SCHEMA,
	importSizeProblem,
	MAX_IMPORT_BYTES,
	parseImport,
	toJson,
} from './json';
import { utf8Length } from './json-error';
import { toCsv } from './csv';
import { toActionPlan, toMarkdownReport } from './markdown';

/** The import's outcome, asserted to be a success. */
function imported(text: string, bank: BankModel = BANK) {
	const outcome = parseImport(text, bank);
	if (!outcome.ok) throw new Error(`expected an import, got: ${outcome.problem}`);
	return outcome;
}

/** The import's problem, asserted to be a failure. */
function problemOf(text: string, bank: BankModel = BANK): string {
	const outcome = parseImport(text, bank);
	if (outcome.ok) throw new Error('expected the import to fail');
	return outcome.problem;
}

const envelope = (assessment: unknown, schema: unknown = EXPORT_SCHEMA) =>
	JSON.stringify({ format: EXPORT_FORMAT, schema, assessment });

describe('toJson', () => {
	test('writes the format, the schema version and the assessment, pretty-printed', () => {
		const text = toJson(EXAMPLE);
		expect(text.startsWith('{\n  "format": "trustline-assessment",\n  "schema": 2,\n')).toBe(true);
		expect(text.endsWith('}\n')).toBe(true);
		expect(JSON.parse(text)).toStrictEqual({
			format: EXPORT_FORMAT,
			schema: 2,
			assessment: EXAMPLE,
		});
	});

	test('adds no timestamp of its own', () => {
		const stamps = toJson(EXAMPLE).match(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g);
		expect(stamps).toStrictEqual([EXAMPLE.createdAt, EXAMPLE.updatedAt]);
	});

	test('returns the same text however the assessment was built', () => {
		const reordered: Assessment = {
			answers: Object.fromEntries(Object.entries(EXAMPLE.answers).reverse()),
			targets: { application: 1, platform: 3, developer: 2 },
			bankVersion: 1,
			updatedAt: EXAMPLE.updatedAt,
			createdAt: EXAMPLE.createdAt,
			name: EXAMPLE.name,
			id: EXAMPLE.id,
		};
		expect(toJson(reordered)).toBe(toJson(EXAMPLE));
	});
});

describe('parseImport', () => {
	test('restores the example exactly, without warnings', () => {
		const outcome = imported(toJson(EXAMPLE));
		expect(outcome.assessment).toStrictEqual(EXAMPLE);
		expect(outcome.warnings).toStrictEqual([]);
	});

	test('restores every valid assessment exactly', () => {
		fc.assert(
			fc.property(assessmentArb, (assessment) => {
				const text = toJson(assessment);
				const outcome = imported(text);
				expect(outcome.assessment).toStrictEqual(assessment);
				expect(toJson(outcome.assessment)).toBe(text);
			}),
			{ numRuns: 300 }
		);
	});

	test('carries evidence, checked-on days and the review interval', () => {
		const dated = example({
			reviewInterval: 12,
			answers: {
				...EXAMPLE.answers,
				'101': {
					value: 3,
					checkedOn: '2026-02-28',
					evidence: [
						{ kind: 'link', url: 'https://github.com/acme/api/settings/rules' },
						{ kind: 'text', text: 'Security keys issued on 2026-02-01' },
					],
				},
			},
		});
		const text = toJson(dated);
		expect(JSON.parse(text)).toMatchObject({
			schema: 2,
			assessment: { reviewInterval: 12, answers: { '101': { checkedOn: '2026-02-28' } } },
		});
		expect(imported(text).assessment).toStrictEqual(dated);
	});

	test('still imports a file of export format 1, whose answers have no evidence or dates', () => {
		const old = JSON.stringify({ format: EXPORT_FORMAT, schema: 1, assessment: EXAMPLE });
		const outcome = imported(old);
		expect(outcome.assessment).toStrictEqual(EXAMPLE);
		expect(outcome.assessment.reviewInterval).toBeUndefined();
		expect(outcome.warnings).toStrictEqual([]);
	});

	test('leaves out evidence links that are not http or https, and says so', () => {
		const answers = {
			'101': {
				value: 3,
				evidence: [
					{ kind: 'link', url: 'javascript:alert(1)' },
					{ kind: 'link', url: 'data:text/html,<script>alert(1)</script>' },
					{ kind: 'link', url: 'https://example.org/proof' },
				],
				checkedOn: '2026-13-01',
			},
		};
		const outcome = imported(envelope({ ...EXAMPLE, answers, reviewInterval: 5 }));
		expect(outcome.assessment.answers['101']).toStrictEqual({
			value: 3,
			evidence: [{ kind: 'link', url: 'https://example.org/proof' }],
		});
		expect(outcome.assessment.reviewInterval).toBeUndefined();
		expect(outcome.warnings).toStrictEqual([
			'2 pieces of evidence in the file were left out: evidence is a link starting with http:// or https://, or a short text, and an answer holds at most five.',
		]);
	});

	test('keeps the GitHub repository through export and import', () => {
		const withRepository = { ...EXAMPLE, repository: 'contoso/payments' };
		const text = toJson(withRepository);
		expect(JSON.parse(text)).toMatchObject({ assessment: { repository: 'contoso/payments' } });
		expect(imported(text).assessment).toStrictEqual(withRepository);
		expect(toJson(EXAMPLE)).not.toContain('repository');
	});

	test('reads a bare assessment object', () => {
		expect(imported(JSON.stringify(EXAMPLE)).assessment).toStrictEqual(EXAMPLE);
	});

	test('reads a file that starts with a byte order mark', () => {
		expect(imported(`\uFEFF${toJson(EXAMPLE)}`).assessment).toStrictEqual(EXAMPLE);
	});

	test('reads the largest export a 66-question bank can produce', () => {
		const bank = syntheticBank();
		// Every answer "Not applicable" with a note and a reason at the length limit, in the
		// characters JSON spends the most bytes on among those a note keeps: four-byte emoji (lone
		// surrogates, escaped in six bytes, are dropped by the text cleaner like other controls).
		for (const filler of ['🔑']) {
			const long = filler.repeat(MAX_NOTE);
			const assessment = example({
				answers: Object.fromEntries(
					bank.controls.map((c, i) => [
						String(c.code),
						{
							value: 'na',
							note: long,
							naReason: long,
							checkedOn: '2026-11-30',
							// Five evidence links of the longest length kept.
							evidence: Array.from({ length: 5 }, (_, n) => ({
								kind: 'link' as const,
								url: `https://example.org/${i}/${n}/`.padEnd(2000, 'x'),
							})),
						},
					])
				),
			});
			const text = toJson(assessment);
			expect(utf8Length(text)).toBeGreaterThan(1_000_000);
			expect(utf8Length(text)).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
			expect(imported(text, bank).assessment).toStrictEqual(assessment);
		}
	});

	describe('says what is wrong', () => {
		test.each([
			['an empty file', '', 'The file is empty.'],
			['a file of white space', ' \n\t\r\n', 'The file is empty.'],
			['a byte order mark alone', '\uFEFF', 'The file is empty.'],
			[
				'a stray character',
				'{\n  "format": x\n}',
				'The file is not valid JSON (unexpected “x” at line 2, column 13).',
			],
			[
				'a missing comma',
				'{"format": "trustline-assessment"\n "schema": 1}',
				'The file is not valid JSON (unexpected “"” at line 2, column 2).',
			],
			[
				'a file cut short',
				'{\r\n  "format": "trustline-assessment",\r\n  "schema": 1,',
				'The file is not valid JSON (it ends unexpectedly at line 3, column 15).',
			],
			[
				'a control character in a string',
				'{"name": "a\u0001b"}',
				'The file is not valid JSON (unexpected character U+0001 at line 1, column 12).',
			],
			[
				'smart quotes from a word processor',
				'{“format”: 1}',
				'The file is not valid JSON (unexpected ““” at line 1, column 2).',
			],
			['a JSON array', '[1, 2]', 'This is not a Trustline assessment export.'],
			['a JSON string', '"hello"', 'This is not a Trustline assessment export.'],
			['JSON null', 'null', 'This is not a Trustline assessment export.'],
			[
				'another JSON object',
				'{"name": "x", "items": []}',
				'This is not a Trustline assessment export.',
			],
			[
				'another format',
				JSON.stringify({ format: 'other-tool', schema: 1, assessment: EXAMPLE }),
				'This is not a Trustline assessment export.',
			],
			[
				'an export without a schema',
				JSON.stringify({ format: EXPORT_FORMAT, assessment: EXAMPLE }),
				'This Trustline export does not say which version of the format it uses.',
			],
			[
				'an export with a schema that is not a whole number',
				envelope(EXAMPLE, '1'),
				'This Trustline export does not say which version of the format it uses.',
			],
			[
				'an export from a newer Trustline',
				envelope(EXAMPLE, 3),
				'This file was exported by a newer version of Trustline (export format 3; this page reads format 2). Reload the page to get the latest version, then import it again.',
			],
			[
				'an export without an assessment',
				envelope(undefined),
				'The export contains no assessment.',
			],
			[
				'an export whose assessment is a list',
				envelope([EXAMPLE]),
				'The export contains no assessment.',
			],
			[
				'an assessment without a name',
				envelope({ ...EXAMPLE, name: '  ' }),
				'The assessment cannot be imported: it has no name.',
			],
			[
				'an assessment without a valid id',
				envelope({ ...EXAMPLE, id: 'has spaces' }),
				'The assessment cannot be imported: "Payments team" has no valid id.',
			],
			[
				'an assessment without a bank version',
				envelope({ ...EXAMPLE, bankVersion: 0 }),
				'The assessment cannot be imported: "Payments team" has no valid question-bank version.',
			],
			[
				'an assessment without answers',
				envelope({ ...EXAMPLE, answers: [] }),
				'The assessment cannot be imported: "Payments team" has no answers object.',
			],
			[
				'an assessment with a bad date',
				envelope({ ...EXAMPLE, updatedAt: 'yesterday' }),
				'The assessment cannot be imported: "Payments team" has invalid dates.',
			],
			[
				'a bare assessment without a name',
				JSON.stringify({ ...EXAMPLE, name: undefined }),
				'The assessment cannot be imported: it has no name.',
			],
		])('for %s', (_, text, message) => {
			expect(problemOf(text)).toBe(message);
		});

		test('for a file over the size limit, before reading it as JSON', () => {
			const text = `{"pad": "${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
			expect(problemOf(text)).toBe(
				'The file is too large to import (2.1 MB); a Trustline assessment export is at most 2 MB.'
			);
			// Multi-byte characters count as the bytes they take in the file.
			expect(problemOf('é'.repeat(MAX_IMPORT_BYTES / 2 + 1))).toMatch(/^The file is too large/);
		});

		test('for the other Trustline exports, which cannot be imported', () => {
			const result = scoreAssessment(BANK, EXAMPLE.answers, EXAMPLE.targets);
			const advice = 'which cannot be imported; choose the JSON export (a .json file) instead.';
			expect(problemOf(toCsv(EXAMPLE, BANK))).toBe(`This is a Trustline CSV export, ${advice}`);
			expect(problemOf(toMarkdownReport(EXAMPLE, BANK, result))).toBe(
				`This is a Trustline Markdown report, ${advice}`
			);
			expect(problemOf(toActionPlan(EXAMPLE, BANK, result))).toBe(
				`This is a Trustline action plan, ${advice}`
			);
		});

		test('for something that is not text at all', () => {
			expect(problemOf(new Uint8Array(4) as unknown as string)).toBe(
				'The file could not be read as text.'
			);
		});
	});

	describe('warns', () => {
		test('about answers to codes the bank does not hold, listing them', () => {
			const one = imported(
				envelope({ ...EXAMPLE, answers: { ...EXAMPLE.answers, '7': { value: 2 } } })
			);
			expect(one.warnings).toStrictEqual([
				'The file answers a question that this question bank does not have (code 7); that answer is kept but counts towards no score.',
			]);
			expect(one.assessment.answers['7']).toStrictEqual({ value: 2 });

			const three = imported(
				envelope({
					...EXAMPLE,
					answers: { '999': { value: 1 }, '8': { value: 'na' }, '7': { value: 0 } },
				})
			);
			expect(three.warnings).toStrictEqual([
				'The file answers 3 questions that this question bank does not have (codes 7, 8 and 999); those answers are kept but count towards no score.',
			]);
		});

		test('about many unknown codes, listing the first ten', () => {
			const answers = Object.fromEntries(
				Array.from({ length: 14 }, (_, i) => [String(i + 1), { value: 1 }])
			);
			expect(imported(envelope({ ...EXAMPLE, answers })).warnings).toStrictEqual([
				'The file answers 14 questions that this question bank does not have (codes 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 4 more); those answers are kept but count towards no score.',
			]);
		});

		test('about an older question-bank version', () => {
			const bank: BankModel = { ...BANK, version: 3 };
			expect(imported(toJson(EXAMPLE), bank).warnings).toStrictEqual([
				'The assessment was answered against question-bank version 1, and this site uses version 3; some questions may have changed or be new.',
			]);
		});

		test('about a newer question-bank version', () => {
			expect(imported(toJson(example({ bankVersion: 4 }))).warnings).toStrictEqual([
				"The assessment was answered against question-bank version 4, which is newer than this site's version 1; reload the page to get the latest questions.",
			]);
		});

		test('about answers that were not valid and were left out', () => {
			const answers = { ...EXAMPLE.answers, '102': { value: 7 }, abc: { value: 1 }, '202': 'x' };
			const outcome = imported(envelope({ ...EXAMPLE, answers }));
			expect(outcome.warnings).toStrictEqual([
				'3 answers in the file were not valid and were left out.',
			]);
			expect(Object.keys(outcome.assessment.answers)).toStrictEqual(['101', '201', '301']);
			const single = imported(envelope({ ...EXAMPLE, answers: { ...EXAMPLE.answers, x: 1 } }));
			expect(single.warnings).toStrictEqual([
				'One answer in the file was not valid and was left out.',
			]);
		});
	});
});

describe('importSizeProblem', () => {
	test.each([
		[0, null],
		[MAX_IMPORT_BYTES, null],
		[MAX_IMPORT_BYTES + 1, '2.1 MB'],
		[5_000_000, '5 MB'],
		[123_456_789, '123.5 MB'],
	])('for %d bytes returns %s', (bytes, size) => {
		const problem = importSizeProblem(bytes);
		if (size === null) expect(problem).toBeNull();
		else
			expect(problem).toBe(
				`The file is too large to import (${size}); a Trustline assessment export is at most 2 MB.`
			);
	});
});

describe('utf8Length', () => {
	test('counts the bytes TextEncoder writes, lone surrogates included', () => {
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.oneof(
						fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
						fc.constantFrom('\ud800', '\udc00')
					),
				}),
				(text) => {
					expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
				}
			)
		);
	});
});

test('parseAssessment accepts every generated assessment unchanged', () => {
	// The round-trip property above relies on this; checking it here keeps a failure readable.
	fc.assert(
		fc.property(assessmentArb, (assessment) => {
			const parsed = parseAssessment(assessment);
			expect(parsed.ok && parsed.assessment).toStrictEqual(assessment);
		}),
		{ numRuns: 200 }
	);
});
