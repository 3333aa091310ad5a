// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import type { Answers, BankControl, BankModel } from '../../lib/model';
import FrameworkCoverage from './FrameworkCoverage';

afterEach(cleanup);

// The hand-computed example of src/lib/frameworks/coverage.test.ts.
const CROSSWALK = [
	{
		framework: 'ssdf' as const,
		name: 'NIST SSDF',
		slug: 'ssdf',
		entries: [
			{ id: 'A', codes: [2, 1] },
			{ id: 'B', codes: [1, 3] },
			{ id: 'C', codes: [3, 4] },
			{ id: 'D', codes: [5] },
			{ id: 'E', codes: [6] },
			{ id: 'F', codes: [2, 5] },
			{ id: 'H', codes: [4, 7] },
		],
	},
	{ framework: 'slsa' as const, name: 'SLSA', slug: 'slsa', entries: [] },
];
const ANSWERS: Answers = {
	'1': { value: 3 },
	'2': { value: 2 },
	'3': { value: 1 },
	'4': { value: 'unknown' },
	'5': { value: 'na', naReason: 'No such system' },
	'7': { value: 0 },
};
// readAnswers reads only the codes of the bank's controls.
const BANK = {
	controls: [1, 2, 3, 4, 5, 6, 7].map((code) => ({ code }) as BankControl),
} as BankModel;

describe('FrameworkCoverage', () => {
	test('shows a table per framework with counts and percents per status', () => {
		render(<FrameworkCoverage bank={BANK} frameworks={CROSSWALK} answers={ANSWERS} />);
		const table = screen.getByRole('table', { name: 'NIST SSDF: 7 IDs cited' });
		const rows = within(table)
			.getAllByRole('row')
			.slice(1)
			.map((row) =>
				within(row)
					.getAllByRole(/cell|rowheader/)
					.map((c) => c.textContent)
			);
		expect(rows).toEqual([
			['Met', '2', '29 %'],
			['Partly met', '1', '14 %'],
			['Not met', '2', '29 %'],
			['Not assessed', '2', '29 %'],
		]);
		expect(screen.getByRole('table', { name: 'SLSA: 0 IDs cited' })).toBeTruthy();
	});
});
