import { describe, expect, test } from 'vitest';
import { formatDay, formatMoment, formatScore, splitCode } from './format';

describe('formatDay', () => {
	test('returns the day in words', () => {
		expect(formatDay('2026-03-02')).toBe('2 March 2026');
	});

	test('returns anything else unchanged', () => {
		expect(formatDay('soon')).toBe('soon');
	});
});

describe('formatMoment', () => {
	test('returns the local day of a timestamp', () => {
		expect(formatMoment(new Date(2026, 2, 2, 12).toISOString())).toBe('2 March 2026');
		expect(formatMoment('nope')).toBe('nope');
	});
});

describe('formatScore', () => {
	test('returns the count and the percent rounded down', () => {
		expect(formatScore(7, 8)).toBe('7 of 8 (87 %)');
		expect(formatScore(0, 0)).toBe('0 of 0 (0 %)');
	});
});

describe('splitCode', () => {
	test('returns code between backticks as code parts', () => {
		expect(splitCode('Use `pull_request` not `pull_request_target`.')).toEqual([
			{ text: 'Use ', code: false },
			{ text: 'pull_request', code: true },
			{ text: ' not ', code: false },
			{ text: 'pull_request_target', code: true },
			{ text: '.', code: false },
		]);
	});

	test('leaves text without pairs of backticks alone', () => {
		expect(splitCode('plain')).toEqual([{ text: 'plain', code: false }]);
		expect(splitCode('one ` tick')).toEqual([{ text: 'one ` tick', code: false }]);
		expect(splitCode('')).toEqual([]);
	});
});
