/**
 * Property tests of the import against hostile input: 20,000 random, mutated and reshaped files
 * that must never throw, and must never import anything `parseAssessment` would not accept.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseAssessment } from '../assessment/validate';
import { anyText, assessmentArb, BANK } from './fixtures';
import { EXPORT_FORMAT, parseImport, toJson, type ImportOutcome } from './json';

/** The message that would mean an unexpected exception was caught. */
const FALLBACK = 'The file could not be read as a Trustline assessment.';

/** Checks one outcome: a clean assessment with sentence warnings, or a sentence of a problem. */
function check(outcome: ImportOutcome): void {
	if (outcome.ok) {
		const again = parseAssessment(outcome.assessment);
		expect(again.ok).toBe(true);
		expect(again.ok && again.assessment).toStrictEqual(outcome.assessment);
		for (const warning of outcome.warnings) expect(warning).toMatch(/^[A-Z0-9].*\.$/s);
	} else {
		expect(outcome.problem).toMatch(/^[A-Z].*\.$/s);
		expect(outcome.problem).not.toBe(FALLBACK);
	}
}

/** Runs the import, failing the property if it throws. */
function importSafely(text: string): ImportOutcome {
	let outcome: ImportOutcome | undefined;
	expect(() => {
		outcome = parseImport(text, BANK);
	}).not.toThrow();
	return outcome as ImportOutcome;
}

/** An export with one value somewhere in it replaced by anything at all. */
const reshaped = fc
	.tuple(
		assessmentArb,
		fc.constantFrom(
			[],
			['format'],
			['schema'],
			['assessment'],
			['assessment', 'id'],
			['assessment', 'name'],
			['assessment', 'createdAt'],
			['assessment', 'updatedAt'],
			['assessment', 'bankVersion'],
			['assessment', 'targets'],
			['assessment', 'targets', 'developer'],
			['assessment', 'answers'],
			['assessment', 'answers', '101'],
			['assessment', 'answers', '101', 'value'],
			['assessment', 'answers', '301', 'note'],
			['assessment', 'answers', '__proto__'],
			['assessment', 'answers', 'constructor']
		),
		fc.anything({ withNullPrototype: true, withObjectString: true })
	)
	.map(([assessment, path, value]) => {
		const root: unknown = JSON.parse(toJson(assessment));
		if (path.length === 0) return JSON.stringify(value) ?? '';
		let node = root as Record<string, unknown>;
		for (const key of path.slice(0, -1)) {
			const next = node[key];
			if (typeof next !== 'object' || next === null) node[key] = {};
			node = node[key] as Record<string, unknown>;
		}
		Object.defineProperty(node, path.at(-1) as string, {
			value,
			enumerable: true,
			writable: true,
			configurable: true,
		});
		return JSON.stringify(root) ?? '';
	});

/** An export with bytes cut, inserted or swapped at random places. */
const mutated = fc
	.tuple(
		assessmentArb.map(toJson),
		fc.array(fc.tuple(fc.nat(), fc.nat(8), anyText(4)), { minLength: 1, maxLength: 4 })
	)
	.map(([text, edits]) =>
		edits.reduce((t, [at, cut, insert]) => {
			const i = at % (t.length + 1);
			return t.slice(0, i) + insert + t.slice(i + cut);
		}, text)
	);

/** A JSON value of any shape, bare or wrapped in an export envelope. */
const randomJson = fc.oneof(
	fc.jsonValue().map((v) => JSON.stringify(v)),
	fc
		.record({
			format: fc.oneof(fc.constant(EXPORT_FORMAT), fc.jsonValue()),
			schema: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.jsonValue()),
			assessment: fc.jsonValue(),
		})
		.map((v) => JSON.stringify(v))
);

/** Runs 5,000 inputs through the import and checks each; returns how many were imported. */
function fuzz(inputs: fc.Arbitrary<string>): number {
	let imported = 0;
	fc.assert(
		fc.property(inputs, (text) => {
			const outcome = importSafely(text);
			check(outcome);
			if (outcome.ok) imported++;
		}),
		{ numRuns: 5000 }
	);
	return imported;
}

describe('parseImport', () => {
	test('never throws on random text', () => {
		fuzz(anyText(200));
	});

	test('never throws on random JSON', () => {
		fuzz(randomJson);
	});

	// Many of these still hold a readable assessment, so the counts make sure that the checks of a
	// successful import above actually ran on a good share of the inputs.
	test('never throws on exports with a value replaced by anything', () => {
		expect(fuzz(reshaped)).toBeGreaterThan(500);
	});

	test('never throws on exports with characters cut, inserted or replaced', () => {
		expect(fuzz(mutated)).toBeGreaterThan(100);
	});
});
