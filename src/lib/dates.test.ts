import { describe, expect, test } from 'vitest';
import { formatLongDate } from './dates';

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
