// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { localToday } from '../lib/evidence/review';

async function fresh() {
	vi.resetModules();
	const assessments = await import('./assessments');
	const review = await import('./review');
	const suggestions = await import('./suggestions');
	return { ...assessments, ...review, ...suggestions };
}

describe('review actions', () => {
	beforeEach(() => {
		localStorage.clear();
		setPersistentEngine(localStorage, windowPersistentEvents);
	});
	afterEach(() => vi.useRealTimers());

	test('confirms answers as still true and undoes it, leaving answers changed since alone', async () => {
		vi.useFakeTimers({ now: new Date(2026, 0, 10, 12), toFake: ['Date'] });
		const s = await fresh();
		const stop = s.$activeAssessment.listen(() => {});
		s.setAnswer(5, 2, 1);
		s.setAnswer(6, 1, 1);
		vi.setSystemTime(new Date(2026, 7, 1, 12));

		expect(s.confirmStillTrue([5, 6, 7])).toBe(2);
		expect(s.$activeAssessment.get()?.answers['5']?.checkedOn).toBe('2026-08-01');
		s.setAnswer(6, 3, 1);
		s.undoLastConfirm();

		const answers = s.$activeAssessment.get()?.answers;
		expect(answers?.['5']).toEqual({ value: 2, checkedOn: '2026-01-10' });
		expect(answers?.['6']).toEqual({ value: 3, checkedOn: '2026-08-01' });
		expect(s.$lastConfirm.get()).toBeNull();
		stop();
	});

	test('accepts a suggestion as the answer with its evidence, and a dismissed one stays away', async () => {
		const s = await fresh();
		const stop = s.$activeAssessment.listen(() => {});
		const evidence = { kind: 'text' as const, text: 'OpenSSF Scorecard on github.com/acme/api' };
		const suggestion = {
			level: 1 as const,
			repo: 'github.com/acme/api',
			date: '2026-11-28',
			check: 'Branch-Protection',
			score: 3,
			reason: 'branch protection not enabled',
			repositories: 1,
			evidence,
		};
		s.setAnswer(12, 3, 1);
		s.showSuggestions(
			[
				{ ...suggestion, code: 11 },
				{ ...suggestion, code: 12 },
			],
			1
		);
		// A suggestion never changes an answer until someone accepts it.
		expect(s.$activeAssessment.get()?.answers['12']?.value).toBe(3);

		s.acceptSuggestion(11, 1);
		s.dismissSuggestion(12);
		expect(s.$activeAssessment.get()?.answers['11']).toEqual({
			value: 1,
			checkedOn: localToday(),
			evidence: [evidence],
		});
		expect(s.$activeAssessment.get()?.answers['12']?.value).toBe(3);
		expect(s.$suggestions.get()).toEqual({});
		expect(s.showSuggestions([{ ...suggestion, code: 12 }], 1)).toBe(0);
		stop();
	});

	test('keeps waiting suggestions with their assessment after a reload, and accepts one then', async () => {
		const evidence = { kind: 'text' as const, text: 'OpenSSF Scorecard on github.com/acme/api' };
		const suggestion = {
			level: 2 as const,
			repo: 'github.com/acme/api',
			date: '2026-11-28',
			check: 'Code-Review',
			score: 8,
			reason: 'all changesets reviewed',
			repositories: 2,
			evidence,
		};
		let s = await fresh();
		let stop = s.$suggestions.listen(() => {});
		// Importing before any answer starts the assessment the suggestions belong to.
		expect(
			s.showSuggestions(
				[
					{ ...suggestion, code: 11 },
					{ ...suggestion, code: 14 },
				],
				2
			)
		).toBe(2);
		const first = s.$activeAssessment.get()!.id;
		s.dismissSuggestion(14);
		stop();

		// A reload: every module afresh, reading what was saved.
		s = await fresh();
		stop = s.$suggestions.listen(() => {});
		expect(s.$suggestions.get()).toEqual({ '11': { ...suggestion, code: 11 } });
		// Another assessment has suggestions of its own (none yet); the first keeps its own.
		s.createAssessment('Platform team', 2);
		expect(s.$suggestions.get()).toEqual({});
		s.switchAssessment(first);
		expect(Object.keys(s.$suggestions.get())).toEqual(['11']);

		s.acceptSuggestion(11, 2);
		expect(s.$activeAssessment.get()?.answers['11']).toMatchObject({
			value: 2,
			evidence: [evidence],
		});
		expect(s.$suggestions.get()).toEqual({});
		expect(localStorage.getItem('trustline:suggestions')).toBeNull();
		stop();
	});

	test('reads damaged saved suggestions with a clear message, keeping the good ones and every answer', async () => {
		let s = await fresh();
		let stop = s.$activeAssessment.listen(() => {});
		s.setAnswer(12, 3, 2);
		const id = s.$activeAssessment.get()!.id;
		stop();
		const good = {
			code: 11,
			level: 1,
			repo: 'github.com/acme/api',
			date: '2026-11-28',
			check: 'Branch-Protection',
			score: 3,
			reason: '',
			repositories: 1,
			evidence: { kind: 'text', text: 'OpenSSF Scorecard on github.com/acme/api' },
		};
		const bad = { ...good, code: 13, evidence: { kind: 'link', url: 'javascript:alert(1)' } };
		localStorage.setItem(
			'trustline:suggestions',
			JSON.stringify({
				schema: 1,
				byAssessment: { [id]: { '11': good, '13': bad, '15': { ...good, score: 11 } } },
			})
		);
		s = await fresh();
		stop = s.$suggestions.listen(() => {});
		expect(Object.keys(s.$suggestions.get())).toEqual(['11']);
		expect(s.$suggestionsProblem.get()?.problem).toBe('2 suggestions left out');
		expect(s.$activeAssessment.get()?.answers['12']?.value).toBe(3);
		stop();

		localStorage.setItem('trustline:suggestions', '{"schema": 1, "byAssessment": ');
		s = await fresh();
		stop = s.$suggestions.listen(() => {});
		expect(s.$suggestions.get()).toEqual({});
		expect(s.$suggestionsProblem.get()?.problem).toBe(
			'the saved Scorecard suggestions are not valid JSON'
		);
		expect(s.$activeAssessment.get()?.answers['12']?.value).toBe(3);
		stop();
	});
});
