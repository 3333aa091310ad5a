import { describe, expect, test } from 'vitest';
import type { ScorecardFile } from '../../schemas/scorecard';
import {
	checkDocumentationUrl,
	isScorecardCheck,
	levelForScore,
	SCORECARD_CHECKS,
	suggestionRules,
} from './checks';

const FILE: ScorecardFile = {
	scorecardVersion: 'v5.5.0',
	reviewed: '2026-11-30',
	mappings: [
		{
			check: 'SAST',
			control: 'code-scanning-in-ci',
			rationale: 'Static analysis in workflows or on recent pull requests.',
			bands: [
				{ min: 0, max: 0, stage: 'traditional', because: 'No static analysis tool found at all.' },
				{ min: 1, max: 10, stage: 'initial', because: 'A static analysis tool is set up.' },
			],
		},
		{
			check: 'Vulnerabilities',
			control: 'workload-vulnerability-management',
			rationale: 'Scans source, not running workloads, so nothing here.',
			bands: [],
		},
	],
	unmapped: [],
};

describe('Scorecard checks', () => {
	test('knows the 20 checks of Scorecard v5.5, with the case Scorecard writes', () => {
		expect(SCORECARD_CHECKS).toHaveLength(20);
		expect(isScorecardCheck('Branch-Protection')).toBe(true);
		expect(isScorecardCheck('branch-protection')).toBe(false);
		expect(isScorecardCheck('constructor')).toBe(false);
	});

	test('links each check to its section of Scorecard’s documentation', () => {
		expect(checkDocumentationUrl('Token-Permissions')).toBe(
			'https://github.com/ossf/scorecard/blob/main/docs/checks.md#token-permissions'
		);
	});
});

describe('suggestionRules', () => {
	test('turns stages into levels and leaves out mappings without bands', () => {
		expect(suggestionRules(FILE)).toEqual([
			{
				check: 'SAST',
				control: 'code-scanning-in-ci',
				bands: [
					{ min: 0, max: 0, level: 0 },
					{ min: 1, max: 10, level: 1 },
				],
			},
		]);
	});

	test('finds the band of a score, and none for -1', () => {
		const [rule] = suggestionRules(FILE);
		expect([-1, 0, 1, 10].map((score) => levelForScore(rule!, score))).toEqual([null, 0, 1, 1]);
	});
});
