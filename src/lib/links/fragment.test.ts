import { describe, expect, test } from 'vitest';
import { fragmentKind } from './fragment';

describe('fragmentKind', () => {
	const ids = new Set(['main', 'threat-x']);
	const isAnchor = (id: string) => ids.has(id);

	test.each([
		['', 'none'],
		['#', 'none'],
		['#main', 'anchor'],
		['#threat-x', 'anchor'],
		['#r.AQEAAA', 'result'],
		['#garbage', 'result'],
		['#%E0%A4%A', 'result'],
	])('returns %s -> %s', (hash, kind) => {
		expect(fragmentKind(hash, isAnchor)).toBe(kind);
	});
});
