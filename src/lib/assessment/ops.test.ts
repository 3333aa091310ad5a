import { describe, expect, test } from 'vitest';
import {
	createAssessment,
	duplicateAssessment,
	uniqueName,
	withAnswer,
	withName,
	withTarget,
	withText,
} from './ops';
import { cleanAnswers, parseAssessment } from './validate';
import { cleanName, cleanNote } from '../text';

const t0 = new Date('2026-11-26T10:00:00.000Z');
const t1 = new Date('2026-11-26T11:00:00.000Z');
const base = createAssessment('Team A', 1, t0, 'a1');

describe('assessment operations', () => {
	test('creates an empty assessment with Advanced targets', () => {
		expect(base).toEqual({
			id: 'a1',
			name: 'Team A',
			createdAt: '2026-11-26T10:00:00.000Z',
			updatedAt: '2026-11-26T10:00:00.000Z',
			bankVersion: 1,
			targets: { developer: 2, platform: 2, application: 2 },
			answers: {},
		});
	});

	test('sets, changes and clears an answer, keeping its note', () => {
		const answered = withText(withAnswer(base, 7, 'na', t1), 7, 'naReason', 'no pipelines', t1);
		const noted = withText(answered, 7, 'note', 'see wiki', t1);
		const changed = withAnswer(noted, 7, 2, t1);

		expect(noted.answers['7']).toEqual({ value: 'na', naReason: 'no pipelines', note: 'see wiki' });
		expect(changed.answers['7']).toEqual({ value: 2, note: 'see wiki' });
		expect(withAnswer(changed, 7, null, t1).answers).toEqual({});
		expect(changed.updatedAt).toBe('2026-11-26T11:00:00.000Z');
	});

	test('ignores a note for an unanswered control', () => {
		expect(withText(base, 9, 'note', 'x', t1)).toBe(base);
	});

	test('renames only to a non-empty name and sets targets', () => {
		expect(withName(base, '   ', t1).name).toBe('Team A');
		expect(withName(base, ' Team B ', t1).name).toBe('Team B');
		expect(withTarget(base, 'platform', 3, t1).targets.platform).toBe(3);
	});

	test('duplicates with a fresh id and a name not yet taken', () => {
		const copy = duplicateAssessment(
			withAnswer(base, 1, 3, t1),
			['Team A', 'Team A (copy)'],
			t1,
			'b2'
		);

		expect(copy.id).toBe('b2');
		expect(copy.name).toBe('Team A (copy) (2)');
		expect(copy.answers).toEqual({ '1': { value: 3 } });
	});

	test('returns a name unchanged when free', () => {
		expect(uniqueName('X', ['Y'])).toBe('X');
	});
});

describe('validation', () => {
	test('strips control and bidirectional-override characters and limits length', () => {
		// Validation cleans with the one text cleaner, so a bidi override is dropped here as in links.
		expect(cleanName('a\u0000b\u202e')).toBe('ab');
		expect(cleanName('x'.repeat(100))).toHaveLength(80);
		expect(cleanNote('line\nbreak')).toBe('line\nbreak');
		expect(cleanName(42)).toBe('');
	});

	test('keeps only valid answers', () => {
		expect(
			cleanAnswers({
				'1': { value: 3 },
				'2': { value: 4 },
				x: { value: 1 },
				'3': { value: 'unknown', naReason: 'no' },
				'4': 'na',
			})
		).toEqual({ '1': { value: 3 }, '3': { value: 'unknown' } });
	});

	test('explains why an assessment is invalid', () => {
		expect(parseAssessment({ ...base, bankVersion: 0 })).toEqual({
			ok: false,
			problem: '"Team A" has no valid question-bank version',
		});
		expect(parseAssessment('x')).toEqual({ ok: false, problem: 'it is not an object' });
		expect(parseAssessment(base)).toEqual({ ok: true, assessment: base });
	});
});
