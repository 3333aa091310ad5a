// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import type { AnswerValue } from '../../lib/model';
import FrameworkCoverage from './FrameworkCoverage';

afterEach(cleanup);

// The hand-computed example of src/lib/frameworks/coverage.test.ts.
const CROSSWALK = [
	{
		framework: 'ssdf' as const,
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
	{ framework: 'slsa' as const, entries: [] },
];
const VALUES = new Map<number, AnswerValue>([
	[1, 3],
	[2, 2],
	[3, 1],
	[4, 'unknown'],
	[5, 'na'],
	[7, 0],
]);

describe('FrameworkCoverage', () => {
	test('shows a table per framework with counts and percents per status', () => {
		render(<FrameworkCoverage crosswalk={CROSSWALK} values={VALUES} />);
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

	test('links each ID to its row on the crosswalk page', () => {
		render(<FrameworkCoverage crosswalk={CROSSWALK} values={VALUES} />);
		expect(screen.getByRole('link', { name: 'H' }).getAttribute('href')).toBe(
			'/frameworks/ssdf/#id-h'
		);
	});
});
