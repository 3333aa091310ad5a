/**
 * The shape saved in browser storage, its schema version, and how older or damaged data is read.
 * Storage is untrusted input: another tab, an extension or an older Trustline may have written it.
 */
import type { Assessment } from '../model';
import { cleanAnswers, isAnswerValue, MAX_ASSESSMENTS, parseAssessment } from './validate';
import { cleanName } from '../text';

/** The current storage schema. Version 1 held a single assessment; version 2 holds several. */
export const SAVED_SCHEMA = 2;

export interface SavedState {
	schema: typeof SAVED_SCHEMA;
	/** Id of the assessment the questionnaire and results show. */
	activeId: string;
	assessments: Assessment[];
}

export type ReadOutcome =
	| { status: 'empty'; state: null }
	| { status: 'ok'; state: SavedState; migratedFrom?: number; dropped: string[] }
	| { status: 'unreadable'; state: null; problem: string };

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads the stored text. Never throws: damaged data is reported so the caller can keep it aside. */
export function readSavedState(raw: string | null | undefined): ReadOutcome {
	if (raw === null || raw === undefined || raw === '') return { status: 'empty', state: null };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { status: 'unreadable', state: null, problem: 'the saved data is not valid JSON' };
	}
	if (!isObject(data))
		return { status: 'unreadable', state: null, problem: 'the saved data is not an object' };
	const schema = data['schema'];
	if (schema === 1) return migrateV1(data);
	if (schema !== SAVED_SCHEMA) {
		return {
			status: 'unreadable',
			state: null,
			problem:
				typeof schema === 'number' && schema > SAVED_SCHEMA
					? `the saved data comes from a newer Trustline (format ${schema})`
					: 'the saved data has no known format version',
		};
	}
	if (!Array.isArray(data['assessments'])) {
		return { status: 'unreadable', state: null, problem: 'the saved data lists no assessments' };
	}
	const assessments: Assessment[] = [];
	const dropped: string[] = [];
	const seen = new Set<string>();
	for (const item of data['assessments'].slice(0, MAX_ASSESSMENTS)) {
		const parsed = parseAssessment(item);
		if (parsed.ok && !seen.has(parsed.assessment.id)) {
			seen.add(parsed.assessment.id);
			assessments.push(parsed.assessment);
		} else {
			dropped.push(parsed.ok ? `a second copy of "${parsed.assessment.name}"` : parsed.problem);
		}
	}
	if (assessments.length === 0) {
		return {
			status: 'unreadable',
			state: null,
			problem: 'none of the saved assessments could be read',
		};
	}
	const active = typeof data['activeId'] === 'string' ? data['activeId'] : '';
	const first = assessments[0] as Assessment;
	return {
		status: 'ok',
		state: {
			schema: SAVED_SCHEMA,
			activeId: seen.has(active) ? active : first.id,
			assessments,
		},
		dropped,
	};
}

/**
 * Version 1 stored one assessment: `{ schema: 1, name, bank, answers: { [code]: value }, savedAt }`.
 * It becomes a one-item list.
 */
function migrateV1(data: Record<string, unknown>): ReadOutcome {
	const answers: Record<string, { value: unknown }> = {};
	if (isObject(data['answers'])) {
		for (const [code, value] of Object.entries(data['answers'])) {
			if (isAnswerValue(value)) answers[code] = { value };
		}
	}
	const bank = data['bank'];
	const savedAt =
		typeof data['savedAt'] === 'string' && !Number.isNaN(Date.parse(data['savedAt']))
			? new Date(data['savedAt']).toISOString()
			: new Date(0).toISOString();
	const assessment: Assessment = {
		id: 'migrated-v1',
		name: cleanName(data['name']) || 'My assessment',
		createdAt: savedAt,
		updatedAt: savedAt,
		bankVersion: typeof bank === 'number' && Number.isInteger(bank) && bank > 0 ? bank : 1,
		targets: { developer: 2, platform: 2, application: 2 },
		answers: cleanAnswers(answers),
	};
	return {
		status: 'ok',
		state: { schema: SAVED_SCHEMA, activeId: assessment.id, assessments: [assessment] },
		migratedFrom: 1,
		dropped: [],
	};
}
