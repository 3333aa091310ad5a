// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { realBank } from '../test/content';
import { encodeResult } from '../lib/share/codec';
import { encodeComparison } from '../lib/compare/link';
import { fullResult, resultOf } from '../lib/compare/fixtures';

const KEY = 'trustline:comparisons';
const bank = realBank();
const alpha = fullResult(bank, 'Alpha', (i) => (i % 4) as 0 | 1 | 2 | 3);
const bravo = resultOf(bank, 'Bravo', { [bank.controls[0]!.code]: 'unknown' });

async function freshStore() {
	vi.resetModules();
	return import('./compare');
}

describe('comparison store', () => {
	beforeEach(() => localStorage.clear());
	afterEach(() => localStorage.clear());

	test('ignores a result already compared and says so in the status', async () => {
		const s = await freshStore();
		const a = `https://trustline.example/results/#${await encodeResult(alpha, bank)}`;
		const b = `https://trustline.example/results/#${await encodeResult(bravo, bank)}`;

		expect(await s.addLinks(`${a}\n${a}`, bank)).toBe(1);
		expect(s.$entryStatus.get()).toBe(
			'1 result added. “Alpha” is already in the comparison and was ignored.'
		);
		s.renameColumn(s.$columns.get()[0]!.key, 'Alpha team');
		expect(await s.addLinks(`${b}\n${a}`, bank)).toBe(1);
		expect(s.$columns.get().map((c) => c.label)).toEqual(['Alpha team', 'Bravo']);
		expect(s.$entryStatus.get()).toBe(
			'1 result added. “Alpha” is already in the comparison and was ignored.'
		);
		expect(s.$entryProblems.get()).toEqual([]);
	});

	test('keeps the last comparison and resumes it with its names and sources', async () => {
		const s = await freshStore();
		const stop = s.$lastComparison.listen(() => {});
		await s.addLinks(`#${await encodeResult(alpha, bank)}`, bank);
		const columns = [
			{ ...s.$columns.get()[0]!, label: 'Alpha team' },
			{ key: 'x', label: 'Bravo', result: bravo, source: 'saved' as const },
		];
		const fragment = await encodeComparison(
			columns.map((c) => ({ label: c.label, result: c.result })),
			bank
		);
		s.keepComparison(fragment, columns);
		const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null');
		expect(stored).toMatchObject({
			schema: 1,
			last: { fragment, names: ['Alpha team', 'Bravo'], sources: ['link', 'saved'] },
			snapshots: [],
		});
		stop();

		// A new page (the user navigated away and back): nothing compared, the last one offered.
		const next = await freshStore();
		expect(next.$columns.get()).toEqual([]);
		expect(next.$lastComparison.get()?.names).toEqual(['Alpha team', 'Bravo']);
		await next.resumeLastComparison(bank);
		expect(next.$columns.get().map((c) => [c.label, c.source])).toEqual([
			['Alpha team', 'link'],
			['Bravo', 'saved'],
		]);
	});

	test('takes, adds back and deletes snapshots of a comparison', async () => {
		const s = await freshStore();
		const fragment = await encodeComparison(
			[alpha, bravo].map((result) => ({ label: result.name, result })),
			bank
		);
		const columns = [alpha, bravo].map((result, i) => ({
			key: `k${i}`,
			label: result.name,
			result,
			source: 'link' as const,
		}));
		const taken = s.takeComparisonSnapshot(fragment, columns);
		expect(s.$comparisonSnapshots.get()).toEqual([taken]);

		await s.addComparisonSnapshot(taken!, bank);
		expect(s.$columns.get().map((c) => [c.label, c.source])).toEqual([
			['Alpha', 'snapshot'],
			['Bravo', 'snapshot'],
		]);
		// Adding it again adds nothing: both results are already there.
		await s.addComparisonSnapshot(taken!, bank);
		expect(s.$columns.get()).toHaveLength(2);
		expect(s.$entryStatus.get()).toMatch(/^0 results added\. 2 results are already/);

		s.deleteComparisonSnapshot(taken!.id);
		expect(s.$comparisonSnapshots.get()).toEqual([]);
		expect(localStorage.getItem(KEY)).toBeNull();
	});

	test('keeps unreadable saved comparisons aside and reports them', async () => {
		localStorage.setItem(KEY, '{"schema":1,');
		const s = await freshStore();
		const stop = s.$lastComparison.listen(() => {});
		expect(s.$lastComparison.get()).toBeNull();
		expect(s.$keptProblem.get()?.problem).toMatch(/not valid JSON/);
		stop();
	});
});
