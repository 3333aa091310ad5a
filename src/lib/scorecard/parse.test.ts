import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { scorecardSamples } from '../../test/scorecard';
import { mutate, mutation } from '../../test/fuzz';
import { SCORECARD_CHECKS } from './checks';
import {
	MAX_REASON_LENGTH,
	MAX_REPO_LENGTH,
	MAX_SCORECARD_BYTES,
	parseScorecard,
	scorecardDay,
	scorecardSizeProblem,
	type ScorecardParse,
} from './parse';

const samples = scorecardSamples();
const CLI = samples['acme-payments-api.json']!;
const API = samples['acme-web-portal.json']!;

/** A minimal valid result with `changes` merged over it. */
function result(changes: Record<string, unknown> = {}): string {
	return JSON.stringify({
		date: '2026-11-28T09:12:44Z',
		repo: { name: 'github.com/acme/api', commit: 'abc123' },
		scorecard: { version: 'v5.5.0', commit: 'def456' },
		score: 5,
		checks: [{ name: 'Branch-Protection', score: 8, reason: 'not maximal', details: null }],
		metadata: null,
		...changes,
	});
}

const check = (name: unknown, score: unknown, reason: unknown = 'why') => ({
	name,
	score,
	reason,
	details: null,
	documentation: { short: 's', url: 'https://example.org/' },
});

function problemOf(outcome: ScorecardParse): string {
	if (outcome.ok) throw new Error('expected a problem, got a result');
	return outcome.problem;
}

describe('parseScorecard', () => {
	test('reads the output of scorecard --format json', () => {
		const outcome = parseScorecard(CLI);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.result).toMatchObject({
			repo: 'github.com/acme/payments-api',
			commit: '5f2c0d9e8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d',
			date: '2026-11-28',
			scorecardVersion: 'v5.5.0',
			score: 8.7,
		});
		expect(outcome.result.checks).toHaveLength(20);
		expect(outcome.result.checks[1]).toEqual({
			name: 'Branch-Protection',
			score: 8,
			reason: 'branch protection is not maximal on development and all release branches',
		});
		expect(outcome.ignored).toEqual([]);
		expect(outcome.warnings).toEqual([]);
	});

	test('reads the public API’s shape, with details and inconclusive checks', () => {
		const outcome = parseScorecard(API);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.result.repo).toBe('github.com/acme/web-portal');
		expect(outcome.result.date).toBe('2026-11-27');
		expect(outcome.result.checks.find((c) => c.name === 'Signed-Releases')).toEqual({
			name: 'Signed-Releases',
			score: -1,
			reason: 'no releases found',
		});
	});

	test('keeps the day as the result writes it, in the time zone of the run', () => {
		expect(scorecardDay('2026-11-28T23:30:00-06:00')).toBe('2026-11-28');
		expect(scorecardDay('2026-11-28T00:10:00+14:00')).toBe('2026-11-28');
		expect(scorecardDay('2026-11-28')).toBe('2026-11-28');
		expect(scorecardDay('2028-02-29T10:00:00.123Z')).toBe('2028-02-29');
	});

	test.each([
		['2026-02-30T10:00:00Z'],
		['2027-02-29'],
		['2026-13-01'],
		['November 28, 2026'],
		['2026-11-28T10:00'],
		[''],
		[20261128],
	])('refuses the date %j', (date) => {
		expect(scorecardDay(date)).toBeNull();
		expect(problemOf(parseScorecard(result({ date })))).toMatch(
			/date .* is not a date like 2026-11-28/
		);
	});

	test('names a missing date', () => {
		const text = result();
		const withoutDate = JSON.stringify({ ...JSON.parse(text), date: undefined });
		expect(problemOf(parseScorecard(withoutDate))).toBe('The Scorecard result has no date.');
	});

	test('accepts a file saved with a byte order mark', () => {
		expect(parseScorecard(`\uFEFF${result()}`).ok).toBe(true);
	});

	test.each([[''], ['   \n'], ['\uFEFF']])('says an empty file %j is empty', (text) => {
		expect(problemOf(parseScorecard(text))).toBe('The file is empty.');
	});

	test('says where a file stops being JSON', () => {
		expect(problemOf(parseScorecard('{\n  "date": 2026-11-28\n}'))).toBe(
			'The file is not JSON (unexpected “-” at line 2, column 15), so it is not a Scorecard result.'
		);
		expect(problemOf(parseScorecard('<!doctype html><html>'))).toBe(
			'The file is not JSON (unexpected “<” at line 1, column 1), so it is not a Scorecard result.'
		);
		expect(problemOf(parseScorecard(CLI.slice(0, 100)))).toMatch(
			/^The file is not JSON \(it ends unexpectedly at line 1, column 101\)/
		);
	});

	test('refuses a file over 5 MB before parsing it, and says how large it is', () => {
		expect(scorecardSizeProblem(MAX_SCORECARD_BYTES)).toBeNull();
		expect(scorecardSizeProblem(MAX_SCORECARD_BYTES + 1)).toBe(
			'The file is too large (5.1 MB); a Scorecard result is read only up to 5 MB.'
		);
		const padded = result({ metadata: ['x'.repeat(MAX_SCORECARD_BYTES)] });
		expect(problemOf(parseScorecard(padded))).toMatch(/^The file is too large \(5\.1 MB\)/);
	});

	test('counts bytes, not characters, against the 5 MB limit', () => {
		// 1.7 million three-byte characters: under 5 million characters, over 5 million bytes.
		const wide = result({ metadata: ['€'.repeat(1_700_000)] });
		expect(wide.length).toBeLessThan(MAX_SCORECARD_BYTES);
		expect(problemOf(parseScorecard(wide))).toMatch(/^The file is too large/);
		const narrow = result({ metadata: ['€'.repeat(1_600_000)] });
		expect(parseScorecard(narrow).ok).toBe(true);
	});

	test.each([
		[
			'a SARIF file',
			{ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [] },
			'This is a SARIF file; Trustline reads Scorecard results in JSON (scorecard --format json).',
		],
		[
			'a Trustline export',
			{ format: 'trustline-assessment', schema: 1, assessment: {} },
			'This is a Trustline assessment export, not a Scorecard result; import it on the results page.',
		],
		[
			'Scorecard’s first JSON format',
			{ Repo: 'github.com/acme/api', Date: '2026-11-28', Checks: [{ Name: 'SAST', Pass: true }] },
			"This is Scorecard's first JSON format, which has no scores; run a current Scorecard with --format json.",
		],
		[
			'an API error',
			{ code: 404, message: 'fetching result: repo not found' },
			'This is an error from the Scorecard API, not a result: “fetching result: repo not found”.',
		],
		[
			'a list of results',
			[JSON.parse(result())],
			'The file holds a list, not one Scorecard result; save each repository’s result in a file of its own.',
		],
		['a number', 42, 'This is not a Scorecard result: it is not a JSON object.'],
		['null', null, 'This is not a Scorecard result: it is not a JSON object.'],
		[
			'some other JSON object',
			{ name: 'package', version: '1.0.0' },
			'This is not a Scorecard result: it has neither a repository nor a list of checks.',
		],
	])('names %s picked by mistake', (_, value, problem) => {
		expect(problemOf(parseScorecard(JSON.stringify(value)))).toBe(problem);
	});

	test.each([
		[{ repo: undefined }, 'The Scorecard result does not name its repository (repo.name).'],
		[{ repo: { name: '  ' } }, 'The Scorecard result does not name its repository (repo.name).'],
		[
			{ repo: 'github.com/acme/api' },
			'The Scorecard result does not name its repository (repo.name).',
		],
		[{ checks: undefined }, 'The Scorecard result has no list of checks.'],
		[{ checks: { 'Branch-Protection': 8 } }, 'The Scorecard result has no list of checks.'],
	])('names a result of the wrong shape: %j', (changes, problem) => {
		expect(problemOf(parseScorecard(result(changes)))).toBe(problem);
	});

	test.each([
		[
			11,
			'The check SAST has the score 11, which is out of range; check scores are whole numbers from 0 to 10, or -1 when inconclusive.',
		],
		[
			-2,
			'The check SAST has the score -2, which is out of range; check scores are whole numbers from 0 to 10, or -1 when inconclusive.',
		],
		[
			7.5,
			'The check SAST has the score 7.5; check scores are whole numbers from 0 to 10, or -1 when inconclusive.',
		],
		[
			'7',
			'The check SAST has the score “7” (text); check scores are whole numbers from 0 to 10, or -1 when inconclusive.',
		],
		[
			null,
			'The check SAST has the score null; check scores are whole numbers from 0 to 10, or -1 when inconclusive.',
		],
	])('refuses the check score %j with the reason', (score, problem) => {
		expect(problemOf(parseScorecard(result({ checks: [check('SAST', score)] })))).toBe(problem);
	});

	test('refuses an overall score out of range, and accepts -1 and a missing one', () => {
		expect(problemOf(parseScorecard(result({ score: 10.5 })))).toBe(
			'The Scorecard result’s overall score 10.5 is outside 0 to 10 (or -1 when nothing was conclusive).'
		);
		const inconclusive = parseScorecard(result({ score: -1 }));
		expect(inconclusive.ok && inconclusive.result.score).toBe(-1);
		const missing = parseScorecard(result({ score: undefined }));
		expect(missing.ok && missing.result.score).toBeNull();
	});

	test('refuses a check without a name, and a check listed twice', () => {
		expect(problemOf(parseScorecard(result({ checks: [check('SAST', 1), { score: 3 }] })))).toBe(
			'Check 2 in the file has no name.'
		);
		expect(problemOf(parseScorecard(result({ checks: [check('SAST', 1), 'SAST'] })))).toBe(
			'Check 2 in the file has no name.'
		);
		expect(
			problemOf(parseScorecard(result({ checks: [check('SAST', 1), check('SAST', 10)] })))
		).toBe('The check SAST appears more than once in the file.');
	});

	test('ignores checks it does not know, and lists them', () => {
		const one = parseScorecard(
			result({ checks: [check('SAST', 10), check('Future-Check', 3), check('sast', 2)] })
		);
		expect(one.ok).toBe(true);
		if (!one.ok) return;
		expect(one.result.checks.map((c) => c.name)).toEqual(['SAST']);
		expect(one.ignored).toEqual(['Future-Check', 'sast']);
		expect(one.warnings).toEqual([
			'2 checks are not ones Trustline knows, so they were ignored: Future-Check and sast.',
		]);

		const single = parseScorecard(result({ checks: [check('Future-Check', 3)] }));
		expect(single.ok && single.warnings).toEqual([
			'The check Future-Check is not one Trustline knows, so it was ignored.',
		]);

		const many = parseScorecard(
			result({ checks: Array.from({ length: 12 }, (_, i) => check(`Extra-${i + 1}`, 1)) })
		);
		expect(many.ok && many.warnings).toEqual([
			'12 checks are not ones Trustline knows, so they were ignored: Extra-1, Extra-2, Extra-3, Extra-4, Extra-5, Extra-6, Extra-7, Extra-8, Extra-9, Extra-10 and 2 more.',
		]);
	});

	test('accepts a result with no checks at all (scorecard --checks with none that ran)', () => {
		const outcome = parseScorecard(result({ checks: [] }));
		expect(outcome.ok && outcome.result.checks).toEqual([]);
	});

	test('cleans untrusted text: control and bidirectional characters dropped, one line, cut short', () => {
		const outcome = parseScorecard(
			result({
				repo: { name: 'github.com/\u202Eacme/api\u0007\n', commit: 'abc\u0000' },
				checks: [check('SAST', 0, `no\ttool\r\ndetected\u2066 ${'x'.repeat(400)}`)],
			})
		);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.result.repo).toBe('github.com/acme/api');
		expect(outcome.result.commit).toBe('abc');
		const reason = outcome.result.checks[0]!.reason;
		expect(reason.startsWith('no tool detected xxx')).toBe(true);
		expect([...reason].length).toBe(MAX_REASON_LENGTH);
	});

	test('reads "__proto__" and "constructor" keys as data, never as inherited properties', () => {
		const text =
			'{"__proto__":{"checks":[]},"constructor":1,"date":"2026-11-28","repo":{"name":"r","__proto__":{"name":"x"}},"checks":[{"name":"SAST","score":3,"reason":"r","__proto__":{"score":99}}]}';
		const outcome = parseScorecard(text);
		expect(outcome.ok && outcome.result.checks).toEqual([{ name: 'SAST', score: 3, reason: 'r' }]);
		expect(({} as Record<string, unknown>)['checks']).toBeUndefined();
	});
});

/** A Scorecard-shaped value with one part replaced by anything at all. */
const reshaped = fc
	.tuple(
		fc.constantFrom(CLI, API),
		fc.constantFrom(
			[],
			['date'],
			['repo'],
			['repo', 'name'],
			['repo', 'commit'],
			['scorecard'],
			['scorecard', 'version'],
			['score'],
			['checks'],
			['checks', '0'],
			['checks', '1', 'name'],
			['checks', '1', 'score'],
			['checks', '2', 'reason'],
			['checks', '3', 'details'],
			['metadata'],
			['__proto__'],
			['checks', '0', '__proto__']
		),
		fc.anything({ withNullPrototype: true, withObjectString: true })
	)
	.map(([text, path, value]) => {
		const data = JSON.parse(text) as Record<string, unknown>;
		if (path.length === 0) return JSON.stringify(value) ?? 'undefined';
		let target: Record<string, unknown> = data;
		for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
		Object.defineProperty(target, path.at(-1)!, { value, enumerable: true, configurable: true });
		return JSON.stringify(data) ?? 'undefined';
	});

const KNOWN = new Set<string>(SCORECARD_CHECKS);

const UNSAFE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const SENTENCE = /^[A-Z0-9].*\.$/s;
const inRange = (score: number) => Number.isInteger(score) && score >= -1 && score <= 10;

/**
 * What every outcome must be: a clean, in-range result, or a one-sentence problem. Returns what is
 * wrong, or null; plain checks rather than `expect` keep thousands of runs fast.
 */
function flaw(outcome: ScorecardParse): string | null {
	if (!outcome.ok) {
		if (!SENTENCE.test(outcome.problem)) return `problem not a sentence: ${outcome.problem}`;
		if (outcome.problem === 'The file could not be read as a Scorecard result.')
			return 'caught a throw';
		return null;
	}
	const { result, warnings } = outcome;
	if (scorecardDay(result.date) !== result.date) return `bad date ${result.date}`;
	if (result.repo === '' || [...result.repo].length > MAX_REPO_LENGTH) return 'bad repository name';
	if ([result.repo, result.commit, result.scorecardVersion].some((t) => UNSAFE.test(t))) {
		return 'unsafe characters kept';
	}
	if (result.score !== null && !(result.score >= -1 && result.score <= 10)) return 'overall score';
	const names = result.checks.map((c) => c.name);
	if (new Set(names).size !== names.length) return 'a check twice';
	for (const c of result.checks) {
		if (!KNOWN.has(c.name)) return `unknown check ${c.name} kept`;
		if (!inRange(c.score)) return `score ${c.score}`;
		if ([...c.reason].length > MAX_REASON_LENGTH || UNSAFE.test(c.reason)) return 'reason';
	}
	if (!warnings.every((w) => SENTENCE.test(w))) return 'warning not a sentence';
	return null;
}

/** Parses, turning a throw into a flaw. */
function flawOf(text: string): string | null {
	try {
		return flaw(parseScorecard(text));
	} catch (error) {
		return `threw ${String(error)}`;
	}
}

describe('parseScorecard against hostile input', () => {
	test('never throws on any text, and answers with a result or a sentence', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
				expect(flawOf(text)).toBeNull();
			}),
			{ numRuns: 3000 }
		);
	});

	test('never throws on any JSON value', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				expect(flawOf(JSON.stringify(value))).toBeNull();
			}),
			{ numRuns: 3000 }
		);
	});

	test('never throws on a sample with characters changed, inserted, deleted or cut', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(CLI, API),
				fc.array(mutation, { minLength: 1, maxLength: 6 }),
				(text, edits) => {
					expect(flawOf(mutate(text, edits))).toBeNull();
				}
			),
			{ numRuns: 3000 }
		);
	});

	test('never throws on a sample with one part replaced by any value, and keeps only sound results', () => {
		fc.assert(
			fc.property(reshaped, (text) => {
				expect(flawOf(text)).toBeNull();
			}),
			{ numRuns: 5000 }
		);
	});
});
