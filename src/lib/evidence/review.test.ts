import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	addMonths,
	checkedOnProblem,
	daysBetween,
	daysInMonth,
	DEFAULT_REVIEW_INTERVAL,
	isDueForReview,
	isIsoDate,
	isReviewInterval,
	localToday,
	reviewDate,
	REVIEW_INTERVALS,
} from './review';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (year: number, month: number, day: number) =>
	`${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** Any real day from 1900 to 2399, leap days and month ends included. */
const dayArb = fc
	.tuple(
		fc.integer({ min: 1900, max: 2399 }),
		fc.integer({ min: 1, max: 12 }),
		fc.integer({ min: 1, max: 31 })
	)
	.map(([y, m, d]) => iso(y, m, Math.min(d, daysInMonth(y, m))));
/** Days that are the last of their month, where month arithmetic goes wrong most often. */
const monthEndArb = fc
	.tuple(fc.integer({ min: 1900, max: 2399 }), fc.integer({ min: 1, max: 12 }))
	.map(([y, m]) => iso(y, m, daysInMonth(y, m)));
const intervalArb = fc.constantFrom(3, 6, 12);

/**
 * An independent reckoning of addMonths with the platform's Date (years from 1900, so Date.UTC
 * reads them as written): the first of the target month, then the day clamped to its length.
 */
function oracle(day: string, months: number): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const first = new Date(Date.UTC(y, m - 1 + months, 1));
	const year = first.getUTCFullYear();
	const month = first.getUTCMonth() + 1;
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return iso(year, month, Math.min(d, lastDay));
}

describe('review dates', () => {
	test.each([
		['2026-01-15', 6, '2026-07-15'],
		['2026-08-31', 6, '2027-02-28'],
		['2027-08-31', 6, '2028-02-29'],
		['2028-02-29', 12, '2029-02-28'],
		['2028-02-29', 3, '2028-05-29'],
		['2027-11-29', 3, '2028-02-29'],
		['2026-11-30', 3, '2027-02-28'],
		['2026-01-31', 3, '2026-04-30'],
		['2026-03-31', 6, '2026-09-30'],
		['2026-12-31', 12, '2027-12-31'],
		['2026-10-31', 3, '2027-01-31'],
		['2099-11-30', 3, '2100-02-28'],
		['2399-11-30', 3, '2400-02-29'],
	] as const)('%s plus %i months is %s', (from, months, to) => {
		expect(addMonths(from, months)).toBe(to);
		expect(reviewDate(from, months)).toBe(to);
	});

	test('has no review date without an interval, and none for a date that does not exist', () => {
		expect(reviewDate('2026-11-28', 'none')).toBeNull();
		expect(addMonths('2026-02-29', 3)).toBeNull();
		expect(addMonths('2026-11-28', 1.5)).toBeNull();
		expect(addMonths('9999-12-01', 1)).toBeNull();
	});

	test('is due from the review date on, not the day before', () => {
		expect(isDueForReview('2026-05-31', 6, '2026-11-29')).toBe(false);
		expect(isDueForReview('2026-05-31', 6, '2026-11-30')).toBe(true);
		expect(isDueForReview('2026-05-31', 6, '2027-03-01')).toBe(true);
		expect(isDueForReview('2027-08-31', 6, '2028-02-28')).toBe(false);
		expect(isDueForReview('2027-08-31', 6, '2028-02-29')).toBe(true);
	});

	test('is never due without a review interval, and always due without a checked-on date', () => {
		expect(isDueForReview('2001-01-01', 'none', '2026-11-28')).toBe(false);
		expect(isDueForReview(undefined, 'none', '2026-11-28')).toBe(false);
		expect(isDueForReview(undefined, 6, '2026-11-28')).toBe(true);
		expect(isDueForReview('28/11/2026', 6, '2026-11-28')).toBe(true);
	});

	test('is not due for an answer checked after today (a clock set back)', () => {
		expect(isDueForReview('2026-12-01', 3, '2026-11-28')).toBe(false);
	});

	test('defaults to six months and knows the four intervals', () => {
		expect(DEFAULT_REVIEW_INTERVAL).toBe(6);
		expect(REVIEW_INTERVALS).toEqual([3, 6, 12, 'none']);
		expect([3, 6, 12, 'none'].every(isReviewInterval)).toBe(true);
		expect([0, 1, 24, '6', null, undefined].some(isReviewInterval)).toBe(false);
	});
});

describe('review dates, properties', () => {
	test('agree with the platform’s own calendar', () => {
		fc.assert(
			fc.property(dayArb, fc.integer({ min: 0, max: 240 }), (day, months) => {
				expect(addMonths(day, months)).toBe(oracle(day, months));
			}),
			{ numRuns: 3000 }
		);
	});

	test('land in the right month, on the same day or the month’s last', () => {
		fc.assert(
			fc.property(
				fc.oneof(dayArb, monthEndArb),
				fc.integer({ min: 0, max: 120 }),
				(day, months) => {
					const [y, m, d] = day.split('-').map(Number) as [number, number, number];
					const result = addMonths(day, months)!;
					expect(isIsoDate(result)).toBe(true);
					const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
					expect(ry * 12 + rm - (y * 12 + m)).toBe(months);
					expect(rd).toBe(Math.min(d, daysInMonth(ry, rm)));
				}
			),
			{ numRuns: 3000 }
		);
	});

	test('keep dates in order, and never step forward further than whole months would', () => {
		fc.assert(
			fc.property(dayArb, dayArb, intervalArb, intervalArb, (a, b, m, n) => {
				const [early, late] = a <= b ? [a, b] : [b, a];
				expect(addMonths(early, m)! <= addMonths(late, m)!).toBe(true);
				// Clamping can only lose days: two steps never pass one step of the same length.
				expect(addMonths(addMonths(a, m)!, n)! <= addMonths(a, m + n)!).toBe(true);
			}),
			{ numRuns: 3000 }
		);
	});

	test('make an interval of n months last between 28 × n and 31 × n days, and 365 or 366 for a year', () => {
		fc.assert(
			fc.property(fc.oneof(dayArb, monthEndArb), intervalArb, (day, months) => {
				const days = daysBetween(day, reviewDate(day, months)!)!;
				expect(days).toBeGreaterThanOrEqual(28 * months);
				expect(days).toBeLessThanOrEqual(31 * months);
				if (months === 12) expect([365, 366]).toContain(days);
			}),
			{ numRuns: 3000 }
		);
	});

	test('turn due on the review date and stay due on every later day', () => {
		fc.assert(
			fc.property(
				fc.oneof(dayArb, monthEndArb),
				intervalArb,
				fc.integer({ min: -400, max: 400 }),
				(day, months, offset) => {
					const due = reviewDate(day, months)!;
					const later = new Date(`${due}T00:00:00Z`);
					later.setUTCDate(later.getUTCDate() + offset);
					const today = later.toISOString().slice(0, 10);
					expect(isDueForReview(day, months, today)).toBe(offset >= 0);
				}
			),
			{ numRuns: 3000 }
		);
	});

	test('count days between dates as the platform does', () => {
		fc.assert(
			fc.property(dayArb, dayArb, (a, b) => {
				const expected = (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
				expect(daysBetween(a, b)).toBe(expected);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('localToday', () => {
	test('is the local calendar day, not the UTC one', () => {
		const lateEvening = new Date(2026, 10, 28, 23, 59);
		expect(localToday(lateEvening)).toBe('2026-11-28');
		const newYear = new Date(2027, 0, 1, 0, 0, 1);
		expect(localToday(newYear)).toBe('2027-01-01');
	});
});

describe('checkedOnProblem', () => {
	test.each([
		['2026-11-28', null],
		['2026-11-27', null],
		[' 2026-11-28 ', null],
		['', 'Enter the date the answer was last checked.'],
		['28/11/2026', 'Enter the date as year, month and day, like 2026-11-28.'],
		['2026-02-30', 'Enter the date as year, month and day, like 2026-11-28.'],
		['0202-11-28', 'Enter a date from the year 2000 on.'],
		['2026-11-29', 'The checked-on date cannot be after today.'],
	])('%j gives %j', (value, problem) => {
		expect(checkedOnProblem(value, '2026-11-28')).toBe(problem);
	});
});
