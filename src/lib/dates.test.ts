import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import { formatLongDate, longDay, shortDayTime, timeText } from './dates';

describe('formatLongDate', () => {
	test.each([
		['2026-11-30', '30 November 2026'],
		['2027-01-05', '5 January 2027'],
	])('writes %s as %s', (iso, words) => {
		expect(formatLongDate(iso)).toBe(words);
	});

	test('returns text that is not an ISO date unchanged', () => {
		expect(formatLongDate('2026-13-01')).toBe('2026-13-01');
		expect(formatLongDate('yesterday')).toBe('yesterday');
	});
});

// Any moment from 1970 to 2200, to the minute.
const moments = fc
	.integer({ min: 0, max: Date.UTC(2200, 0, 1) / 60_000 })
	.map((minutes) => new Date(minutes * 60_000));

describe('days in words, without Intl', () => {
	it('writes what en-GB formatting writes, for any day', () => {
		fc.assert(
			fc.property(moments, (date) => {
				expect(longDay(date)).toBe(
					new Intl.DateTimeFormat('en-GB', {
						day: 'numeric',
						month: 'long',
						year: 'numeric',
						timeZone: 'UTC',
					}).format(date)
				);
				expect(longDay(date, true)).toBe(
					new Intl.DateTimeFormat('en-GB', {
						day: 'numeric',
						month: 'long',
						year: 'numeric',
					}).format(date)
				);
				expect(shortDayTime(date)).toBe(
					date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
				);
			})
		);
	});

	it('words a moment the same for every reader', () => {
		expect(timeText('2026-09-05T07:03:59Z')).toBe('5 Sept 2026, 07:03 UTC');
		expect(timeText('2026-11-30T23:59:00-01:00')).toBe('1 Dec 2026, 00:59 UTC');
	});

	it('keeps text that is not a moment as it is', () => {
		expect(timeText('not a time')).toBe('not a time');
	});
});
