import { describe, expect, test } from 'vitest';
import { nextMarker, tabStop } from './navigation';

const order = ['a', 'b', 'c'];

describe('nextMarker', () => {
	test.each([
		['a', 'ArrowRight', 'b'],
		['a', 'ArrowDown', 'b'],
		['c', 'ArrowRight', 'a'],
		['b', 'ArrowLeft', 'a'],
		['a', 'ArrowUp', 'c'],
		['b', 'Home', 'a'],
		['b', 'End', 'c'],
		['b', 'Enter', null],
		['b', 'Tab', null],
	])('from %s, %s returns %s', (current, key, expected) => {
		expect(nextMarker(order, current, key)).toBe(expected);
	});

	test('returns the first marker going forward, or the last going back, from a hidden one', () => {
		expect(nextMarker(order, 'hidden', 'ArrowRight')).toBe('a');
		expect(nextMarker(order, 'hidden', 'ArrowLeft')).toBe('c');
		expect(nextMarker(order, null, 'ArrowDown')).toBe('a');
	});

	test('returns null when no marker is shown', () => {
		expect(nextMarker([], 'a', 'ArrowRight')).toBeNull();
	});

	test('visits every marker once going round', () => {
		const seen: string[] = [];
		let at = 'a';
		for (let i = 0; i < order.length; i++) {
			seen.push(at);
			at = nextMarker(order, at, 'ArrowRight')!;
		}
		expect(seen.sort()).toEqual(order);
		expect(at).toBe('a');
	});
});

describe('tabStop', () => {
	test('returns the remembered marker while it is shown, else the first shown, else null', () => {
		expect(tabStop(order, 'b')).toBe('b');
		expect(tabStop(order, 'gone')).toBe('a');
		expect(tabStop(order, null)).toBe('a');
		expect(tabStop([], 'b')).toBeNull();
	});
});
