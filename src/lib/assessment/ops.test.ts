import { describe, expect, test } from 'vitest';
import {
	createAssessment,
	duplicateAssessment,
	uniqueName,
	withAnswer,
	withCheckedOn,
	withEvidence,
	withName,
	withReviewInterval,
	withTarget,
	withText,
} from './ops';
import { localToday } from '../evidence/review';
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
			reviewInterval: 6,
		});
	});

	test('sets, changes and clears an answer, keeping its note', () => {
		const answered = withText(withAnswer(base, 7, 'na', t1), 7, 'naReason', 'no pipelines', t1);
		const noted = withText(answered, 7, 'note', 'see wiki', t1);
		const changed = withAnswer(noted, 7, 2, t1);

		expect(noted.answers['7']).toEqual({
			value: 'na',
			naReason: 'no pipelines',
			note: 'see wiki',
			checkedOn: localToday(t1),
		});
		expect(changed.answers['7']).toEqual({ value: 2, note: 'see wiki', checkedOn: localToday(t1) });
		const cleared = withAnswer(changed, 7, null, t1);
		expect(cleared.answers).toEqual({});
		expect(cleared.pendingNotes).toEqual({ '7': 'see wiki' });
		expect(withAnswer(cleared, 7, 1, t1).answers['7']).toEqual({
			value: 1,
			note: 'see wiki',
			checkedOn: localToday(t1),
		});
		expect(changed.updatedAt).toBe('2026-11-26T11:00:00.000Z');
	});

	test('keeps a note written before the answer and moves it into the answer chosen later', () => {
		const noted = withText(base, 9, 'note', ' ask the platform team ', t1);
		expect(noted.answers).toEqual({});
		expect(noted.pendingNotes).toEqual({ '9': ' ask the platform team ' });
		const answered = withAnswer(noted, 9, 'unknown', t1);
		expect(answered.answers['9']).toEqual({
			value: 'unknown',
			note: ' ask the platform team ',
			checkedOn: localToday(t1),
		});
		expect(answered).not.toHaveProperty('pendingNotes');
		// Emptying a pending note removes it; the other fields still need an answer.
		expect(withText(noted, 9, 'note', '', t1)).not.toHaveProperty('pendingNotes');
		expect(withText(base, 9, 'naReason', 'x', t1)).toBe(base);
		expect(withText(base, 9, 'checker', 'Ann', t1)).toBe(base);
		expect(withText(base, 9, 'note', '', t1)).toBe(base);
	});

	test('keeps who will check only on a "Don\'t know" answer', () => {
		const unknown = withText(withAnswer(base, 4, 'unknown', t1), 4, 'checker', ' Ann \n Lee ', t1);
		expect(unknown.answers['4']).toEqual({
			value: 'unknown',
			checker: 'Ann   Lee',
			checkedOn: localToday(t1),
		});
		expect(withAnswer(unknown, 4, 2, t1).answers['4']).toEqual({
			value: 2,
			checkedOn: localToday(t1),
		});
		expect(parseAssessment(unknown)).toEqual({ ok: true, assessment: unknown });
		expect(cleanAnswers({ '4': { value: 1, checker: 'Ann' } })).toEqual({ '4': { value: 1 } });
	});

	test('reads pending notes back, dropping bad keys and empty texts', () => {
		const noted = withText(base, 9, 'note', 'later', t1);
		expect(parseAssessment(noted)).toEqual({ ok: true, assessment: noted });
		const parsed = parseAssessment({
			...base,
			pendingNotes: { '9': 'x', abc: 'y', '3': '', '0': 'z' },
		});
		expect(parsed.ok && parsed.assessment.pendingNotes).toEqual({ '9': 'x' });
	});

	test('dates an answer when it is given, and keeps its evidence when it changes', () => {
		const earlier = new Date(2026, 0, 31, 12);
		const given = withAnswer(base, 7, 1, earlier);
		expect(given.answers['7']?.checkedOn).toBe('2026-01-31');
		const proof = [{ kind: 'link' as const, url: 'https://example.org/' }];
		const withProof = withEvidence(given, 7, proof, earlier);
		const changed = withAnswer(withProof, 7, 2, new Date(2026, 6, 1, 12));
		expect(changed.answers['7']).toEqual({ value: 2, evidence: proof, checkedOn: '2026-07-01' });
		expect(withEvidence(changed, 7, [], t1).answers['7']).toEqual({
			value: 2,
			checkedOn: '2026-07-01',
		});
		expect(withEvidence(base, 9, proof, t1)).toBe(base);
		expect(withCheckedOn(changed, 7, '2026-05-05', t1).answers['7']?.checkedOn).toBe('2026-05-05');
		expect(withReviewInterval(base, 12, t1).reviewInterval).toBe(12);
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
		expect(copy.answers).toEqual({ '1': { value: 3, checkedOn: localToday(t1) } });
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

	test('keeps the repository as cleaned text and drops one that is not text, never the assessment', () => {
		expect(parseAssessment({ ...base, repository: 'contoso/payments' })).toEqual({
			ok: true,
			assessment: { ...base, repository: 'contoso/payments' },
		});
		// Line breaks and control characters go; whether it is owner/name the tracker panel checks.
		expect(parseAssessment({ ...base, repository: ' a/b\n$(x)\u0007 ' })).toEqual({
			ok: true,
			assessment: { ...base, repository: 'a/b $(x)' },
		});
		for (const bad of [42, null, '', '   ', { owner: 'a' }]) {
			expect(parseAssessment({ ...base, repository: bad })).toEqual({ ok: true, assessment: base });
		}
	});
});
