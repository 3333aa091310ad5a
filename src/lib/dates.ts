/**
 * Calendar days in words, written out by hand rather than with `Intl`: the build's output then
 * does not depend on the machine's locale data, and a page does not pay for the first `Intl`
 * formatter, which loads the browser's locale data (a long task on a slow phone), for text that
 * never changes language. The words match what `en-GB` formatting gives.
 */

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

/** An ISO date (YYYY-MM-DD) in words, e.g. "30 November 2026"; other text unchanged. */
export function formatLongDate(iso: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
	if (!match || !month) return iso;
	return `${Number(match[3])} ${month} ${match[1]}`;
}

/** en-GB's abbreviations (September is "Sept"). */
const SHORT_MONTHS = MONTHS.map((m) => (m === 'September' ? 'Sept' : m.slice(0, 3)));

/** "5 March 2026": the date's day in UTC, or with `local`, in the reader's time zone. */
export function longDay(date: Date, local = false): string {
	return local
		? `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`
		: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "5 Mar 2026, 14:05" in UTC. */
export function shortDayTime(date: Date): string {
	const two = (n: number) => String(n).padStart(2, '0');
	return `${date.getUTCDate()} ${SHORT_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
}

/** A moment in words, the same for every reader: "30 Nov 2026, 14:05 UTC" (the text itself if not a time). */
export function timeText(iso: string): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : `${shortDayTime(date)} UTC`;
}
