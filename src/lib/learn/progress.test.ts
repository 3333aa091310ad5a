import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { seedFromText } from '../quiz';
import {
	currentAttempt,
	emptyProgress,
	LEARN_SCHEMA,
	moduleState,
	pathState,
	readProgress,
	withAnswer,
	withRetry,
	withTourDone,
	type LearnProgress,
} from './progress';

/** Four questions whose correct option is index 1. */
const QUESTIONS = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
	id: `q-${id}`,
	options: [{ correct: false }, { correct: true }, { correct: false }],
}));
const NOW = new Date('2026-03-02T10:00:00Z');
const LATER = new Date('2026-03-05T10:00:00Z');

/** Answers every question of the module, the first `right` correctly. */
function finish(progress: LearnProgress | null, right: number, now = NOW, moduleId = 'developer') {
	return QUESTIONS.reduce<LearnProgress | null>(
		(p, q, i) => withAnswer(p, moduleId, QUESTIONS, q.id, i < right ? 1 : 0, now),
		progress
	);
}

describe('path progress operations', () => {
	test('starts the first attempt with a seed derived from the module id', () => {
		expect(currentAttempt(null, 'developer')).toEqual({
			seed: seedFromText('developer'),
			answers: {},
		});
	});

	test('records a checked answer in the current attempt', () => {
		const p = withAnswer(null, 'developer', QUESTIONS, 'q-a', 1, NOW);
		expect(p?.modules['developer']?.attempt?.answers).toEqual({ 'q-a': 1 });
		expect(moduleState(p, { id: 'developer', questions: QUESTIONS })).toMatchObject({
			status: 'in-progress',
			answered: 1,
			total: 5,
		});
	});

	test('keeps a checked answer: answering again changes nothing', () => {
		const p = withAnswer(null, 'developer', QUESTIONS, 'q-a', 1, NOW);
		expect(withAnswer(p, 'developer', QUESTIONS, 'q-a', 0, NOW)).toBe(p);
	});

	test('ignores unknown questions and invalid options', () => {
		const p = emptyProgress();
		expect(withAnswer(p, 'developer', QUESTIONS, 'q-zz', 1, NOW)).toBe(p);
		expect(withAnswer(p, 'developer', QUESTIONS, 'q-a', 3, NOW)).toBe(p);
		expect(withAnswer(p, 'developer', QUESTIONS, 'q-a', -1, NOW)).toBe(p);
	});

	test('records a passing attempt as the latest result and the pass', () => {
		const p = finish(null, 4);
		const saved = p?.modules['developer'];
		const result = { correct: 4, total: 5, at: NOW.toISOString() };
		expect(saved).toMatchObject({ attempts: 1, last: result, passed: result });
		expect(moduleState(p, { id: 'developer', questions: QUESTIONS }).status).toBe('passed');
	});

	test('records a failing attempt without a pass', () => {
		const p = finish(null, 3);
		expect(p?.modules['developer']).toMatchObject({ attempts: 1, passed: null });
		expect(moduleState(p, { id: 'developer', questions: QUESTIONS }).status).toBe('not-passed');
	});

	test('starts a retry with a new seed and no answers, keeping the results', () => {
		const p = withRetry(finish(null, 3), 'developer', 77);
		expect(p.modules['developer']).toMatchObject({
			attempt: { seed: 77, answers: {} },
			attempts: 1,
		});
		expect(moduleState(p, { id: 'developer', questions: QUESTIONS }).status).toBe('not-passed');
	});

	test('keeps the pass when a later attempt fails', () => {
		const passed = finish(null, 5);
		const p = finish(withRetry(passed, 'developer', 5), 2, LATER);
		expect(p?.modules['developer']?.passed).toEqual({
			correct: 5,
			total: 5,
			at: NOW.toISOString(),
		});
		expect(p?.modules['developer']?.last).toEqual({
			correct: 2,
			total: 5,
			at: LATER.toISOString(),
		});
		expect(p?.modules['developer']?.attempts).toBe(2);
	});

	test('replaces the pass only with a better score', () => {
		const first = finish(null, 4);
		const same = finish(withRetry(first, 'developer', 5), 4, LATER);
		expect(same?.modules['developer']?.passed?.at).toBe(NOW.toISOString());
		const better = finish(withRetry(first, 'developer', 6), 5, LATER);
		expect(better?.modules['developer']?.passed).toEqual({
			correct: 5,
			total: 5,
			at: LATER.toISOString(),
		});
	});

	test('marks the tour as seen once', () => {
		const p = withTourDone(null, 'developer');
		expect(p?.modules['developer']?.tourDone).toBe(true);
		expect(withTourDone(p, 'developer')).toBe(p);
		expect(moduleState(p, { id: 'developer', questions: QUESTIONS }).status).toBe('in-progress');
	});

	test('leaves other modules untouched', () => {
		const p = withAnswer(
			finish(null, 5, NOW, 'introduction'),
			'developer',
			QUESTIONS,
			'q-a',
			1,
			NOW
		);
		expect(p?.modules['introduction']?.passed?.correct).toBe(5);
		expect(p?.modules['developer']?.attempt?.answers).toEqual({ 'q-a': 1 });
	});

	test('counts only answers to questions the module still has', () => {
		const p = withAnswer(null, 'developer', QUESTIONS, 'q-a', 1, NOW);
		const fewer = QUESTIONS.slice(1);
		expect(moduleState(p, { id: 'developer', questions: fewer })).toMatchObject({
			answered: 0,
			total: 4,
		});
	});
});

describe('pathState', () => {
	const modules = ['introduction', 'developer', 'platform'].map((id) => ({
		id,
		questions: QUESTIONS,
	}));

	test('returns not started for every module without progress', () => {
		const state = pathState(null, modules);
		expect(state.modules.map((m) => m.status)).toEqual([
			'not-started',
			'not-started',
			'not-started',
		]);
		expect(state).toMatchObject({ passed: 0, total: 3, complete: false, next: 'introduction' });
	});

	test('returns the first module not passed as next', () => {
		const p = finish(null, 5, NOW, 'introduction');
		expect(pathState(p, modules)).toMatchObject({ passed: 1, next: 'developer', complete: false });
	});

	test('returns complete when every module passed', () => {
		let p: LearnProgress | null = null;
		for (const m of modules) p = finish(p, 4, NOW, m.id);
		expect(pathState(p, modules)).toMatchObject({ passed: 3, complete: true, next: null });
	});

	test('returns not complete for an empty path', () => {
		expect(pathState(null, []).complete).toBe(false);
	});
});

describe('readProgress', () => {
	const good = finish(withTourDone(null, 'introduction'), 4)!;

	test('reads back what the operations produce', () => {
		const outcome = readProgress(JSON.stringify(good));
		expect(outcome).toEqual({ status: 'ok', progress: good, dropped: [] });
	});

	test.each([null, undefined, ''])('returns empty for %j', (raw) => {
		expect(readProgress(raw).status).toBe('empty');
	});

	test.each([
		['not JSON', '{oops', 'not valid JSON'],
		['an array', '[]', 'not an object'],
		['no schema', '{"modules":{}}', 'no known format version'],
		['a newer schema', '{"schema":2,"modules":{}}', 'newer Trustline (format 2)'],
		['no modules', '{"schema":1}', 'lists no modules'],
		['only bad modules', '{"schema":1,"modules":{"x":5}}', 'none of the saved modules'],
	])('returns unreadable for %s', (_, raw, problem) => {
		const outcome = readProgress(raw);
		expect(outcome.status).toBe('unreadable');
		if (outcome.status === 'unreadable') expect(outcome.problem).toContain(problem);
	});

	test('drops damaged modules and keeps the rest', () => {
		const raw = JSON.stringify({
			...good,
			modules: {
				...good.modules,
				bad: { attempt: { seed: 1, answers: { 'q-a': 9 } } },
				'Not An Id': {},
				cheat: { passed: { correct: 1, total: 5, at: NOW.toISOString() } },
			},
		});
		const outcome = readProgress(raw);
		expect(outcome.status).toBe('ok');
		if (outcome.status !== 'ok') return;
		expect(Object.keys(outcome.progress.modules).sort()).toEqual(['developer', 'introduction']);
		expect(outcome.dropped).toHaveLength(3);
		expect(outcome.dropped.join(' ')).toContain('below the pass mark');
	});

	test('fills in missing optional fields', () => {
		const outcome = readProgress('{"schema":1,"modules":{"developer":{}}}');
		expect(outcome).toEqual({
			status: 'ok',
			progress: {
				schema: LEARN_SCHEMA,
				modules: {
					developer: { tourDone: false, attempt: null, attempts: 0, last: null, passed: null },
				},
			},
			dropped: [],
		});
	});

	test('normalises dates to ISO 8601', () => {
		const raw = JSON.stringify({
			schema: 1,
			modules: { developer: { last: { correct: 1, total: 2, at: '2026-03-02T11:00:00+01:00' } } },
		});
		const outcome = readProgress(raw);
		expect(outcome.status === 'ok' && outcome.progress.modules['developer']?.last?.at).toBe(
			'2026-03-02T10:00:00.000Z'
		);
	});

	test('ignores inherited keys such as __proto__ in module lists', () => {
		const outcome = readProgress('{"schema":1,"modules":{"__proto__":{"tourDone":true}}}');
		expect(outcome.status === 'ok' ? Object.keys(outcome.progress.modules) : []).toEqual([]);
	});

	test('never throws and returns only valid progress for any text', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((v) => JSON.stringify({ schema: 1, modules: { developer: v } })),
					fc.jsonValue().map((v) => JSON.stringify({ schema: 1, modules: v }))
				),
				(raw) => {
					const outcome = readProgress(raw);
					if (outcome.status === 'ok') {
						// What comes back reads back to itself: it is clean.
						expect(readProgress(JSON.stringify(outcome.progress))).toEqual({
							status: 'ok',
							progress: outcome.progress,
							dropped: [],
						});
					}
				}
			),
			{ numRuns: 5000 }
		);
	});
});
