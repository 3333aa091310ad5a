/**
 * A real Scorecard result (see ./README.md) through the importer, with the real mapping and the
 * real bank's control codes: what Trustline suggests for github.com/ossf/scorecard as Scorecard
 * saw it on 2024-05-25.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importScorecardFiles } from '../scorecard';
import { suggestionRules } from '../checks';
import { loadScorecardMapping } from '../../../test/scorecard';
import { realBank } from '../../../test/content';
import { STAGE_NAMES } from '../../model';

const NAME = 'github.com-ossf-scorecard-2024-05-25.json';
const text = readFileSync(join(import.meta.dirname, NAME), 'utf8');
const bank = realBank();
const codesById = Object.fromEntries(bank.controls.map((c) => [c.id, c.code]));
const titles = new Map(bank.controls.map((c) => [c.code, c.title]));

describe('a real Scorecard result: github.com/ossf/scorecard, 2024-05-25', () => {
	const out = importScorecardFiles(
		[{ name: NAME, text }],
		[],
		suggestionRules(loadScorecardMapping()),
		codesById
	);

	test('reads every check', () => {
		expect(out.outcomes).toStrictEqual([
			{
				file: NAME,
				ok: true,
				message: expect.stringMatching(
					/^github\.com\/ossf\/scorecard, Scorecard run of 2024-05-25: 18 checks read/
				),
			},
		]);
	});

	test('suggests a stage for each mapped control, never Optimal', () => {
		const rows = out.suggestions.map(
			(s) =>
				`${titles.get(s.code)} (${s.code}): ${STAGE_NAMES[s.level]} from ${s.check} ${s.score}/10`
		);
		// The figures the closing note reports.
		console.info(out.outcomes[0]?.message);
		console.info(`Suggestions for github.com/ossf/scorecard (2024-05-25):\n${rows.join('\n')}`);
		expect(rows).toStrictEqual([
			'Sign build provenance and verify it before release (128): Initial from Signed-Releases 10/10',
			'Run static analysis on every pull request (122): Initial from SAST 10/10',
			'Review dependency changes and update vulnerable dependencies automatically (123): Initial from Dependency-Update-Tool 10/10',
			'Treat outside input to pipelines as untrusted (113): Initial from Dangerous-Workflow 10/10',
			'Give pipeline tokens least privilege by default (109): Initial from Token-Permissions 10/10',
			'Protect main and release branches (11): Advanced from Branch-Protection 8/10',
			'Require peer review before every merge (12): Initial from Branch-Protection 8/10',
			'Require passing checks before merge (13): Initial from Branch-Protection 8/10',
		]);
		expect(out.suggestions.every((s) => s.level < 3)).toBe(true);
		expect(out.suggestions.every((s) => s.repo === 'github.com/ossf/scorecard')).toBe(true);
		expect(out.suggestions.every((s) => s.date === '2024-05-25')).toBe(true);
	});
});
