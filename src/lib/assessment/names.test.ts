import { describe, expect, test } from 'vitest';
import { hasDefaultName } from './names';

describe('hasDefaultName', () => {
	test.each([
		['My assessment', true],
		['New assessment', true],
		['New assessment (3)', true],
		['My assessment (copy)', false],
		['Payments team', false],
		['my assessment', false],
	])('returns %s -> %s', (name, expected) => {
		expect(hasDefaultName(name)).toBe(expected);
	});
});
