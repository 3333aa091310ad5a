/**
 * Result links name controls by code and the bank version tells which codes a link holds, so a
 * bank's codes can never change without a new version. bank-lock.json pins the codes of every
 * version ever released: adding or removing a control without bumping content/bank.yaml fails here,
 * and so does rewriting the codes of a version that links already use.
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../test/content';
import lock from './bank-lock.json';

const content = loadContent();
const locked = lock as Record<string, number[]>;
const current = content.controls.map((c) => c.data.code).sort((a, b) => a - b);

describe('question bank lock', () => {
	test('pins the codes of the current bank version', () => {
		expect(
			locked[String(content.bank.version)],
			`bank-lock.json has no entry for bank version ${content.bank.version}`
		).toBeDefined();
		expect(
			current,
			'the controls in content/ differ from the codes locked for this bank version: bump content/bank.yaml (see content/README.md)'
		).toEqual(locked[String(content.bank.version)]);
	});

	test('keeps every earlier version in bank.yaml exactly as locked', () => {
		const versions = content.bank.previous.map((p) => p.version);
		expect([...versions, content.bank.version].map(String).sort()).toEqual(
			Object.keys(locked).sort()
		);
		for (const earlier of content.bank.previous) {
			expect(earlier.codes, `version ${earlier.version}`).toEqual(locked[String(earlier.version)]);
		}
	});

	test('never gives a code to another control once a version used it', () => {
		// A code that left the bank may come back only for the same control; the lock cannot tell
		// controls apart, so it forbids reuse outright for codes dropped from a later version.
		const versions = Object.keys(locked)
			.map(Number)
			.sort((a, b) => a - b);
		for (let i = 1; i < versions.length; i++) {
			const before = new Set(locked[String(versions[i - 1])]);
			const dropped = [...before].filter((c) => !locked[String(versions[i])]!.includes(c));
			for (let j = i + 1; j < versions.length; j++) {
				for (const code of dropped) {
					expect(locked[String(versions[j])], `code ${code} reused`).not.toContain(code);
				}
			}
		}
	});
});
