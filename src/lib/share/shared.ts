/**
 * The shape a result link carries (SharedResult), how an assessment becomes one, and the checks
 * that decide whether a value is a well-formed, canonical one for a given bank.
 */
import {
	ENVIRONMENT_IDS,
	DEFAULT_TARGET,
	codesOfVersion,
	type AnswerValue,
	type Answers,
	type Assessment,
	type BankModel,
	type ControlAnswer,
	type Level,
	type Targets,
} from '../model';
import { cleanName, cleanNote } from '../text';
// Types only: importing ../evidence/ here would pull it into the 'codec' chunk (astro.config.mjs),
// and the questionnaire, which reads evidence but never links, would then load the codec.
import type { ReviewInterval } from '../evidence/days';

/** One assessment as a result link carries it. */
export interface SharedResult {
	/** The question-bank version the answers refer to. */
	bankVersion: number;
	/** The assessment's name, cleaned (see cleanName). */
	name: string;
	/** The day the assessment was last changed, YYYY-MM-DD. */
	date: string;
	targets: Targets;
	/**
	 * Keys are String(code); unanswered controls have no key; note, naReason, evidence and
	 * checkedOn only when included.
	 */
	answers: Answers;
	/** How often answers are due for review, only when notes and evidence are included. */
	reviewInterval?: ReviewInterval;
}

const EPOCH = Date.UTC(2020, 0, 1);
const DAY_MS = 86_400_000;
/** Links store the date as a 16-bit day count, so this is the last day they can carry (2199-06-04). */
export const MAX_DAY = 0xffff;
/** The first and last dates a link can carry. */
export const FIRST_DATE = '2020-01-01';
export const LAST_DATE = dateOfDay(MAX_DAY);

/** Days since 2020-01-01 of a real calendar date written YYYY-MM-DD, or undefined if it is not one or is out of range. */
export function dayNumber(date: string): number | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const time = Date.UTC(year, month - 1, day);
	// Date.UTC rolls 2021-02-30 over to March; a real date survives the round trip unchanged.
	if (new Date(time).toISOString().slice(0, 10) !== date) return undefined;
	const days = (time - EPOCH) / DAY_MS;
	return days >= 0 && days <= MAX_DAY ? days : undefined;
}

/** The YYYY-MM-DD date `days` days after 2020-01-01. */
export function dateOfDay(days: number): string {
	return new Date(EPOCH + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The codes of a bank version, ascending and without duplicates: the order answers are packed in.
 * Sorted defensively because `previous` comes from hand-edited YAML.
 */
export function versionCodes(bank: BankModel, version: number): number[] | undefined {
	const codes = codesOfVersion(bank, version);
	return codes && [...new Set(codes)].sort((a, b) => a - b);
}

/** True for a maturity level, 0 to 3. */
export function isLevel(x: unknown): x is Level {
	return x === 0 || x === 1 || x === 2 || x === 3;
}

/** True for an answer a link can carry: a level, 'na' or 'unknown'. */
export function isAnswerValue(x: unknown): x is AnswerValue {
	return isLevel(x) || x === 'na' || x === 'unknown';
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function hasOnlyKeys(x: Record<string, unknown>, allowed: readonly string[]): boolean {
	return Object.keys(x).every((key) => allowed.includes(key));
}

/** A clean, non-empty text within limits, as a link carries notes and reasons. */
function isCleanNote(x: unknown): x is string {
	return typeof x === 'string' && x !== '' && cleanNote(x) === x;
}

/**
 * True when `x` is a SharedResult in canonical form for `bank`: a known bank version, a clean name,
 * a real date a link can carry, a Level per environment, perhaps a review interval, and answers
 * only for that version's codes with non-empty clean notes (reasons only on Not applicable), clean
 * evidence, checked-on days a link can carry, and no other keys. Everything
 * decodeResult yields passes it; tests hold decoding to that.
 */
export function validateShared(x: unknown, bank: BankModel): x is SharedResult {
	if (!isPlainObject(x)) return false;
	if (!hasOnlyKeys(x, ['bankVersion', 'name', 'date', 'targets', 'answers', 'reviewInterval']))
		return false;
	// The review intervals of ../evidence/days.ts (see the import above for why not imported).
	if ('reviewInterval' in x && ![3, 6, 12, 'none'].includes(x['reviewInterval'] as number))
		return false;
	const { bankVersion, name, date, targets, answers } = x;
	if (typeof bankVersion !== 'number' || !Number.isInteger(bankVersion)) return false;
	const codes = versionCodes(bank, bankVersion);
	if (!codes) return false;
	if (typeof name !== 'string' || cleanName(name) !== name) return false;
	if (typeof date !== 'string' || dayNumber(date) === undefined) return false;
	if (!isPlainObject(targets) || Object.keys(targets).length !== ENVIRONMENT_IDS.length)
		return false;
	if (!ENVIRONMENT_IDS.every((id) => Object.hasOwn(targets, id) && isLevel(targets[id])))
		return false;
	if (!isPlainObject(answers)) return false;
	const known = new Set(codes.map(String));
	return Object.entries(answers).every(([key, answer]) => {
		if (!known.has(key) || !isPlainObject(answer)) return false;
		if (!hasOnlyKeys(answer, ['value', 'note', 'naReason', 'evidence', 'checkedOn'])) return false;
		// Evidence is checked entry by entry where it is read (./evidence-link.ts, loaded only for
		// links that carry it, cleans it as saved evidence is cleaned); here only its shape.
		if ('evidence' in answer && !(answer['evidence'] as unknown[])?.length) return false;
		if ('checkedOn' in answer && dayNumber(String(answer['checkedOn'])) === undefined) return false;
		if (!isAnswerValue(answer['value'])) return false;
		if ('note' in answer && !isCleanNote(answer['note'])) return false;
		if ('naReason' in answer && (answer['value'] !== 'na' || !isCleanNote(answer['naReason'])))
			return false;
		return true;
	});
}

/**
 * The canonical SharedResult a link made from `result` decodes to: text cleaned, empty notes and
 * reasons dropped (and all of them unless `includeNotes`), reasons kept only on Not applicable,
 * answers to codes the version does not hold left out. Throws a TypeError or RangeError for
 * what no link can carry (an unknown bank version, an invalid date, target or answer value),
 * which is a programming error rather than user input.
 */
export function normalizeShared(
	result: SharedResult,
	bank: BankModel,
	includeNotes: boolean
): SharedResult {
	const codes = versionCodes(bank, result.bankVersion);
	if (!codes)
		throw new RangeError(`Question bank version ${result.bankVersion} is not known to this site`);
	if (dayNumber(result.date) === undefined) {
		throw new RangeError(
			`Date ${JSON.stringify(result.date)} is not a YYYY-MM-DD date from ${FIRST_DATE} to ${LAST_DATE}`
		);
	}
	const targets = {} as Targets;
	for (const id of ENVIRONMENT_IDS) {
		const level = result.targets[id];
		if (!isLevel(level)) throw new TypeError(`Target for ${id} is not a level 0-3`);
		targets[id] = level;
	}
	const answers: Answers = {};
	for (const code of codes) {
		const answer = result.answers[String(code)];
		if (answer === undefined) continue;
		if (!isAnswerValue(answer.value))
			throw new TypeError(`Answer to control ${code} has an invalid value`);
		const out: ControlAnswer = { value: answer.value };
		if (includeNotes) {
			const note = cleanNote(answer.note ?? '');
			if (note) out.note = note;
			const reason = answer.value === 'na' ? cleanNote(answer.naReason ?? '') : '';
			if (reason) out.naReason = reason;
		}
		answers[String(code)] = out;
	}
	return {
		bankVersion: result.bankVersion,
		name: cleanName(result.name),
		date: result.date,
		targets,
		answers,
	};
}

/** The date part of an ISO 8601 timestamp as written, or undefined. */
function datePart(timestamp: unknown): string | undefined {
	if (typeof timestamp !== 'string') return undefined;
	// The calendar day as the timestamp states it, so the result does not depend on the reader's time zone.
	const date = timestamp.slice(0, 10);
	return dayNumber(date) === undefined ? undefined : date;
}

/**
 * The bank version to share answers at: their own, or the current one once they include answers to
 * controls their own version does not hold (questions added since the assessment was started and
 * answered on this site). Without this, a link would silently drop the newest answers.
 */
export function sharedVersion(version: number, answers: Answers, bank: BankModel): number {
	if (version >= bank.version) return version;
	const then = new Set(versionCodes(bank, version) ?? []);
	const now = new Set(versionCodes(bank, bank.version) ?? []);
	const newer = Object.keys(answers).some(
		(code) => !then.has(Number(code)) && now.has(Number(code))
	);
	return newer ? bank.version : version;
}

/**
 * The SharedResult of a saved assessment, dated by its last change (`updatedAt`, falling back to
 * `createdAt`, then to the first date a link can carry). Notes, Not-applicable reasons, evidence,
 * checked-on days and the review interval are kept only when `includeNotes` (evidence and days as
 * saved: encodeResult cleans them); answers with invalid values (a damaged local store) are left out.
 */
export function assessmentToShared(
	a: Assessment,
	includeNotes: boolean,
	bank?: BankModel
): SharedResult {
	const targets = {} as Targets;
	for (const id of ENVIRONMENT_IDS) {
		const level = a.targets?.[id];
		targets[id] = isLevel(level) ? level : DEFAULT_TARGET;
	}
	const answers: Answers = {};
	for (const [code, answer] of Object.entries(a.answers ?? {})) {
		if (!isPlainObject(answer) || !isAnswerValue(answer.value)) continue;
		const out: ControlAnswer = { value: answer.value };
		if (includeNotes) {
			const note = typeof answer.note === 'string' ? cleanNote(answer.note) : '';
			if (note) out.note = note;
			const reason =
				answer.value === 'na' && typeof answer.naReason === 'string'
					? cleanNote(answer.naReason)
					: '';
			if (reason) out.naReason = reason;
			if (answer.evidence) out.evidence = answer.evidence;
			if (answer.checkedOn) out.checkedOn = answer.checkedOn;
		}
		answers[code] = out;
	}
	const shared: SharedResult = {
		bankVersion: bank ? sharedVersion(a.bankVersion, answers, bank) : a.bankVersion,
		name: cleanName(typeof a.name === 'string' ? a.name : ''),
		date: datePart(a.updatedAt) ?? datePart(a.createdAt) ?? FIRST_DATE,
		targets,
		answers,
	};
	if (includeNotes && a.reviewInterval !== undefined) shared.reviewInterval = a.reviewInterval;
	return shared;
}
