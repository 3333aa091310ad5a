/**
 * Scorecard suggestions waiting for a person, as the browser saves them: per assessment (by its
 * id), per control code, until someone accepts or dismisses them. Stored text is untrusted input
 * (another tab, an extension or a future Trustline may have written it), so it is read back
 * suggestion by suggestion: one that does not look exactly as this code writes it is left out and
 * named, and the rest is kept. Free of the Scorecard parser, which loads only on an import.
 */
import type { ShownSuggestion } from './scorecard';
import { cleanEvidenceList } from '../evidence/read';
import { isIsoDate } from '../evidence/days';
import { cleanName } from '../text';

/** The storage format; a later one adds its migration to readPending. */
export const PENDING_SCHEMA = 1;
/** Limits that keep hostile or runaway storage from growing without bound. */
const MAX_ASSESSMENTS = 100;
const MAX_PER_ASSESSMENT = 500;

/** Pending suggestions by assessment id, then by control code (as a string). */
export interface PendingSuggestions {
	schema: typeof PENDING_SCHEMA;
	byAssessment: Record<string, Record<string, ShownSuggestion>>;
}

export type PendingRead =
	| { status: 'empty' }
	| { status: 'unreadable'; problem: string }
	| { status: 'ok'; value: PendingSuggestions; dropped: string[] };

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** A one-line text as the importer writes it (cleaned, at most `max` code points). */
const isText = (x: unknown, max: number, empty = false): x is string =>
	typeof x === 'string' && cleanName(x, max) === x && (empty || x !== '');

const isWhole = (x: unknown, min: number, max: number): x is number =>
	Number.isInteger(x) && (x as number) >= min && (x as number) <= max;

/**
 * A saved suggestion for control `code`, exactly as the importer makes one (see
 * ./scorecard.ts), or null: a stage 0-3, a repository, the run's day, a check, a score 0-10, a
 * reason, how many repositories took part, and one valid piece of evidence.
 */
export function readSuggestion(x: unknown, code: number): ShownSuggestion | null {
	if (!isObject(x) || x['code'] !== code) return null;
	const { level, repo, date, check, score, reason, repositories, evidence } = x;
	const kept = cleanEvidenceList([evidence]);
	if (
		!isWhole(level, 0, 3) ||
		!isText(repo, 200) ||
		!isIsoDate(date) ||
		!isText(check, 60) ||
		!isWhole(score, 0, 10) ||
		!isText(reason, 300, true) ||
		!isWhole(repositories, 1, 10_000) ||
		kept.dropped > 0 ||
		JSON.stringify(kept.evidence[0]) !== JSON.stringify(evidence)
	)
		return null;
	return {
		code,
		level: level as ShownSuggestion['level'],
		repo,
		date,
		check,
		score,
		reason,
		repositories,
		evidence: kept.evidence[0]!,
	};
}

/** Reads saved pending suggestions; never throws. */
export function readPending(raw: string | null | undefined): PendingRead {
	if (raw === null || raw === undefined || raw === '') return { status: 'empty' };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { status: 'unreadable', problem: 'the saved Scorecard suggestions are not valid JSON' };
	}
	if (!isObject(data) || !isObject(data['byAssessment'])) {
		return { status: 'unreadable', problem: 'the saved Scorecard suggestions are not a list' };
	}
	if (data['schema'] !== PENDING_SCHEMA) {
		return {
			status: 'unreadable',
			problem:
				typeof data['schema'] === 'number' && data['schema'] > PENDING_SCHEMA
					? `the saved Scorecard suggestions come from a newer Trustline (format ${data['schema']})`
					: 'the saved Scorecard suggestions have no known format version',
		};
	}
	const byAssessment: PendingSuggestions['byAssessment'] = {};
	let dropped = 0;
	for (const [id, list] of Object.entries(data['byAssessment']).slice(0, MAX_ASSESSMENTS)) {
		if (!isText(id, 64) || !isObject(list)) {
			dropped++;
			continue;
		}
		const kept: Record<string, ShownSuggestion> = {};
		for (const [key, value] of Object.entries(list).slice(0, MAX_PER_ASSESSMENT)) {
			const s = /^[1-9]\d{0,5}$/.test(key) ? readSuggestion(value, Number(key)) : null;
			if (s) kept[key] = s;
			else dropped++;
		}
		if (Object.keys(kept).length) byAssessment[id] = kept;
	}
	return {
		status: 'ok',
		value: { schema: PENDING_SCHEMA, byAssessment },
		dropped: dropped ? [`${dropped} ${dropped === 1 ? 'suggestion' : 'suggestions'}`] : [],
	};
}
