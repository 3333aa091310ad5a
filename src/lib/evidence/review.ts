/**
 * When an answer was last checked, and when it is due for review. Dates are calendar days
 * ("YYYY-MM-DD", the value of an <input type="date">) in the user's own time zone: an answer
 * checked on 31 August is checked on that day wherever the page is later opened.
 *
 * An assessment has a review interval of 3, 6 or 12 months, or none. An answer's review date is
 * its checked-on date plus the interval in calendar months; a day that the target month lacks
 * becomes that month's last day (31 August + 6 months = 28 February, or 29 in a leap year). From
 * its review date on, the answer is due for review. Age never changes a score; it only asks for a
 * second look.
 */

export {
	DEFAULT_REVIEW_INTERVAL,
	daysInMonth,
	isIsoDate,
	isReviewInterval,
	localToday,
	REVIEW_INTERVALS,
	type ReviewInterval,
} from './days';
import { daysInMonth, isIsoDate, isoDate, partsOf, type ReviewInterval } from './days';

/** The earliest checked-on date accepted: earlier ones are typing mistakes ("0202-11-28"). */
export const EARLIEST_CHECKED_ON = '2000-01-01';

/**
 * The date `months` calendar months after `iso`, the day kept or, where the month is shorter,
 * moved to its last day. Returns null for a date that is not valid or a result past year 9999.
 */
export function addMonths(iso: string, months: number): string | null {
	const parts = partsOf(iso);
	if (!parts || !Number.isInteger(months)) return null;
	const index = parts.year * 12 + (parts.month - 1) + months;
	const year = Math.floor(index / 12);
	const month = index - year * 12 + 1;
	if (year < 1 || year > 9999) return null;
	return isoDate(year, month, Math.min(parts.day, daysInMonth(year, month)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier); null if either is not a date. */
export function daysBetween(from: string, to: string): number | null {
	const a = partsOf(from);
	const b = partsOf(to);
	if (!a || !b) return null;
	const utc = (p: { year: number; month: number; day: number }) => {
		const date = new Date(Date.UTC(2000, p.month - 1, p.day));
		// setUTCFullYear keeps years below 100 as written; Date.UTC would read them as 19xx.
		date.setUTCFullYear(p.year);
		return date.getTime();
	};
	return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** The day an answer checked on `checkedOn` becomes due for review; null with no interval. */
export function reviewDate(checkedOn: string, interval: ReviewInterval): string | null {
	return interval === 'none' ? null : addMonths(checkedOn, interval);
}

/**
 * Whether an answer is due for review on `today`: its review date has come. An answer with no
 * valid checked-on date is due (nobody can say when it was last looked at), unless the assessment
 * has no review interval; one checked in the future is not.
 */
export function isDueForReview(
	checkedOn: string | undefined,
	interval: ReviewInterval,
	today: string
): boolean {
	if (interval === 'none') return false;
	if (checkedOn === undefined || !isIsoDate(checkedOn)) return true;
	const due = reviewDate(checkedOn, interval);
	return due !== null && today >= due;
}

/**
 * Why a checked-on date someone typed cannot be used, or null when it can: it must be a real day,
 * from EARLIEST_CHECKED_ON on, and not after today.
 */
export function checkedOnProblem(value: string, today: string): string | null {
	const text = value.trim();
	if (text === '') return 'Enter the date the answer was last checked.';
	if (!isIsoDate(text)) return 'Enter the date as year, month and day, like 2026-11-28.';
	if (text < EARLIEST_CHECKED_ON) return 'Enter a date from the year 2000 on.';
	if (isIsoDate(today) && text > today) return 'The checked-on date cannot be after today.';
	return null;
}
