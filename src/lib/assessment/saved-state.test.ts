import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readSavedState, SAVED_SCHEMA } from './saved-state';
import { parseAssessment } from './validate';
import { createAssessment } from './ops';

const now = new Date('2026-11-26T10:00:00.000Z');
const valid = createAssessment('Payments team', 1, now, 'abc123');

describe('readSavedState', () => {
	test('returns empty for nothing saved', () => {
		expect(readSavedState(null).status).toBe('empty');
		expect(readSavedState('').status).toBe('empty');
	});

	test('returns the saved assessments as they were', () => {
		const saved = {
			schema: SAVED_SCHEMA,
			activeId: 'abc123',
			assessments: [{ ...valid, answers: { '7': { value: 2, note: 'MFA on' } } }],
		};

		const outcome = readSavedState(JSON.stringify(saved));

		expect(outcome.status).toBe('ok');
		expect(outcome.state).toEqual(saved);
	});

	test('keeps evidence, checked-on days and the review interval, and loads data saved without them', () => {
		const dated = {
			...valid,
			reviewInterval: 3,
			answers: {
				'7': {
					value: 2,
					checkedOn: '2026-08-31',
					evidence: [{ kind: 'link', url: 'https://example.org/mfa' }],
				},
			},
		};
		const { reviewInterval: _, ...older } = {
			...valid,
			answers: { '7': { value: 2, note: 'MFA on' } },
		};
		const saved = { schema: SAVED_SCHEMA, activeId: 'abc123', assessments: [dated] };
		expect(readSavedState(JSON.stringify(saved)).state).toEqual(saved);
		const old = { schema: SAVED_SCHEMA, activeId: 'abc123', assessments: [older] };
		expect(readSavedState(JSON.stringify(old)).state).toEqual(old);
	});

	test('drops saved evidence a browser must not open, keeping the answer', () => {
		const saved = {
			schema: SAVED_SCHEMA,
			activeId: 'abc123',
			assessments: [
				{
					...valid,
					answers: {
						'7': {
							value: 2,
							evidence: [
								{ kind: 'link', url: 'javascript:alert(1)' },
								{ kind: 'text', text: 'Reviewed by the platform team' },
							],
						},
					},
				},
			],
		};
		const outcome = readSavedState(JSON.stringify(saved));
		expect(outcome.state?.assessments[0]?.answers['7']).toEqual({
			value: 2,
			evidence: [{ kind: 'text', text: 'Reviewed by the platform team' }],
		});
	});

	test.each([
		['{not json', 'not valid JSON'],
		['[1,2]', 'not an object'],
		['{"schema":99,"assessments":[]}', 'newer Trustline'],
		['{"schema":"x"}', 'no known format version'],
		['{"schema":2,"assessments":"nope"}', 'lists no assessments'],
		['{"schema":2,"assessments":[{"id":"x"}]}', 'none of the saved assessments'],
	])('reports %s as unreadable (%s)', (raw, problem) => {
		const outcome = readSavedState(raw);

		expect(outcome.status).toBe('unreadable');
		expect(outcome.status === 'unreadable' && outcome.problem).toContain(problem);
	});

	test('keeps the readable assessments and names the dropped ones', () => {
		const raw = JSON.stringify({
			schema: 2,
			activeId: 'gone',
			assessments: [valid, { name: 'Broken' }],
		});

		const outcome = readSavedState(raw);

		expect(outcome.status === 'ok' && outcome.dropped).toEqual(['"Broken" has no valid id']);
		expect(outcome.state?.activeId).toBe('abc123');
	});

	test('migrates the single-assessment format of version 1', () => {
		const raw = JSON.stringify({
			schema: 1,
			name: 'Old',
			bank: 1,
			answers: { '3': 2, '4': 'na', '5': 'bogus' },
			savedAt: '2026-01-02T03:04:05Z',
		});

		const outcome = readSavedState(raw);

		expect(outcome.status === 'ok' && outcome.migratedFrom).toBe(1);
		expect(outcome.state?.assessments[0]).toMatchObject({
			name: 'Old',
			updatedAt: '2026-01-02T03:04:05.000Z',
			answers: { '3': { value: 2 }, '4': { value: 'na' } },
		});
	});

	test('never throws and only ever returns valid assessments, whatever is stored', () => {
		const arbitraryJson = fc.jsonValue().map((v) => JSON.stringify(v));
		const nearlyValid = fc
			.record(
				{
					schema: fc.constantFrom(1, 2, 3, '2'),
					activeId: fc.string(),
					assessments: fc.array(
						fc.record(
							{
								id: fc.oneof(fc.constant('abc'), fc.string()),
								name: fc.string(),
								createdAt: fc.constantFrom('2026-01-01T00:00:00Z', 'yesterday'),
								updatedAt: fc.constantFrom('2026-01-01T00:00:00.000Z', ''),
								bankVersion: fc.oneof(fc.integer(), fc.constant(1)),
								targets: fc.anything(),
								answers: fc.dictionary(fc.string(), fc.anything()),
							},
							{ requiredKeys: [] }
						)
					),
				},
				{ requiredKeys: [] }
			)
			.map((v) => JSON.stringify(v));
		fc.assert(
			fc.property(fc.oneof(fc.string(), arbitraryJson, nearlyValid), (raw) => {
				const outcome = readSavedState(raw);
				if (outcome.status === 'ok') {
					expect(outcome.state.assessments.length).toBeGreaterThan(0);
					for (const a of outcome.state.assessments) {
						const again = parseAssessment(JSON.parse(JSON.stringify(a)));
						expect(again.ok && again.assessment).toEqual(a);
					}
					expect(outcome.state.assessments.some((a) => a.id === outcome.state.activeId)).toBe(true);
				}
			}),
			{ numRuns: 3000 }
		);
	});
});
