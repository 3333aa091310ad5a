/**
 * The JSON export, the one format that can be imported again, and its import. An imported file
 * is untrusted: it may be any text at all, so `parseImport` checks size, syntax, format and
 * version before `parseAssessment` reads the assessment, and answers with a sentence for the
 * user instead of throwing.
 */
import type { Answers, Assessment, BankModel, ControlAnswer } from '../model';
import { ENVIRONMENT_IDS } from '../model';
import { parseAssessment } from '../assessment/validate';
import { CSV_COLUMNS } from './csv';
import { describeJsonError, readJsonText } from './json-error';
import { PLAN_TITLE, REPORT_TITLE } from './markdown';

/** The `format` field that marks a file as a Trustline assessment export. */
export const EXPORT_FORMAT = 'trustline-assessment';

/**
 * The export's schema version; bump it when the file's shape changes in a way old code misreads.
 * 2 added evidence and checked-on dates to answers and the review interval to the assessment;
 * files of schema 1 still import (their answers count as due for review, having no date).
 */
export const EXPORT_SCHEMA = 2;

/**
 * The largest file the import reads, in UTF-8 bytes. The largest export Trustline writes for the
 * 66-question bank, with every note and Not-applicable reason at its 2,000-character limit in
 * four-byte characters, is about 1.06 MB (1.8 MB with five evidence links of 2,000 characters on
 * every answer), so a 1 MB cap would refuse files the site wrote itself; 2 MB leaves room for that and for a larger bank, and still keeps a stray video or database
 * dump from being parsed.
 */
export const MAX_IMPORT_BYTES = 2_000_000;

/** How many unknown codes a warning lists before it says "and N more". */
const LISTED_CODES = 10;

/** The JSON export as written: the format, the schema version and the assessment. */
export interface AssessmentExport {
	format: typeof EXPORT_FORMAT;
	schema: typeof EXPORT_SCHEMA;
	assessment: Assessment;
}

/** What `parseImport` returns: the assessment and warnings, or the problem in one sentence. */
export type ImportOutcome =
	{ ok: true; assessment: Assessment; warnings: string[] } | { ok: false; problem: string };

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** A copy of one answer with its fields in a fixed order and absent ones left out. */
function copyAnswer(answer: ControlAnswer): ControlAnswer {
	const copy: ControlAnswer = { value: answer.value };
	if (answer.note !== undefined) copy.note = answer.note;
	if (answer.naReason !== undefined) copy.naReason = answer.naReason;
	if (answer.checker !== undefined) copy.checker = answer.checker;
	if (answer.evidence !== undefined)
		copy.evidence = answer.evidence.map((e) =>
			e.kind === 'link' ? { kind: 'link', url: e.url } : { kind: 'text', text: e.text }
		);
	if (answer.checkedOn !== undefined) copy.checkedOn = answer.checkedOn;
	return copy;
}

/**
 * The assessment as a complete, pretty-printed JSON export:
 * `{ "format": "trustline-assessment", "schema": 2, "assessment": { … } }`.
 *
 * Deterministic: no export time is added, and the assessment's fields are written in a fixed
 * order (answers by code), so exporting the same assessment twice gives the same file.
 * `parseImport` of the result gives back an equal assessment for any assessment that
 * `parseAssessment` accepts unchanged, which is every assessment the site itself saves.
 */
export function toJson(assessment: Assessment): string {
	// Codes are integer keys, which every engine enumerates in ascending order, so the answers come
	// out sorted by code however they were added.
	const answers: Answers = {};
	for (const [code, answer] of Object.entries(assessment.answers)) {
		answers[code] = copyAnswer(answer);
	}
	const targets = Object.fromEntries(ENVIRONMENT_IDS.map((env) => [env, assessment.targets[env]]));
	const file = {
		format: EXPORT_FORMAT,
		schema: EXPORT_SCHEMA,
		assessment: {
			id: assessment.id,
			name: assessment.name,
			createdAt: assessment.createdAt,
			updatedAt: assessment.updatedAt,
			bankVersion: assessment.bankVersion,
			targets,
			answers,
			...(assessment.pendingNotes && Object.keys(assessment.pendingNotes).length
				? { pendingNotes: assessment.pendingNotes }
				: {}),
			...(assessment.reviewInterval === undefined
				? {}
				: { reviewInterval: assessment.reviewInterval }),
			...(assessment.repository ? { repository: assessment.repository } : {}),
		},
	};
	return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The message for a file of `bytes` bytes that is too large to import, or null if it is not.
 * The import panel can call this with `File.size` before reading the file at all.
 */
export function importSizeProblem(bytes: number): string | null {
	if (!(bytes > MAX_IMPORT_BYTES)) return null;
	const megabytes = Math.ceil(bytes / 100_000) / 10;
	return `The file is too large to import (${megabytes} MB); a Trustline assessment export is at most ${MAX_IMPORT_BYTES / 1_000_000} MB.`;
}

/** The message for text that is not JSON, naming where it goes wrong. */
function invalidJson(text: string): string {
	const kind = otherExport(text);
	if (kind) {
		return `This is a Trustline ${kind}, which cannot be imported; choose the JSON export (a .json file) instead.`;
	}
	const where = describeJsonError(text);
	return where ? `The file is not valid JSON (${where}).` : 'The file is not valid JSON.';
}

/** Which of the other Trustline exports the text is, if any: they are easy to pick by mistake. */
function otherExport(text: string): string | null {
	if (text.startsWith(CSV_COLUMNS.join(','))) return 'CSV export';
	if (text.startsWith(`# ${REPORT_TITLE}: `)) return 'Markdown report';
	if (text.startsWith(`# ${PLAN_TITLE}: `)) return 'action plan';
	return null;
}

/** "code 7", "codes 7 and 8", "codes 7, 8 and 9", "codes 1, 2, … 10 and 5 more". */
function listCodes(codes: readonly string[]): string {
	const shown = codes.slice(0, LISTED_CODES);
	const rest = codes.length - shown.length;
	if (codes.length === 1) return `code ${codes[0]}`;
	if (rest > 0) return `codes ${shown.join(', ')} and ${rest} more`;
	return `codes ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** Warnings about an assessment that was read: things the user should know, not failures. */
function warningsFor(
	assessment: Assessment,
	raw: Record<string, unknown>,
	bank: BankModel
): string[] {
	const warnings: string[] = [];
	const rawAnswers = raw['answers'];
	const given = isObject(rawAnswers) ? Object.keys(rawAnswers).length : 0;
	const kept = Object.keys(assessment.answers).length;
	if (given > kept) {
		const dropped = given - kept;
		warnings.push(
			dropped === 1
				? 'One answer in the file was not valid and was left out.'
				: `${dropped} answers in the file were not valid and were left out.`
		);
	}

	let givenEvidence = 0;
	if (isObject(rawAnswers)) {
		// Only answers that were kept: a dropped answer is reported above, with its evidence.
		for (const key of Object.keys(assessment.answers)) {
			const raw = rawAnswers[key];
			if (isObject(raw) && Array.isArray(raw['evidence'])) givenEvidence += raw['evidence'].length;
		}
	}
	const keptEvidence = Object.values(assessment.answers).reduce(
		(n, answer) => n + (answer.evidence?.length ?? 0),
		0
	);
	if (givenEvidence > keptEvidence) {
		const dropped = givenEvidence - keptEvidence;
		warnings.push(
			`${dropped === 1 ? 'One piece' : `${dropped} pieces`} of evidence in the file ${dropped === 1 ? 'was' : 'were'} left out: ` +
				'evidence is a link starting with http:// or https://, or a short text, and an answer holds at most five.'
		);
	}

	const known = new Set(bank.controls.map((c) => String(c.code)));
	const unknown = Object.keys(assessment.answers)
		.filter((code) => !known.has(code))
		.sort((a, b) => Number(a) - Number(b));
	if (unknown.length > 0) {
		warnings.push(
			`The file answers ${unknown.length === 1 ? 'a question' : `${unknown.length} questions`} ` +
				`that this question bank does not have (${listCodes(unknown)}); ` +
				(unknown.length === 1
					? 'that answer is kept but counts towards no score.'
					: 'those answers are kept but count towards no score.')
		);
	}

	if (assessment.bankVersion < bank.version) {
		warnings.push(
			`The assessment was answered against question-bank version ${assessment.bankVersion}, ` +
				`and this site uses version ${bank.version}; some questions may have changed or be new.`
		);
	} else if (assessment.bankVersion > bank.version) {
		warnings.push(
			`The assessment was answered against question-bank version ${assessment.bankVersion}, ` +
				`which is newer than this site's version ${bank.version}; reload the page to get the latest questions.`
		);
	}
	return warnings;
}

/** The import once the text is parsed; may throw only through a bug, which `parseImport` catches. */
function importValue(data: unknown, bank: BankModel): ImportOutcome {
	if (!isObject(data)) return { ok: false, problem: 'This is not a Trustline assessment export.' };
	let raw: unknown;
	if (Object.hasOwn(data, 'format')) {
		if (data['format'] !== EXPORT_FORMAT) {
			return { ok: false, problem: 'This is not a Trustline assessment export.' };
		}
		const schema = data['schema'];
		if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) {
			return {
				ok: false,
				problem: 'This Trustline export does not say which version of the format it uses.',
			};
		}
		if (schema > EXPORT_SCHEMA) {
			return {
				ok: false,
				problem:
					`This file was exported by a newer version of Trustline (export format ${schema}; ` +
					`this page reads format ${EXPORT_SCHEMA}). Reload the page to get the latest version, then import it again.`,
			};
		}
		raw = data['assessment'];
		if (!isObject(raw)) return { ok: false, problem: 'The export contains no assessment.' };
	} else if (['answers', 'bankVersion'].some((key) => Object.hasOwn(data, key))) {
		// A bare assessment object, as older tools or a hand-made file may hold.
		raw = data;
	} else {
		return { ok: false, problem: 'This is not a Trustline assessment export.' };
	}

	const parsed = parseAssessment(raw);
	if (!parsed.ok) {
		return { ok: false, problem: `The assessment cannot be imported: ${parsed.problem}.` };
	}
	return {
		ok: true,
		assessment: parsed.assessment,
		warnings: warningsFor(parsed.assessment, raw as Record<string, unknown>, bank),
	};
}

/**
 * Reads an imported file's text: the JSON export, or a bare assessment object. Never throws.
 *
 * The problem, when there is one, is a sentence for the user: an empty or too large file, text
 * that is not JSON (with the line and column where it goes wrong), one of Trustline's other
 * exports, JSON that is not a Trustline export, an export from a newer Trustline, or an
 * assessment that `parseAssessment` refuses (with its reason). Warnings name answers that were
 * dropped as invalid, answers to codes the bank does not hold (they are kept, but not scored),
 * and a question-bank version other than the bank's.
 */
export function parseImport(text: string, bank: BankModel): ImportOutcome {
	try {
		const read = readJsonText(text, importSizeProblem, invalidJson);
		return read.ok ? importValue(read.data, bank) : read;
	} catch {
		// Nothing above is known to throw; this keeps the promise if a future change does.
		return { ok: false, problem: 'The file could not be read as a Trustline assessment.' };
	}
}
