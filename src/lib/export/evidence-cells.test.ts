import { describe, expect, test } from 'vitest';
import type { ControlAnswer } from '../model';
import { checkedOnOf, evidenceOf, reviewIntervalWord } from './evidence-cells';

describe('evidence cells', () => {
	test.each([
		[3, '3 months'],
		[6, '6 months'],
		[12, '12 months'],
		['none', 'None'],
		[undefined, '6 months'],
	])('words the review interval %j as %j', (interval, word) => {
		expect(reviewIntervalWord(interval)).toBe(word);
	});

	test('returns links and texts in order, leaving out anything a damaged answer holds', () => {
		const answer = {
			value: 2,
			evidence: [
				{ kind: 'link', url: 'https://example.org/a' },
				{ kind: 'link', url: 'javascript:alert(1)' },
				{ kind: 'text', text: 'Ruleset export' },
				{ kind: 'text', text: '' },
				null,
			],
		} as unknown as ControlAnswer;
		expect(evidenceOf(answer)).toEqual(['https://example.org/a', 'Ruleset export']);
		expect(evidenceOf({ value: 1 })).toEqual([]);
		expect(evidenceOf(undefined)).toEqual([]);
	});

	test('returns the checked-on day, or nothing for a missing or malformed one', () => {
		expect(checkedOnOf({ value: 1, checkedOn: '2024-02-29' })).toBe('2024-02-29');
		expect(checkedOnOf({ value: 1 })).toBe('');
		expect(checkedOnOf({ value: 1, checkedOn: '=1+1' })).toBe('');
	});
});
