// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAssessment } from '../lib/assessment/ops';

const KEY = 'trustline:snapshots';

async function freshStore() {
	vi.resetModules();
	return import('./snapshots');
}

const assessment = {
	...createAssessment('Payments', 1, new Date('2026-11-20T08:00:00.000Z'), 'a1'),
	answers: { '101': { value: 2 as const, note: 'not in snapshots' } },
};

describe('snapshot store', () => {
	beforeEach(() => localStorage.clear());
	afterEach(() => localStorage.clear());

	test('takes a snapshot and saves it', async () => {
		const s = await freshStore();
		const stop = s.$snapshots.listen(() => {});

		const taken = s.takeSnapshot(assessment, 'shared');

		const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
		expect(saved.schema).toBe(1);
		expect(saved.snapshots).toEqual([taken]);
		expect(taken).toMatchObject({
			assessmentId: 'a1',
			reason: 'shared',
			answers: { '101': { value: 2 } },
		});
		s.deleteSnapshot(taken!.id);
		expect(localStorage.getItem(KEY)).toBeNull();
		stop();
	});

	test('takes a snapshot of a saved assessment by its id', async () => {
		vi.resetModules();
		const saved = await import('./assessments');
		const s = await import('./snapshots');
		const id = saved.createAssessment('Payments', 1);
		saved.setAnswer(101, 3, 1);

		expect(s.takeSnapshot(id, 'shared')).toMatchObject({
			assessmentId: id,
			answers: { '101': { value: 3 } },
		});
		expect(s.takeSnapshot('no-such-id')).toBeNull();
		expect(s.$snapshots.get()).toHaveLength(1);
	});

	test('keeps unreadable data under a backup key, tells the user, and starts empty', async () => {
		localStorage.setItem(KEY, '{"schema":1,');
		const s = await freshStore();

		expect(s.$snapshots.get()).toEqual([]);
		const problem = s.$snapshotProblem.get();
		expect(problem?.problem).toContain('not valid JSON');
		expect(problem?.backupKey).toMatch(/^trustline:backup:/);
		expect(localStorage.getItem(problem?.backupKey ?? '')).toBe('{"schema":1,');

		s.takeSnapshot(assessment);
		expect(localStorage.getItem(problem?.backupKey ?? '')).toBe('{"schema":1,');
		expect(s.$snapshots.get()).toHaveLength(1);
	});

	test('loads the readable snapshots and reports the dropped ones', async () => {
		localStorage.setItem(
			KEY,
			JSON.stringify({
				schema: 1,
				snapshots: [
					{
						id: 's1',
						assessmentId: 'a1',
						name: 'P',
						takenAt: '2026-11-20T08:00:00.000Z',
						reason: 'manual',
						bankVersion: 1,
						targets: {},
						answers: {},
					},
					{ id: 's2' },
				],
			})
		);
		const s = await freshStore();
		expect(s.$snapshots.get().map((x) => x.id)).toEqual(['s1']);
		expect(s.$snapshotProblem.get()?.problem).toContain('some saved snapshots could not be read');
	});
});
