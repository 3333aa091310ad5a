import { describe, expect, test } from 'vitest';
import { bankOf, control } from '../scoring/fixtures';
import { controlTextsOf, navigationOf, readControlTexts } from './texts';

const BANK = bankOf([control(1, 'developer', 3), control(10, 'platform', 2)]);

describe('readControlTexts', () => {
	test('returns every control’s texts from the file written for the bank', () => {
		const texts = readControlTexts(JSON.parse(JSON.stringify(controlTextsOf(BANK))), BANK);
		expect(texts?.get(1)).toEqual({
			question: 'Does control 1 hold?',
			levels: ['none', 'some', 'most', 'all'],
		});
		expect(texts?.size).toBe(2);
	});

	test('returns null for a file of another bank version or of another shape', () => {
		expect(readControlTexts({ ...controlTextsOf(BANK), version: 99 }, BANK)).toBeNull();
		expect(readControlTexts(null, BANK)).toBeNull();
		expect(readControlTexts('x', BANK)).toBeNull();
		expect(readControlTexts({ version: 1 }, BANK)).toBeNull();
	});

	test('leaves out an entry that is not two texts and four levels', () => {
		const file = controlTextsOf(BANK);
		const broken = {
			...file,
			controls: { ...file.controls, '1': { question: 'Q', levels: ['a', 'b', 'c'] } },
		};
		expect([...(readControlTexts(broken, BANK)?.keys() ?? [])]).toEqual([10]);
	});
});

describe('navigationOf', () => {
	test.each<[string, boolean, 'next' | 'previous' | null]>([
		['PageDown', false, 'next'],
		['PageDown', true, 'next'],
		['PageUp', true, 'previous'],
		['ArrowRight', false, 'next'],
		['ArrowLeft', false, 'previous'],
		['ArrowRight', true, null],
		['ArrowDown', false, null],
		['Enter', false, null],
	])('%s (in a field: %s) goes %s', (key, inField, where) => {
		expect(navigationOf(key, inField)).toBe(where);
	});
});
