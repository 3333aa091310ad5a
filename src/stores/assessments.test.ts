// @vitest-environment happy-dom
import { localToday } from '../lib/evidence/review';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

const KEY = 'trustline:assessments';

async function freshStore() {
	vi.resetModules();
	return import('./assessments');
}

describe('assessment store', () => {
	beforeEach(() => localStorage.clear());
	afterEach(() => localStorage.clear());

	test('creates an assessment on the first answer and saves it', async () => {
		const s = await freshStore();
		const stop = s.$activeAssessment.listen(() => {});

		s.setAnswer(5, 2, 1);

		const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
		expect(saved.schema).toBe(2);
		expect(saved.assessments[0].answers).toEqual({ '5': { value: 2, checkedOn: localToday() } });
		expect(s.$activeAssessment.get()?.name).toBe('My assessment');
		stop();
	});

	test('moves an assessment started on an earlier bank version up with its first change', async () => {
		localStorage.setItem(
			KEY,
			JSON.stringify({
				schema: 2,
				activeId: 'a',
				assessments: [
					{
						id: 'a',
						name: 'Old team',
						createdAt: '2026-11-01T00:00:00.000Z',
						updatedAt: '2026-11-01T00:00:00.000Z',
						bankVersion: 1,
						targets: { developer: 2, platform: 2, application: 2 },
						answers: { '5': { value: 1 } },
					},
				],
			})
		);
		const s = await freshStore();
		const stop = s.$activeAssessment.listen(() => {});
		expect(s.$activeAssessment.get()?.bankVersion).toBe(1);

		s.setAnswer(130, 2, 2);

		const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
		expect(saved.assessments[0].bankVersion).toBe(2);
		expect(saved.assessments[0].answers).toEqual({
			'5': { value: 1 },
			'130': { value: 2, checkedOn: localToday() },
		});
		stop();
	});

	test('keeps unreadable data under a backup key and starts empty', async () => {
		localStorage.setItem(KEY, '{"schema":2,');
		const s = await freshStore();

		expect(s.$activeAssessment.get()).toBeNull();
		const problem = s.$storageProblem.get();
		expect(problem?.problem).toContain('not valid JSON');
		expect(localStorage.getItem(problem?.backupKey ?? '')).toBe('{"schema":2,');

		s.setAnswer(1, 3, 1);
		expect(localStorage.getItem(problem?.backupKey ?? '')).toBe('{"schema":2,');
	});

	test('deletes and undoes a delete in place', async () => {
		const s = await freshStore();
		const first = s.createAssessment('A', 1);
		s.createAssessment('B', 1);
		s.switchAssessment(first);

		s.deleteAssessment(first);
		expect(s.$assessments.get().map((a) => a.name)).toEqual(['B']);
		s.undoDelete();

		expect(s.$assessments.get().map((a) => a.name)).toEqual(['A', 'B']);
		expect(s.$activeAssessment.get()?.name).toBe('A');
	});

	test('reports a refused save instead of throwing', async () => {
		const s = await freshStore();
		const full = new Proxy(
			{},
			{
				set() {
					throw new DOMException('full', 'QuotaExceededError');
				},
			}
		);
		setPersistentEngine(full, windowPersistentEvents);

		expect(() => s.setAnswer(1, 1, 1)).not.toThrow();
		expect(s.$saveError.get()).toContain('refused to save');
		setPersistentEngine(localStorage, windowPersistentEvents);
	});
});
