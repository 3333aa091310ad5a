import { describe, expect, test } from 'vitest';
import { answerWord, STATUS_MEANINGS, STATUS_WORDS, STATUSES } from './status';

describe('status words', () => {
	test('returns a distinct word and a meaning for every status', () => {
		expect(new Set(STATUSES.map((s) => STATUS_WORDS[s])).size).toBe(4);
		for (const s of STATUSES) expect(STATUS_MEANINGS[s].length).toBeGreaterThan(10);
	});

	test.each([
		[0, 'Traditional'],
		[1, 'Initial'],
		[2, 'Advanced'],
		[3, 'Optimal'],
		['na', 'Not applicable'],
		['unknown', "Don't know"],
		// One word for an unanswered control everywhere (src/lib/words.ts); this page said "Not answered".
		[null, 'Unanswered'],
		[undefined, 'Unanswered'],
	] as const)('answerWord(%s) returns %s', (value, word) => {
		expect(answerWord(value)).toBe(word);
	});
});
