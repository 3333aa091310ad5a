import { describe, expect, test } from 'vitest';
import { isAnswerValue, levelOfValue, readAnswers } from './answers';
import { control } from './fixtures';

const controls = [
	control(1, 'developer', 1),
	control(2, 'developer', 2),
	control(3, 'platform', 3),
];

describe('isAnswerValue', () => {
	test.each([0, 1, 2, 3, 'na', 'unknown'])('returns true for %s', (value) => {
		expect(isAnswerValue(value)).toBe(true);
	});

	test.each([4, -1, 1.5, '2', 'NA', 'dont-know', null, undefined, {}, Number.NaN])(
		'returns false for %s',
		(value) => {
			expect(isAnswerValue(value)).toBe(false);
		}
	);
});

describe('levelOfValue', () => {
	test.each([
		[0, 0],
		[1, 1],
		[2, 2],
		[3, 3],
		['unknown', 0],
		['na', null],
		[null, null],
		[undefined, null],
	] as const)('returns %s -> %s', (value, level) => {
		expect(levelOfValue(value)).toBe(level);
	});
});

describe('readAnswers', () => {
	test('returns the valid values of the bank codes', () => {
		const values = readAnswers(controls, {
			1: { value: 3 },
			2: { value: 'na' },
			3: { value: 'unknown' },
		});
		expect([...values]).toEqual([
			[1, 3],
			[2, 'na'],
			[3, 'unknown'],
		]);
	});

	test('returns nothing for codes the bank does not hold', () => {
		expect(readAnswers(controls, { 99: { value: 3 } }).size).toBe(0);
	});

	test('returns nothing for entries or values outside the model', () => {
		const odd = { 1: { value: 4 }, 2: null, 3: { value: '2' } };
		expect(readAnswers(controls, odd).size).toBe(0);
		expect(readAnswers(controls, { 1: 'x', 2: { note: 'no value' }, 3: [] }).size).toBe(0);
	});

	test.each([null, undefined, 42, 'answers', true])(
		'returns nothing when answers are %s',
		(answers) => {
			expect(readAnswers(controls, answers).size).toBe(0);
		}
	);

	test('returns nothing for inherited keys', () => {
		const inherited: unknown = Object.create({ 1: { value: 3 } });
		expect(readAnswers(controls, inherited).size).toBe(0);
	});
});
