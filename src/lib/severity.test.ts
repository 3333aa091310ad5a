import { describe, expect, test } from 'vitest';
import { severityOf } from './severity';

describe('severityOf', () => {
	test.each([
		['high', 'narrow', 3],
		['high', 'wide', 3],
		['medium', 'narrow', 2],
		['medium', 'wide', 3],
		['low', 'narrow', 1],
		['low', 'wide', 2],
	] as const)('rates %s impact with %s reach as %i', (impact, reach, severity) => {
		expect(severityOf(impact, reach)).toBe(severity);
	});
});
