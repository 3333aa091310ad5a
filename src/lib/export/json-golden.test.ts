/**
 * Golden JSON exports: files Trustline wrote, committed byte for byte, that must import to the
 * same assessment forever. assessment-1.json is export format 1 (before evidence and review
 * dates); assessment-2.json is format 2, written by toJson. When the second fails because the
 * format changed on purpose, bump EXPORT_SCHEMA, keep the old file, and add the new one with
 * `UPDATE_GOLDEN=1 npx vitest run src/lib/export/json-golden.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BANK, EXAMPLE, example } from './fixtures';
import { parseImport, toJson } from './json';

const DIR = join(import.meta.dirname, 'golden');

/** The example with evidence, checked-on days and a review interval. */
const DATED = example({
	reviewInterval: 12,
	answers: {
		...EXAMPLE.answers,
		'101': {
			value: 3,
			note: 'FIDO2 keys for everyone — even contractors 🔑',
			checkedOn: '2026-02-28',
			evidence: [
				{ kind: 'link', url: 'https://github.com/acme/api/settings/rules' },
				{
					kind: 'text',
					text: 'OpenSSF Scorecard v5.5.0 on github.com/acme/api (commit 5f2c0d9, 2026-11-28): Branch-Protection 8/10.',
				},
			],
		},
		'202': { value: 0, checkedOn: '2025-08-31' },
	},
});

const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

describe('golden JSON exports', () => {
	test('writes format 2 byte for byte', () => {
		const path = join(DIR, 'assessment-2.json');
		if (process.env['UPDATE_GOLDEN'] || !existsSync(path)) writeFileSync(path, toJson(DATED));
		expect(toJson(DATED)).toBe(read('assessment-2.json'));
	});

	test.each([
		['assessment-1.json', EXAMPLE],
		['assessment-2.json', DATED],
	])('imports %s to the assessment it was written from', (name, expected) => {
		const outcome = parseImport(read(name), BANK);
		expect(outcome).toStrictEqual({ ok: true, assessment: expected, warnings: [] });
	});
});
