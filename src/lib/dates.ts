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

/**
 * An ISO date (YYYY-MM-DD) in words, e.g. "30 November 2026". Written out rather than left to
 * Intl, so the build's output does not depend on the machine's locale data.
 */
export function formatLongDate(iso: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
	if (!match || !month) return iso;
	return `${Number(match[3])} ${month} ${match[1]}`;
}
