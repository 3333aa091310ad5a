// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { hasDefaultName, NAME_SKIPPED_KEY, nameSkipped, rememberNameSkipped } from './names';

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

describe('a skipped team-name question', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		sessionStorage.clear();
	});

	test('stays skipped for the same assessment and question, and only for it', () => {
		expect(nameSkipped('start', 'a1')).toBe(false);
		rememberNameSkipped('start', 'a1');
		expect(nameSkipped('start', 'a1')).toBe(true);
		expect(nameSkipped('share', 'a1')).toBe(false);
		expect(nameSkipped('start', 'b2')).toBe(false);
	});

	test('with no assessment yet, is remembered for the one not started', () => {
		rememberNameSkipped('start', undefined);
		expect(nameSkipped('start', undefined)).toBe(true);
		expect(nameSkipped('start', 'a1')).toBe(false);
	});

	test('keeps the last 20 marks and never repeats one', () => {
		for (let i = 0; i < 25; i++) rememberNameSkipped('share', `id${i}`);
		rememberNameSkipped('share', 'id24');
		const marks = sessionStorage.getItem(NAME_SKIPPED_KEY)?.split(' ') ?? [];
		expect(marks).toHaveLength(20);
		expect(nameSkipped('share', 'id4')).toBe(false);
		expect(nameSkipped('share', 'id5')).toBe(true);
	});

	test('storage that throws asks again and breaks nothing', () => {
		const denied = () => {
			throw new Error('denied');
		};
		vi.stubGlobal('sessionStorage', { getItem: denied, setItem: denied });
		expect(() => rememberNameSkipped('start', 'a1')).not.toThrow();
		expect(nameSkipped('start', 'a1')).toBe(false);
	});
});
