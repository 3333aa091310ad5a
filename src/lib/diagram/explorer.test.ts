import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { realBank, loadContent } from '../../test/content';
import { loadDiagrams } from '../../test/diagrams';
import { scoreAssessment } from '../scoring';
import { answerValueArb, targetsArb } from '../scoring/fixtures';
import { assessmentToShared, decodeResult, encodeResult } from '../share';
import type { Answers } from '../model';
import {
	bankFromExplorer,
	explorerData,
	explorerDetails,
	threatCoverages,
	visibleThreats,
} from './explorer';
import { layoutDiagram } from './layout';

const bank = realBank();
const attackPaths = new Map(loadContent().threats.map((t) => [t.id, t.data.attackPath]));
const diagrams = loadDiagrams();
const dataOf = (id: string) => explorerData(id, layoutDiagram(diagrams.get(id)!), bank);

describe('explorerData', () => {
	const data = dataOf('developer');

	test('returns the diagram’s threats in marker order with their steps and mitigating controls', () => {
		expect(data.threats.map((t) => t.n)).toEqual(data.threats.map((_, i) => i + 1));
		const details = explorerDetails(data.threats, bank, attackPaths);
		for (const threat of data.threats) {
			expect(details.steps[threat.id]).toEqual(attackPaths.get(threat.id));
			expect(threat.controls).toEqual(
				bank.controls.filter((c) => c.mitigates.includes(threat.id)).map((c) => c.code)
			);
			for (const id of threat.on) expect(data.shapes[id], `${threat.id} on ${id}`).toBeTruthy();
		}
	});

	test('details hold only the controls its threats need; the data holds every code of the bank', () => {
		const needed = new Set(data.threats.flatMap((t) => t.controls));
		const { controls } = explorerDetails(data.threats, bank, attackPaths);
		for (const c of controls)
			expect(c.title).toBe(bank.controls.find((b) => b.code === c.code)?.title);
		expect(controls.map((c) => c.code).sort((a, b) => a - b)).toEqual(
			[...needed].sort((a, b) => a - b)
		);
		expect(data.bank.codes).toEqual(bank.controls.map((c) => c.code));
	});

	test('returns props of a bounded size for the largest diagram', () => {
		// About 42 kB of JSON for 34 threats, two thirds of it their attack paths (the panel shows
		// them without a round trip). A jump here means something big slipped into the props.
		expect(JSON.stringify(dataOf('overview')).length).toBeLessThan(50_000);
	});
});

describe('bankFromExplorer and threatCoverages', () => {
	test.each([...diagrams.keys()])(
		'return the scoring engine’s threat coverage of the full bank on %s',
		(id) => {
			const data = dataOf(id);
			const slim = bankFromExplorer(data);
			const codes = bank.controls.map((c) => c.code);
			fc.assert(
				fc.property(
					fc.array(fc.option(answerValueArb), { minLength: codes.length, maxLength: codes.length }),
					targetsArb,
					(values, targets) => {
						const answers: Answers = {};
						values.forEach((value, i) => {
							if (value !== null) answers[String(codes[i])] = { value };
						});
						const full = scoreAssessment(bank, answers, targets).threats;
						const shown = threatCoverages(slim, answers);
						expect([...shown.keys()].sort()).toEqual(data.threats.map((t) => t.id).sort());
						for (const expected of full.filter((t) => shown.has(t.threat.id))) {
							const t = shown.get(expected.threat.id)!;
							expect(t.status).toBe(expected.status);
							expect(t.coverage).toBe(expected.coverage);
							expect(t.controls.map((c) => [c.code, c.value])).toEqual(
								expected.controls.map((c) => [c.code, c.value])
							);
						}
					}
				),
				{ numRuns: 60 }
			);
		}
	);

	test('decodes a result link made with the full bank to the same result', async () => {
		const answers: Answers = {
			[String(bank.controls[0]!.code)]: { value: 2 },
			[String(bank.controls[5]!.code)]: { value: 'na' },
		};
		const shared = assessmentToShared(
			{
				id: 'x',
				name: 'Payments team',
				createdAt: '2026-01-02T10:00:00Z',
				updatedAt: '2026-01-03T10:00:00Z',
				bankVersion: bank.version,
				targets: { developer: 2, platform: 3, application: 1 },
				answers,
			},
			false
		);
		const fragment = await encodeResult(shared, bank);
		const outcome = await decodeResult(fragment, bankFromExplorer(dataOf('overview')));
		expect(outcome).toEqual({ ok: true, result: shared, warnings: [] });
	});
});

describe('visibleThreats', () => {
	const threats = [
		{ id: 'a', environment: 'developer' as const },
		{ id: 'b', environment: 'platform' as const },
		{ id: 'c', environment: 'platform' as const },
	];
	const statusOf = (id: string) => (id === 'c' ? 'exposed' : 'not-assessed');

	test.each([
		[{ environment: null, status: null }, ['a', 'b', 'c']],
		[{ environment: 'platform', status: null }, ['b', 'c']],
		[{ environment: null, status: 'exposed' }, ['c']],
		[{ environment: 'developer', status: 'exposed' }, []],
	] as const)('with %o returns %o', (filter, ids) => {
		expect(visibleThreats(threats, statusOf, filter).map((t) => t.id)).toEqual(ids);
	});
});
