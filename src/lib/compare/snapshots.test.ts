import { describe, expect, test } from 'vitest';
import type { Assessment, BankModel } from '../model';
import { bankOf, control } from '../scoring/fixtures';
import { CODES_66, fakeBank } from '../share/fixtures';
import { createAssessment } from '../assessment/ops';
import {
	diffSnapshots,
	makeSnapshot,
	MAX_SNAPSHOTS,
	readSnapshots,
	withSnapshot,
	type AnswerSet,
	type Snapshot,
} from './snapshots';
import { TARGETS } from './fixtures';

const BANK: BankModel = bankOf([
	control(1, 'developer', 2),
	control(2, 'developer', 2),
	control(3, 'developer', 2),
	control(4, 'developer', 2),
	control(5, 'platform', 2),
	control(6, 'platform', 2),
	control(7, 'application', 2),
	control(8, 'application', 2),
]);

const NOW = new Date('2026-11-26T10:00:00.000Z');

function assessment(answers: Assessment['answers'], name = 'Payments'): Assessment {
	return { ...createAssessment(name, 1, NOW, 'a1'), answers };
}

function set(
	values: Record<number, AnswerSet['answers'][string]['value']>,
	version = 1
): AnswerSet {
	const answers: AnswerSet['answers'] = {};
	for (const [code, value] of Object.entries(values)) answers[code] = { value };
	return { bankVersion: version, targets: { ...TARGETS }, answers };
}

describe('makeSnapshot', () => {
	test('returns the answers and targets of the assessment, without notes', () => {
		const snapshot = makeSnapshot(
			assessment({ '1': { value: 2, note: 'secret' }, '2': { value: 'na', naReason: 'none' } }),
			'manual',
			NOW,
			'snap1'
		);
		expect(snapshot).toEqual({
			id: 'snap1',
			assessmentId: 'a1',
			name: 'Payments',
			takenAt: '2026-11-26T10:00:00.000Z',
			reason: 'manual',
			bankVersion: 1,
			targets: TARGETS,
			answers: { '1': { value: 2 }, '2': { value: 'na' } },
		});
	});
});

describe('withSnapshot', () => {
	test('keeps snapshots in time order and drops the oldest beyond the limit', () => {
		const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000);
		let list: Snapshot[] = [];
		for (let i = MAX_SNAPSHOTS + 1; i >= 0; i--)
			list = withSnapshot(list, makeSnapshot(assessment({}), 'manual', at(i), `s${i}`));
		expect(list).toHaveLength(MAX_SNAPSHOTS);
		expect(list[0]?.id).toBe('s2');
		expect(list.at(-1)?.id).toBe(`s${MAX_SNAPSHOTS + 1}`);
	});
});

describe('readSnapshots', () => {
	const good = makeSnapshot(assessment({ '1': { value: 3 } }), 'shared', NOW, 'good');

	test.each([null, undefined, ''])('returns empty for %j', (raw) => {
		expect(readSnapshots(raw).status).toBe('empty');
	});

	test.each([
		['{"schema":1,', 'not valid JSON'],
		['[1,2]', 'not an object'],
		['{"schema":2,"snapshots":[]}', 'newer Trustline'],
		['{"snapshots":[]}', 'no known format'],
		['{"schema":1,"snapshots":{}}', 'list nothing'],
	])('reports %s as unreadable (%s)', (raw, problem) => {
		const outcome = readSnapshots(raw);
		expect(outcome.status).toBe('unreadable');
		expect(outcome.status === 'unreadable' && outcome.problem).toContain(problem);
	});

	test('returns what it wrote', () => {
		const outcome = readSnapshots(JSON.stringify({ schema: 1, snapshots: [good] }));
		expect(outcome).toEqual({ status: 'ok', state: { schema: 1, snapshots: [good] }, dropped: [] });
	});

	test('drops damaged and duplicate snapshots, lists them, and keeps the rest', () => {
		const raw = JSON.stringify({
			schema: 1,
			snapshots: [
				good,
				good,
				{ ...good, id: 'x', takenAt: 'yesterday' },
				{ ...good, id: 'y', bankVersion: 0 },
				{ ...good, id: '<script>' },
				'text',
				{
					...good,
					id: 'z',
					answers: { '1': { value: 9 }, '2': { value: 1, note: 'n' } },
					reason: 'odd',
				},
			],
		});
		const outcome = readSnapshots(raw);
		expect(outcome.status).toBe('ok');
		if (outcome.status !== 'ok') return;
		expect(outcome.state.snapshots.map((s) => s.id)).toEqual(['good', 'z']);
		expect(outcome.state.snapshots[1]).toMatchObject({
			reason: 'manual',
			answers: { '2': { value: 1 } },
		});
		expect(outcome.dropped).toHaveLength(5);
		expect(outcome.dropped.join(' ')).toContain('no valid date');
	});
});

describe('diffSnapshots', () => {
	test('sorts every changed control into one kind of change', () => {
		const diff = diffSnapshots(
			BANK,
			set({ 1: 1, 2: 3, 3: 2, 4: 'na', 5: 'unknown', 6: 2, 7: 1 }),
			set({ 1: 3, 2: 'unknown', 3: 'na', 4: 2, 5: 0, 7: 1, 8: 2 })
		);
		const codes = (list: { control: { code: number } }[]) => list.map((c) => c.control.code);
		expect(codes(diff.improved)).toEqual([1, 5]);
		expect(codes(diff.regressed)).toEqual([2]);
		expect(codes(diff.becameNa)).toEqual([3]);
		expect(codes(diff.nowCounted)).toEqual([4, 8]);
		expect(codes(diff.cleared)).toEqual([6]);
		expect(diff.unchanged).toBe(1);
		expect(diff.improved[0]).toMatchObject({ from: 1, to: 3 });
		expect(diff).toMatchObject({ mixedVersions: false, added: [], retired: [] });
	});

	test('returns the score change per environment and overall', () => {
		const diff = diffSnapshots(BANK, set({ 1: 0, 2: 0, 5: 3 }), set({ 1: 3, 2: 3, 5: 3, 7: 1 }));
		expect(diff.scores.map((s) => [s.environment, s.before, s.after, s.change])).toEqual([
			['developer', 0, 100, 100],
			['platform', 100, 100, 0],
			['application', null, 33, null],
			['overall', 50, 78, 28],
		]);
		expect(diff.scores[0]).toMatchObject({ beforeStage: 0, afterStage: 3 });
	});

	test('reports no change between equal snapshots', () => {
		const same = set({ 1: 2, 5: 'na' });
		const diff = diffSnapshots(BANK, same, same);
		expect(diff.unchanged).toBe(BANK.controls.length);
		expect(
			[diff.improved, diff.regressed, diff.becameNa, diff.nowCounted, diff.cleared].flat()
		).toEqual([]);
	});

	test('compares snapshots from different bank versions on their shared controls only', () => {
		const bank = fakeBank(2, CODES_66, [{ version: 1, codes: [...CODES_66.slice(0, 60), 7] }]);
		const added = CODES_66.slice(60);
		const diff = diffSnapshots(bank, set({ 101: 0, 7: 3 }, 1), set({ 101: 2, [added[0]!]: 3 }, 2));
		expect(diff.mixedVersions).toBe(true);
		expect(diff.sharedCodes).toHaveLength(60);
		expect(diff.added.map((c) => c.code)).toEqual(added);
		expect(diff.retired).toEqual([7]);
		expect(diff.improved.map((c) => c.control.code)).toEqual([101]);
		// A control the newer bank added is "added", never "now answered".
		expect(diff.nowCounted).toEqual([]);
		expect(diff.unchanged).toBe(59);
	});

	test('reads an answer value outside the model as unanswered', () => {
		const odd = set({ 1: 2 });
		(odd.answers['1'] as { value: unknown }).value = 'high';
		const diff = diffSnapshots(BANK, odd, set({ 1: 2 }));
		expect(diff.nowCounted.map((c) => c.control.code)).toEqual([1]);
	});
});
