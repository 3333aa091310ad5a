import { describe, expect, test } from 'vitest';
import { timeEstimate } from './estimate';

describe('timeEstimate', () => {
	test.each([
		[1, 'about 5 to 10 minutes'],
		[9, 'about 10 to 20 minutes'],
		[16, 'about 15 to 30 minutes'],
		[26, 'about 25 to 50 minutes'],
		[35, 'about 35 minutes to 1 hour 10 minutes'],
		[77, 'about 1 hour 15 minutes to 2 hours 35 minutes'],
	])('estimates %i questions as %s', (n, text) => {
		expect(timeEstimate(n)).toBe(text);
	});

	test('says so when there is nothing to answer', () => {
		expect(timeEstimate(0)).toBe('no time at all');
	});
});
