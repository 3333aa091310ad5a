/**
 * Reads OpenSSF Scorecard results in JSON format version 2: the output of `scorecard --format
 * json` and the same shape from the public API (api.scorecard.dev):
 *
 *   { "date": "2026-11-28T09:12:44Z", "repo": { "name": "github.com/acme/api", "commit": "…" },
 *     "scorecard": { "version": "v5.5.0", "commit": "…" }, "score": 6.4,
 *     "checks": [ { "name": "Branch-Protection", "score": 8, "reason": "…", "details": […] | null,
 *                   "documentation": { "short": "…", "url": "…" } } ], "metadata": […] | null }
 *
 * (ossf/scorecard, pkg/scorecard/json.go and json.v2.schema). A file is untrusted: it may be any
 * text at all. The parser never throws; it returns the result or one sentence naming the problem,
 * and lists the checks it does not know, which it ignores. It keeps only what suggestions and
 * evidence need (no details, no documentation text), with every string cleaned and cut short.
 */
import { cleanName } from '../text';
import { describeJsonError, readJsonText } from '../export/json-error';
import { isScorecardCheck, INCONCLUSIVE, type ScorecardCheckName } from './checks';

/** The largest file read, in bytes: real results are a few kilobytes, tens with details. */
export const MAX_SCORECARD_BYTES = 5_000_000;

/** Longest repository name kept, in code points ("github.com/" + a 39-character owner + a 100-character name fit). */
export const MAX_REPO_LENGTH = 200;
/** Longest check reason kept, in code points. */
export const MAX_REASON_LENGTH = 300;
/** How many ignored check names a warning lists before it says "and N more". */
const LISTED_NAMES = 10;

/** One check's result, as kept. */
export interface ScorecardCheckResult {
	name: ScorecardCheckName;
	/** 0 to 10, or -1 when inconclusive. */
	score: number;
	/** Scorecard's one-line reason, cleaned. */
	reason: string;
}

/** One Scorecard result, as kept. */
export interface ScorecardResult {
	/** The repository, as Scorecard names it, e.g. "github.com/acme/api". */
	repo: string;
	/** The commit Scorecard looked at (may be empty). */
	commit: string;
	/** The day of the run, YYYY-MM-DD, as the result writes it. */
	date: string;
	/** The Scorecard version that ran (may be empty). */
	scorecardVersion: string;
	/** The aggregate score, 0 to 10 (-1 when no check was conclusive); null when the file has none. */
	score: number | null;
	/** The checks Trustline knows, in the file's order. */
	checks: ScorecardCheckResult[];
}

/** What `parseScorecard` returns. */
export type ScorecardParse =
	| {
			ok: true;
			result: ScorecardResult;
			/** Check names in the file that Scorecard does not define, cleaned; they were ignored. */
			ignored: string[];
			/** Sentences about what was ignored. */
			warnings: string[];
	  }
	| { ok: false; problem: string };

type Fields = Record<string, unknown>;

const isObject = (x: unknown): x is Fields =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** An own property only: a file's "__proto__" or "constructor" key is data, never inherited. */
const own = (object: Fields, key: string): unknown =>
	Object.hasOwn(object, key) ? object[key] : undefined;

/** A date part "YYYY-MM-DD" that names a real day. */
function isCalendarDate(iso: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The day of a Scorecard date: RFC 3339 ("2026-11-28T09:12:44-06:00", what the tool writes) or
 * a plain date ("2026-11-28", what older results hold). The day is taken as written, in the
 * time zone the run recorded, so the evidence names the day its author saw.
 */
export function scorecardDay(x: unknown): string | null {
	if (typeof x !== 'string') return null;
	const match =
		/^(\d{4}-\d{2}-\d{2})(?:[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2}))?$/.exec(x);
	const day = match?.[1];
	return day && isCalendarDate(day) ? day : null;
}

/** A score for a message: numbers as written, anything else named by its kind. */
function showValue(x: unknown): string {
	if (typeof x === 'number') return String(x);
	if (typeof x === 'string') return `“${cleanName(x, 20)}” (text)`;
	if (x === null) return 'null';
	return Array.isArray(x) ? 'a list' : typeof x === 'object' ? 'an object' : String(typeof x);
}

/** "A-Check", "A-Check and B", "A, B and C", "A, B, … J and 5 more". */
function listNames(names: readonly string[]): string {
	const shown = names.slice(0, LISTED_NAMES);
	const rest = names.length - shown.length;
	if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
	if (shown.length === 1) return shown[0] ?? '';
	return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/**
 * The message for a file of `bytes` bytes that is too large, or null if it is not. The import
 * can call this with `File.size` before reading the file at all.
 */
export function scorecardSizeProblem(bytes: number): string | null {
	if (!(bytes > MAX_SCORECARD_BYTES)) return null;
	const megabytes = Math.ceil(bytes / 100_000) / 10;
	return `The file is too large (${megabytes} MB); a Scorecard result is read only up to ${MAX_SCORECARD_BYTES / 1_000_000} MB.`;
}

/** JSON that is some other file a user may pick by mistake, named; or null. */
function otherKind(data: Fields): string | null {
	const schema = own(data, '$schema');
	if ((typeof schema === 'string' && /sarif/i.test(schema)) || Array.isArray(own(data, 'runs'))) {
		return 'This is a SARIF file; Trustline reads Scorecard results in JSON (scorecard --format json).';
	}
	if (own(data, 'format') === 'trustline-assessment') {
		return 'This is a Trustline assessment export, not a Scorecard result; import it on the results page.';
	}
	const legacy = own(data, 'Checks');
	if (Array.isArray(legacy) && typeof own(data, 'Repo') === 'string') {
		return "This is Scorecard's first JSON format, which has no scores; run a current Scorecard with --format json.";
	}
	const message = own(data, 'message');
	if (typeof message === 'string' && !Object.hasOwn(data, 'checks')) {
		const text = cleanName(message, 160);
		return text
			? `This is an error from the Scorecard API, not a result: “${text}”.`
			: 'This is an error from the Scorecard API, not a result.';
	}
	return null;
}

const SCORE_RULE = 'check scores are whole numbers from 0 to 10, or -1 when inconclusive';

/** The result once the text is parsed; may throw only through a bug, which the caller catches. */
function readValue(data: unknown): ScorecardParse {
	if (Array.isArray(data)) {
		return {
			ok: false,
			problem:
				'The file holds a list, not one Scorecard result; save each repository’s result in a file of its own.',
		};
	}
	if (!isObject(data)) {
		return { ok: false, problem: 'This is not a Scorecard result: it is not a JSON object.' };
	}
	const other = otherKind(data);
	if (other) return { ok: false, problem: other };

	const rawChecks = own(data, 'checks');
	const repo = own(data, 'repo');
	if (!Array.isArray(rawChecks) && !isObject(repo)) {
		return {
			ok: false,
			problem: 'This is not a Scorecard result: it has neither a repository nor a list of checks.',
		};
	}
	if (!isObject(repo) || cleanName(own(repo, 'name'), MAX_REPO_LENGTH) === '') {
		return { ok: false, problem: 'The Scorecard result does not name its repository (repo.name).' };
	}
	const date = scorecardDay(own(data, 'date'));
	if (!date) {
		const raw = own(data, 'date');
		return {
			ok: false,
			problem:
				raw === undefined
					? 'The Scorecard result has no date.'
					: `The Scorecard result’s date ${showValue(raw)} is not a date like 2026-11-28 or 2026-11-28T09:12:44Z.`,
		};
	}
	if (!Array.isArray(rawChecks)) {
		return { ok: false, problem: 'The Scorecard result has no list of checks.' };
	}

	const aggregate = own(data, 'score');
	let score: number | null = null;
	if (aggregate !== undefined && aggregate !== null) {
		if (typeof aggregate !== 'number' || !(aggregate >= INCONCLUSIVE && aggregate <= 10)) {
			return {
				ok: false,
				problem: `The Scorecard result’s overall score ${showValue(aggregate)} is outside 0 to 10 (or -1 when nothing was conclusive).`,
			};
		}
		score = aggregate;
	}

	const checks: ScorecardCheckResult[] = [];
	const ignored: string[] = [];
	const seen = new Set<string>();
	for (const [index, raw] of rawChecks.entries()) {
		const name = isObject(raw) ? own(raw, 'name') : undefined;
		if (!isObject(raw) || typeof name !== 'string' || cleanName(name, 60) === '') {
			return { ok: false, problem: `Check ${index + 1} in the file has no name.` };
		}
		const shownName = cleanName(name, 60);
		const value = own(raw, 'score');
		if (typeof value !== 'number' || !Number.isInteger(value)) {
			return {
				ok: false,
				problem: `The check ${shownName} has the score ${showValue(value)}; ${SCORE_RULE}.`,
			};
		}
		if (value < INCONCLUSIVE || value > 10) {
			return {
				ok: false,
				problem: `The check ${shownName} has the score ${value}, which is out of range; ${SCORE_RULE}.`,
			};
		}
		if (seen.has(name)) {
			return { ok: false, problem: `The check ${shownName} appears more than once in the file.` };
		}
		seen.add(name);
		if (!isScorecardCheck(name)) {
			ignored.push(shownName);
			continue;
		}
		checks.push({ name, score: value, reason: cleanName(own(raw, 'reason'), MAX_REASON_LENGTH) });
	}

	const scorecard = own(data, 'scorecard');
	const result: ScorecardResult = {
		repo: cleanName(own(repo, 'name'), MAX_REPO_LENGTH),
		commit: cleanName(own(repo, 'commit'), 64),
		date,
		scorecardVersion: isObject(scorecard) ? cleanName(own(scorecard, 'version'), 40) : '',
		score,
		checks,
	};
	const warnings =
		ignored.length === 0
			? []
			: [
					ignored.length === 1
						? `The check ${ignored[0]} is not one Trustline knows, so it was ignored.`
						: `${ignored.length} checks are not ones Trustline knows, so they were ignored: ${listNames(ignored)}.`,
				];
	return { ok: true, result, ignored, warnings };
}

/** The message for text that is not JSON, naming where it goes wrong. */
function notJson(body: string): string {
	const where = describeJsonError(body);
	return where
		? `The file is not JSON (${where}), so it is not a Scorecard result.`
		: 'The file is not JSON, so it is not a Scorecard result.';
}

/**
 * Reads a Scorecard JSON result from a file's text. Never throws.
 *
 * The problem, when there is one, is a sentence for the user: an empty or too large file, text
 * that is not JSON (with the line and column where it goes wrong), a SARIF file, a Trustline
 * export, Scorecard's first JSON format or an API error picked by mistake, a missing repository
 * name, date or list of checks, a check without a name, a score that is not a whole number from
 * -1 to 10, and a check listed twice. Checks Scorecard does not define are ignored and listed.
 */
export function parseScorecard(text: string): ScorecardParse {
	try {
		const read = readJsonText(text, scorecardSizeProblem, notJson);
		return read.ok ? readValue(read.data) : read;
	} catch {
		// Nothing above is known to throw; this keeps the promise if a future change does.
		return { ok: false, problem: 'The file could not be read as a Scorecard result.' };
	}
}
