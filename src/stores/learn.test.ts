// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

const KEY = 'trustline:learn';
const QUESTIONS = ['q-a', 'q-b', 'q-c'].map((id) => ({
	id,
	options: [{ correct: true }, { correct: false }, { correct: false }],
}));

async function freshStore() {
	vi.resetModules();
	return import('./learn');
}

describe('learn store', () => {
	beforeEach(() => localStorage.clear());
	afterEach(() => {
		setPersistentEngine(localStorage, windowPersistentEvents);
		localStorage.clear();
	});

	test('saves answers under its key with the schema version', async () => {
		const s = await freshStore();
		const stop = s.$learn.listen(() => {});

		s.answerQuestion('developer', QUESTIONS, 'q-a', 0);

		const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
		expect(saved.schema).toBe(1);
		expect(saved.modules.developer.attempt.answers).toEqual({ 'q-a': 0 });
		stop();
	});

	test('records a pass when the last question is answered, and survives a reload', async () => {
		const s = await freshStore();
		for (const q of QUESTIONS) s.answerQuestion('developer', QUESTIONS, q.id, 0);
		expect(s.$learn.get()?.modules['developer']?.passed).toMatchObject({ correct: 3, total: 3 });

		const reloaded = await freshStore();
		expect(reloaded.$learn.get()?.modules['developer']?.passed).toMatchObject({
			correct: 3,
			total: 3,
		});
	});

	test('starts a retry with the given seed', async () => {
		const s = await freshStore();
		s.answerQuestion('developer', QUESTIONS, 'q-a', 1);
		s.retryModule('developer', 42);
		expect(s.$learn.get()?.modules['developer']?.attempt).toEqual({ seed: 42, answers: {} });
	});

	test('keeps unreadable data under a backup key, tells the page and starts empty', async () => {
		localStorage.setItem(KEY, '{"schema":1,');
		const s = await freshStore();

		expect(s.$learn.get()).toBeNull();
		const problem = s.$learnProblem.get();
		expect(problem?.problem).toContain('not valid JSON');
		expect(problem?.backupKey).toMatch(/^trustline:backup:learn-/);
		expect(localStorage.getItem(problem?.backupKey ?? '')).toBe('{"schema":1,');

		s.finishTour('developer');
		expect(localStorage.getItem(problem?.backupKey ?? '')).toBe('{"schema":1,');
		expect(JSON.parse(localStorage.getItem(KEY) ?? 'null').modules.developer.tourDone).toBe(true);
	});

	test('keeps the readable modules and backs up the whole text when some are damaged', async () => {
		const raw = JSON.stringify({
			schema: 1,
			modules: { developer: { tourDone: true }, platform: { attempts: -1 } },
		});
		localStorage.setItem(KEY, raw);
		const s = await freshStore();

		expect(Object.keys(s.$learn.get()?.modules ?? {})).toEqual(['developer']);
		const problem = s.$learnProblem.get();
		expect(problem?.problem).toContain('platform');
		expect(localStorage.getItem(problem?.backupKey ?? '')).toBe(raw);
	});

	test('reports a newer format instead of overwriting it silently', async () => {
		localStorage.setItem(KEY, '{"schema":7,"modules":{}}');
		const s = await freshStore();
		expect(s.$learnProblem.get()?.problem).toContain('newer Trustline');
	});

	test('reports a refused save, keeps the progress in memory and never throws', async () => {
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

		expect(() => s.answerQuestion('developer', QUESTIONS, 'q-a', 0)).not.toThrow();
		expect(s.$learnSaveError.get()).toContain('refused to save');
		expect(s.$learn.get()?.modules['developer']?.attempt?.answers).toEqual({ 'q-a': 0 });

		s.answerQuestion('developer', QUESTIONS, 'q-b', 0);
		expect(s.$learn.get()?.modules['developer']?.attempt?.answers).toEqual({ 'q-a': 0, 'q-b': 0 });
	});

	test('forgets all progress on request', async () => {
		const s = await freshStore();
		s.finishTour('developer');
		s.clearLearnProgress();
		expect(s.$learn.get()).toBeNull();
		expect(localStorage.getItem(KEY)).toBeNull();
	});
});
