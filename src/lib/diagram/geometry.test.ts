import { describe, expect, test } from 'vitest';
import {
	circleBox,
	connect,
	contains,
	exitPoint,
	overlaps,
	pathData,
	pathLength,
	pointAlong,
	portToward,
	rectPath,
	textWidth,
	wrapText,
} from './geometry';

const box = { x: 0, y: 0, w: 100, h: 50 };

describe('exitPoint', () => {
	test.each([
		[
			{ x: 200, y: 25 },
			{ x: 100, y: 25 },
		],
		[
			{ x: 50, y: -100 },
			{ x: 50, y: 0 },
		],
		[
			{ x: 150, y: 75 },
			{ x: 100, y: 50 },
		],
		[
			{ x: 50, y: 25 },
			{ x: 50, y: 25 },
		],
	])('returns where the line towards %o leaves the box', (toward, expected) => {
		expect(exitPoint(box, toward)).toEqual(expected);
	});
});

describe('portToward', () => {
	test('returns a point straight above or below when the next point is over the box', () => {
		expect(portToward(box, { x: 20, y: -40 })).toEqual({ x: 20, y: 0 });
		expect(portToward(box, { x: 80, y: 90 })).toEqual({ x: 80, y: 50 });
	});

	test('returns a point straight beside when the next point is level with the box', () => {
		expect(portToward(box, { x: 300, y: 10 })).toEqual({ x: 100, y: 10 });
		expect(portToward(box, { x: -30, y: 40 })).toEqual({ x: 0, y: 40 });
	});
});

describe('connect', () => {
	test('returns a vertical arrow through the middle of the boxes’ shared width', () => {
		const below = { x: 60, y: 120, w: 100, h: 40 };
		expect(connect(box, below)).toEqual([
			{ x: 80, y: 50 },
			{ x: 80, y: 120 },
		]);
	});

	test('returns a horizontal arrow through the middle of the boxes’ shared height', () => {
		const beside = { x: 200, y: 30, w: 80, h: 60 };
		expect(connect(box, beside)).toEqual([
			{ x: 100, y: 40 },
			{ x: 200, y: 40 },
		]);
	});

	test('returns right-angled ends through the bends', () => {
		const far = { x: 300, y: 200, w: 100, h: 50 };
		expect(
			connect(box, far, [
				{ x: 150, y: 25 },
				{ x: 150, y: 225 },
			])
		).toEqual([
			{ x: 100, y: 25 },
			{ x: 150, y: 25 },
			{ x: 150, y: 225 },
			{ x: 300, y: 225 },
		]);
	});
});

describe('pointAlong', () => {
	const path = [
		{ x: 0, y: 0 },
		{ x: 100, y: 0 },
		{ x: 100, y: 100 },
	];

	test.each([
		[0, { x: 0, y: 0 }],
		[0.25, { x: 50, y: 0 }],
		[0.75, { x: 100, y: 50 }],
		[1, { x: 100, y: 100 }],
		[2, { x: 100, y: 100 }],
	])('returns the point at fraction %s of the length', (t, expected) => {
		expect(pointAlong(path, t)).toEqual(expected);
	});

	test('returns the length of the whole path', () => {
		expect(pathLength(path)).toBe(200);
	});
});

describe('pathData and rectPath', () => {
	test('returns compact SVG path data rounded to a tenth', () => {
		expect(
			pathData([
				{ x: 0, y: 0 },
				{ x: 10.26, y: 5 },
			])
		).toBe('M0 0L10.3 5');
		expect(rectPath({ x: 10, y: 10, w: 20, h: 10 }, 2)).toBe('M8 8h24v14h-24Z');
	});
});

describe('text measuring', () => {
	test('returns a wider estimate for longer and capitalised text', () => {
		expect(textWidth('abc', 10)).toBeLessThan(textWidth('abcd', 10));
		expect(textWidth('ABC', 10)).toBeGreaterThan(textWidth('abc', 10));
	});

	test('returns lines that fit the width, keeping every word', () => {
		const lines = wrapText('Operating system, disk and credentials', 120, 14);
		expect(lines.join(' ')).toBe('Operating system, disk and credentials');
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(120);
	});

	test('returns a long single word on its own line', () => {
		expect(wrapText('Supercalifragilistic yes', 40, 14)).toEqual(['Supercalifragilistic', 'yes']);
	});
});

describe('box tests', () => {
	test('returns whether boxes overlap, with a margin', () => {
		const other = { x: 102, y: 0, w: 10, h: 10 };
		expect(overlaps(box, other)).toBe(false);
		expect(overlaps(box, other, 1.5)).toBe(true);
	});

	test('returns whether one box contains another and the square around a circle', () => {
		expect(contains(box, { x: 10, y: 10, w: 10, h: 10 })).toBe(true);
		expect(contains(box, { x: 95, y: 10, w: 10, h: 10 })).toBe(false);
		expect(circleBox({ x: 5, y: 5 }, 2)).toEqual({ x: 3, y: 3, w: 4, h: 4 });
	});
});
