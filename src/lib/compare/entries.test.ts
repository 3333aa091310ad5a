import { describe, expect, test } from 'vitest';
import { realBank } from '../../test/content';
import { encodeResult } from '../share/codec';
import { fullResult, resultOf } from './fixtures';
import { encodeComparison, MAX_COMPARED } from './link';
import { readLinks, resultKey, withinLimit, withoutDuplicates } from './entries';

const bank = realBank();
const first = bank.controls[0]!.code;
const alpha = fullResult(bank, 'Alpha', (i) => (i % 4) as 0 | 1 | 2 | 3);
const bravo = resultOf(bank, 'Bravo', { [first]: 'unknown' });

describe('readLinks', () => {
	test('reads every good line and reports each bad one with its line and reason', async () => {
		const a = await encodeResult(alpha, bank);
		const b = await encodeResult(bravo, bank);
		const text = [
			`https://trustline.example/results/#${a}`,
			'',
			`  #${b}  `,
			`https://trustline.example/results/#${a.slice(0, -6)}`,
			'hello world',
		].join('\n');
		const outcome = await readLinks(text, bank);
		expect(outcome.loaded).toEqual([
			{ result: alpha, source: 'link' },
			{ result: bravo, source: 'link' },
		]);
		expect(outcome.problems.map((p) => p.where)).toEqual(['Line 4', 'Line 5']);
		expect(outcome.problems[0]?.message).toMatch(/incomplete|damaged/);
		expect(outcome.problems[0]?.excerpt.length).toBeLessThanOrEqual(60);
		expect(outcome.problems[1]?.message).toContain('not a Trustline results link');
	});

	test('expands a comparison link into its results', async () => {
		const c = await encodeComparison(
			[alpha, bravo].map((result) => ({ label: result.name, result })),
			bank
		);
		const outcome = await readLinks(`https://trustline.example/compare/#${c}\n#c.broken`, bank);
		expect(outcome.loaded.map((l) => [l.result.name, l.source])).toEqual([
			['Alpha', 'comparison'],
			['Bravo', 'comparison'],
		]);
		expect(outcome.problems).toHaveLength(1);
		expect(outcome.problems[0]?.message).toContain('comparison link');
	});

	test('reads nothing from blank text', async () => {
		expect(await readLinks(' \n\n\t', bank)).toEqual({ loaded: [], problems: [] });
	});
});

describe('withinLimit', () => {
	test('keeps what fits and reports how many were left out', () => {
		const loaded = Array.from({ length: 5 }, () => ({ result: bravo, source: 'link' as const }));
		const outcome = withinLimit({ loaded, problems: [] }, 3);
		expect(outcome.loaded).toHaveLength(3);
		expect(outcome.problems[0]?.message).toBe(
			`A comparison holds at most ${MAX_COMPARED} results, so 2 were left out.`
		);
		expect(withinLimit({ loaded, problems: [] }, 9).loaded).toHaveLength(5);
	});
});

describe('withoutDuplicates', () => {
	test('leaves out results already compared or read twice, and names them', async () => {
		const a = await encodeResult(alpha, bank);
		const read = await readLinks([a, `https://trustline.example/results/#${a}`].join('\n'), bank);
		expect(read.loaded).toHaveLength(2);

		const once = withoutDuplicates(read, []);
		expect(once.outcome.loaded).toEqual([{ result: alpha, source: 'link' }]);
		expect(once.duplicates).toEqual(['Alpha']);

		const again = withoutDuplicates(read, [alpha, bravo]);
		expect(again.outcome.loaded).toEqual([]);
		expect(again.duplicates).toEqual(['Alpha', 'Alpha']);
	});

	test('keeps results that differ only by name, date, target or one answer', () => {
		const variants = [
			{ ...bravo, name: 'Bravo 2' },
			{ ...bravo, date: '2026-11-21' },
			{ ...bravo, targets: { ...bravo.targets, platform: 3 as const } },
			resultOf(bank, 'Bravo', { [first]: 0 }),
		];
		const loaded = variants.map((result) => ({ result, source: 'link' as const }));
		const outcome = withoutDuplicates({ loaded, problems: [] }, [bravo]);
		expect(outcome.outcome.loaded).toHaveLength(4);
		expect(outcome.duplicates).toEqual([]);
	});

	test('returns the same key whatever order the answers and targets were written in', () => {
		const reordered = {
			...alpha,
			targets: { application: 2 as const, platform: 2 as const, developer: 2 as const },
			answers: Object.fromEntries(Object.entries(alpha.answers).reverse()),
		};
		expect(resultKey(reordered)).toBe(resultKey(alpha));
		// Notes are not part of a result's identity: links without them are the same result.
		const noted = {
			...bravo,
			answers: { [first]: { value: 'unknown' as const, note: 'ask ops' } },
		};
		expect(resultKey(noted)).toBe(resultKey(bravo));
	});
});
