import { describe, expect, test } from 'vitest';
import type { AnswerValue } from '../model';
import { coverageOf } from '../frameworks/coverage';
import { coverageMarkdown } from './coverage';

describe('coverageMarkdown', () => {
	test('returns the rule and one row per framework with counts and percents', () => {
		const values = new Map<number, AnswerValue>([
			[1, 3],
			[2, 1],
		]);
		const coverages = coverageOf(
			[
				{
					framework: 'ssdf',
					entries: [
						{ id: 'PO.1.1', codes: [1] },
						{ id: 'PO.1.2', codes: [1, 2] },
						{ id: 'PO.1.3', codes: [3] },
					],
				},
				{ framework: 'slsa', entries: [] },
			],
			values
		);
		expect(coverageMarkdown(coverages).slice(4)).toEqual([
			'| Framework | IDs cited | Met | Partly met | Not met | Not assessed |',
			'| :-- | --: | --: | --: | --: | --: |',
			'| NIST SSDF | 3 | 1 (33 %) | 1 (33 %) | 0 (0 %) | 1 (33 %) |',
			'| SLSA | 0 | 0 | 0 | 0 | 0 |',
			'',
		]);
	});
});
