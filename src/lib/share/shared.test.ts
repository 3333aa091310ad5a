import { describe, expect, test } from 'vitest';
import type { Assessment } from '../model';
import { fakeBank } from './fixtures';
import {
	assessmentToShared,
	dateOfDay,
	dayNumber,
	LAST_DATE,
	normalizeShared,
	sharedVersion,
	validateShared,
	type SharedResult,
} from './shared';

const BANK = fakeBank(2, [1, 2, 3], [{ version: 1, codes: [1, 2, 9] }]);

const VALID: SharedResult = {
	bankVersion: 2,
	name: 'Payments',
	date: '2026-11-26',
	targets: { developer: 2, platform: 2, application: 2 },
	answers: {
		'1': { value: 0, note: 'Seen in review' },
		'2': { value: 'na', naReason: 'No builds' },
		'3': { value: 'unknown' },
	},
};

function assessment(overrides: Partial<Assessment> = {}): Assessment {
	return {
		id: 'a1',
		name: 'Payments',
		createdAt: '2026-01-02T10:00:00.000Z',
		updatedAt: '2026-11-26T23:30:00-05:00',
		bankVersion: 2,
		targets: { developer: 1, platform: 2, application: 3 },
		answers: {
			'1': { value: 2, note: 'Checked', naReason: 'ignored on a level' },
			'2': { value: 'na', naReason: 'No builds' },
		},
		...overrides,
	};
}

describe('dayNumber', () => {
	test.each([
		['2020-01-01', 0],
		['2020-03-01', 60],
		[LAST_DATE, 0xffff],
		['2019-12-31', undefined],
		['2021-02-29', undefined],
		['2026-1-5', undefined],
		['2026-11-26T00:00', undefined],
	])('returns the day number of %s as %s', (date, expected) => {
		expect(dayNumber(date)).toBe(expected);
	});

	test('returns the inverse of dateOfDay', () => {
		for (const day of [0, 1, 365, 2522, 40_000, 0xffff])
			expect(dayNumber(dateOfDay(day))).toBe(day);
	});
});

describe('validateShared', () => {
	test('accepts a canonical result, on the current or an earlier bank version', () => {
		expect(validateShared(VALID, BANK)).toBe(true);
		expect(validateShared({ ...VALID, bankVersion: 1, answers: { '9': { value: 1 } } }, BANK)).toBe(
			true
		);
	});

	test.each<[string, unknown]>([
		['a non-object', 'result'],
		['an extra key', { ...VALID, extra: 1 }],
		['an unknown bank version', { ...VALID, bankVersion: 3 }],
		['a name with a control character', { ...VALID, name: 'a\u0000b' }],
		['an untrimmed name', { ...VALID, name: ' a' }],
		['an impossible date', { ...VALID, date: '2026-02-30' }],
		['a missing target', { ...VALID, targets: { developer: 1, platform: 1 } }],
		['a target out of range', { ...VALID, targets: { ...VALID.targets, platform: 4 } }],
		['an answer for a code outside the version', { ...VALID, answers: { '9': { value: 1 } } }],
		['a non-canonical code key', { ...VALID, answers: { '01': { value: 1 } } }],
		['an invalid answer value', { ...VALID, answers: { '1': { value: 'yes' } } }],
		['an empty note', { ...VALID, answers: { '1': { value: 1, note: '' } } }],
		['a reason on a level answer', { ...VALID, answers: { '1': { value: 1, naReason: 'x' } } }],
		['an extra answer key', { ...VALID, answers: { '1': { value: 1, html: '<b>' } } }],
	])('rejects %s', (_, value) => {
		expect(validateShared(value, BANK)).toBe(false);
	});
});

describe('normalizeShared', () => {
	test('returns its own output unchanged', () => {
		const once = normalizeShared({ ...VALID, name: '  x\n y ' }, BANK, true);
		expect(once.name).toBe('x  y');
		expect(normalizeShared(once, BANK, true)).toEqual(once);
		expect(validateShared(once, BANK)).toBe(true);
	});

	test('returns answers without text unless notes are included', () => {
		expect(normalizeShared(VALID, BANK, false).answers).toEqual({
			'1': { value: 0 },
			'2': { value: 'na' },
			'3': { value: 'unknown' },
		});
	});

	test('rejects an invalid answer value', () => {
		const bad = { ...VALID, answers: { '1': { value: 7 } } } as unknown as SharedResult;
		expect(() => normalizeShared(bad, BANK, false)).toThrow(TypeError);
	});
});

describe('assessmentToShared', () => {
	test('returns the date of the last change as the timestamp states it', () => {
		expect(assessmentToShared(assessment(), false).date).toBe('2026-11-26');
	});

	test('returns createdAt, then the first date, when updatedAt is unusable', () => {
		expect(assessmentToShared(assessment({ updatedAt: 'garbage' }), false).date).toBe('2026-01-02');
		expect(
			assessmentToShared(assessment({ updatedAt: '', createdAt: '1999-01-01' }), false).date
		).toBe('2020-01-01');
	});

	test('returns notes and reasons only when asked, reasons only on Not applicable', () => {
		expect(assessmentToShared(assessment(), false).answers).toEqual({
			'1': { value: 2 },
			'2': { value: 'na' },
		});
		expect(assessmentToShared(assessment(), true).answers).toEqual({
			'1': { value: 2, note: 'Checked' },
			'2': { value: 'na', naReason: 'No builds' },
		});
	});

	test('returns a clean name and leaves out damaged answers', () => {
		const damaged = assessment({
			name: '\u202Ex\n',
			answers: { '1': { value: 9 }, '3': { value: 1 } } as never,
		});
		const shared = assessmentToShared(damaged, true);
		expect(shared.name).toBe('x');
		expect(shared.answers).toEqual({ '3': { value: 1 } });
		expect(validateShared(shared, BANK)).toBe(true);
	});
});

describe('sharedVersion', () => {
	test('moves an assessment started on an earlier bank to the current one once it answers a newer question', () => {
		// Code 3 is new in version 2; an answer to it must not be dropped from the link.
		const started = assessment({
			bankVersion: 1,
			answers: { '1': { value: 2 }, '3': { value: 1 } },
		});
		expect(sharedVersion(1, started.answers, BANK)).toBe(2);
		const shared = assessmentToShared(started, false, BANK);
		expect(shared.bankVersion).toBe(2);
		expect(normalizeShared(shared, BANK, false).answers).toEqual({
			'1': { value: 2 },
			'3': { value: 1 },
		});
	});

	test('keeps the earlier version while only its own questions are answered', () => {
		// Code 9 was retired in version 2: moving up would drop its answer, so the link stays at 1.
		expect(sharedVersion(1, { '1': { value: 0 }, '9': { value: 3 } }, BANK)).toBe(1);
		expect(sharedVersion(2, { '3': { value: 0 } }, BANK)).toBe(2);
	});
});
