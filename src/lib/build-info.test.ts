import { describe, expect, test } from 'vitest';
import { buildCommit, sourceUrl } from './build-info';

describe('build info', () => {
	test('reads the commit this checkout is at', () => {
		const commit = buildCommit();
		expect(commit?.hash).toMatch(/^[0-9a-f]{7,}$/);
		expect(commit?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	test('shows only an https source address', () => {
		expect(sourceUrl({ TRUSTLINE_SOURCE_URL: 'https://github.com/example/trustline' })).toBe(
			'https://github.com/example/trustline'
		);
		expect(sourceUrl({ TRUSTLINE_SOURCE_URL: 'javascript:alert(1)' })).toBeUndefined();
		expect(sourceUrl({ TRUSTLINE_SOURCE_URL: 'http://example.com' })).toBeUndefined();
		expect(sourceUrl({})).toBeUndefined();
	});
});
