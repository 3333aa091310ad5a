/**
 * The calendar days and review intervals that saved and imported assessments hold, and today's
 * date: the small part of ./review.ts that every page reading saved answers needs, apart so those
 * pages do not load the review rules and their messages.
 */

/** The review intervals an assessment can have, in months, or 'none' for no reviews. */
export const REVIEW_INTERVALS = [3, 6, 12, 'none'] as const;
export type ReviewInterval = (typeof REVIEW_INTERVALS)[number];
/** The interval a new assessment starts with. */
export const DEFAULT_REVIEW_INTERVAL: ReviewInterval = 6;

/** Whether a value is one of the review intervals. */
export function isReviewInterval(x: unknown): x is ReviewInterval {
	return (REVIEW_INTERVALS as readonly unknown[]).includes(x);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1 = January) of a year in the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Year, month (1-12) and day of an ISO date, or null if the text is not a real day. */
export function partsOf(iso: string): { year: number; month: number; day: number } | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	return { year, month, day };
}

/** Whether a value is an ISO calendar date, "YYYY-MM-DD", naming a day that exists. */
export function isIsoDate(x: unknown): x is string {
	return typeof x === 'string' && partsOf(x) !== null;
}

/** The ISO date "YYYY-MM-DD" of a year, month (1-12) and day. */
export function isoDate(year: number, month: number, day: number): string {
	return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Today's date where the user is: the local calendar day of `now`. */
export function localToday(now: Date = new Date()): string {
	return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
