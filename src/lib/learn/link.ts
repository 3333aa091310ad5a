/**
 * Completion links: which training modules a learner passed, and when, in the fragment of
 * `/learn/completion/#l.…`, so a new starter can show their lead without any server. The link is a
 * self-report: anyone can make one, so the page says so and shows its contents as untrusted text.
 *
 * Fragment: `l.` then base64url, unpadded, of the payload followed by its CRC-32 (see
 * ../links/envelope.ts). Payload, format 1:
 *
 *   byte 0       format version, 1; a reader refuses any other with 'unsupported-format'
 *   bytes 1-2    the day the link was made: days since 2020-01-01, uint16 big-endian
 *   then         learner name: varint byte length, then UTF-8 (may be empty)
 *   then         module count (0-32), one byte
 *   then         per module: id as varint byte length and ASCII; day passed, uint16; questions
 *                answered correctly, one byte; questions in the check, one byte
 *
 * Module ids rather than positions, so a link keeps its meaning when modules are added or
 * reordered. Four modules and a short name make about 80 bytes, about 110 characters. The payload
 * is so small that DEFLATE would only add its own overhead, so it is not compressed.
 */
import { ByteReader, ByteWriter, fromUtf8, utf8 } from '../bytes/bytes';
import {
	CHECKSUM_BYTES,
	linkMessage,
	maxFragmentChars,
	openLink,
	RECOPY,
	sealFragment,
	type LinkKind,
} from '../links/envelope';
import { isPassing } from '../quiz/score';
import { dateOfDay, dayNumber } from '../share/shared';
import { cleanName, MAX_NAME_LENGTH } from '../text';

/** What a completion fragment starts with. */
export const COMPLETION_PREFIX = 'l.';
/** The payload layout this module writes. */
export const COMPLETION_FORMAT = 1;
/** Most modules a link lists. */
export const MAX_LINK_MODULES = 32;
/** Longest module id a link carries. */
export const MAX_MODULE_ID = 40;
/** Most questions one module's check may have to fit the one-byte counts. */
export const MAX_LINK_QUESTIONS = 255;
/** Cap on the payload: ample for 32 modules and a long name. */
export const MAX_COMPLETION_BYTES = 2048;
/** Completion links in the one link envelope. */
export const COMPLETION_LINK: LinkKind = {
	prefix: COMPLETION_PREFIX,
	noun: 'completion link',
	format: COMPLETION_FORMAT,
	maxPayloadBytes: MAX_COMPLETION_BYTES,
};
/** Longest fragment a reader looks at. */
export const MAX_COMPLETION_CHARS = maxFragmentChars(COMPLETION_LINK);

const MODULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One passed module as a link carries it. */
export interface CompletedModule {
	/** The module id, e.g. "developer". */
	id: string;
	/** The day it was passed, YYYY-MM-DD. */
	passedOn: string;
	correct: number;
	total: number;
}

/** What a completion link carries. */
export interface CompletionSummary {
	/** The learner's name as they typed it, cleaned (see cleanName); may be empty. */
	name: string;
	/** The day the link was made, YYYY-MM-DD. */
	date: string;
	/** Passed modules, in path order, each id once. */
	modules: CompletedModule[];
}

/** Why a link did not open. */
export type CompletionErrorReason =
	| 'empty'
	| 'not-a-completion-link'
	| 'bad-characters'
	| 'truncated'
	| 'checksum'
	| 'too-long'
	| 'unsupported-format'
	| 'invalid';

export type CompletionOutcome =
	| { ok: true; summary: CompletionSummary }
	| { ok: false; reason: CompletionErrorReason; message: string };

/** User-facing messages: what is wrong, then what to do. */
const COMPLETION_MESSAGES: Record<CompletionErrorReason, string> = {
	empty: linkMessage(COMPLETION_LINK, 'empty'),
	'not-a-completion-link': `This is not a Trustline training completion link. Check that you opened the link you were sent. ${RECOPY}`,
	'bad-characters': linkMessage(COMPLETION_LINK, 'bad-characters'),
	truncated: linkMessage(COMPLETION_LINK, 'truncated'),
	checksum: linkMessage(COMPLETION_LINK, 'checksum'),
	'too-long': linkMessage(COMPLETION_LINK, 'too-long'),
	'unsupported-format': linkMessage(COMPLETION_LINK, 'unsupported-format'),
	invalid: `This completion link could not be read: it passed its check but its contents are not valid. ${RECOPY}`,
};

function failure(reason: CompletionErrorReason): CompletionOutcome {
	return { ok: false, reason, message: COMPLETION_MESSAGES[reason] };
}

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

const isByteCount = (x: unknown): x is number =>
	typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_LINK_QUESTIONS;

/**
 * Whether `x` is a summary a link can carry exactly: clean name, real dates in the link range,
 * no module passed after the link was made, unique well-formed ids, passing scores. Decoding only
 * ever returns summaries for which this is true.
 */
export function validateCompletion(x: unknown): x is CompletionSummary {
	if (!isObject(x) || typeof x['name'] !== 'string' || typeof x['date'] !== 'string') return false;
	if (cleanName(x['name']) !== x['name'] || utf8(x['name']).length > MAX_NAME_LENGTH * 4)
		return false;
	const made = dayNumber(x['date']);
	if (made === undefined || !Array.isArray(x['modules']) || x['modules'].length > MAX_LINK_MODULES)
		return false;
	const seen = new Set<string>();
	for (const m of x['modules'] as unknown[]) {
		if (!isObject(m)) return false;
		const { id, passedOn, correct, total } = m;
		if (typeof id !== 'string' || id.length > MAX_MODULE_ID || !MODULE_ID.test(id) || seen.has(id))
			return false;
		seen.add(id);
		const day = typeof passedOn === 'string' ? dayNumber(passedOn) : undefined;
		if (day === undefined || day > made) return false;
		if (!isByteCount(total) || !isByteCount(correct) || !isPassing(correct, total)) return false;
	}
	return true;
}

/**
 * Encodes a summary as a fragment (without '#'), e.g. `l.AQA…`. The name is cleaned first.
 * Throws a TypeError for a summary no link can carry (check with validateCompletion).
 */
export function encodeCompletion(summary: CompletionSummary): string {
	const clean = { ...summary, name: cleanName(summary.name) };
	if (!validateCompletion(clean))
		throw new TypeError('This completion summary cannot be put in a link');
	const w = new ByteWriter().u8(COMPLETION_FORMAT).u16(dayNumber(clean.date)!);
	w.block(utf8(clean.name)).u8(clean.modules.length);
	for (const m of clean.modules) {
		w.block(utf8(m.id)).u16(dayNumber(m.passedOn)!).u8(m.correct).u8(m.total);
	}
	return sealFragment(COMPLETION_PREFIX, w.finish());
}

/**
 * Decodes a completion fragment, with or without '#', or a whole URL. Never throws: a damaged,
 * cut-off, foreign, hostile or too-new link returns `{ ok: false, reason, message }` with a
 * message for the reader. A summary that comes back always passes validateCompletion, but it is
 * still only what someone typed: render its name as text only.
 */
export function decodeCompletion(fragment: unknown): CompletionOutcome {
	try {
		return decode(fragment);
	} catch {
		// Nothing in decode should throw, but a link must never take the page down with it.
		return failure('invalid');
	}
}

function decode(fragment: unknown): CompletionOutcome {
	const opened = openLink(fragment, COMPLETION_LINK);
	if (!opened.ok) {
		switch (opened.reason) {
			case 'wrong-prefix':
				return failure('not-a-completion-link');
			case 'checksum':
				return failure(opened.bytes && looksTruncated(opened.bytes) ? 'truncated' : 'checksum');
			default:
				return failure(opened.reason);
		}
	}
	const r = new ByteReader(opened.payload);
	r.u8(); // The format, which openLink checked.
	const date = dateOfDay(r.u16());
	const name = fromUtf8(r.block());
	const count = r.u8();
	if (count > MAX_LINK_MODULES) return failure('invalid');
	const modules: CompletedModule[] = [];
	for (let i = 0; i < count && !r.overrun; i++) {
		const id = fromUtf8(r.block());
		const passedOn = dateOfDay(r.u16());
		const correct = r.u8();
		const total = r.u8();
		modules.push({ id, passedOn, correct, total });
	}
	if (r.overrun || r.malformed || r.remaining > 0) return failure('invalid');
	const summary: CompletionSummary = { name, date, modules };
	return validateCompletion(summary) ? { ok: true, summary } : failure('invalid');
}

/**
 * Whether bytes that failed their checksum look cut short rather than altered: the lengths their
 * own header announces run past the end. Only a guess for the message; both mean "copy again".
 */
function looksTruncated(bytes: Uint8Array): boolean {
	const r = new ByteReader(bytes);
	if (r.u8() !== COMPLETION_FORMAT) return false;
	r.u16();
	r.block();
	const count = r.u8();
	for (let i = 0; i < count && !r.overrun; i++) {
		r.block();
		r.bytes(4);
	}
	return !r.malformed && (r.overrun || r.remaining < CHECKSUM_BYTES);
}

/** The local calendar day of a moment, YYYY-MM-DD (what a learner calls "the day I passed"). */
export function localDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local day of a moment, clamped into what a link can carry (a device clock may be far off). */
function linkDay(date: Date): string {
	const day = localDay(date);
	if (dayNumber(day) !== undefined) return day;
	return date.getFullYear() < 2020 ? dateOfDay(0) : dateOfDay(0xffff);
}

/**
 * Builds the summary a learner shares: their passed modules, in the order given, with the local
 * day each was passed. Dates a link cannot carry are clamped, so the result always encodes.
 */
export function completionSummary(
	name: string,
	now: Date,
	passed: readonly { id: string; at: string; correct: number; total: number }[]
): CompletionSummary {
	const date = linkDay(now);
	const modules: CompletedModule[] = [];
	for (const p of passed) {
		if (
			modules.length >= MAX_LINK_MODULES ||
			!MODULE_ID.test(p.id) ||
			p.id.length > MAX_MODULE_ID ||
			modules.some((m) => m.id === p.id) ||
			!isByteCount(p.total) ||
			!isByteCount(p.correct) ||
			!isPassing(p.correct, p.total)
		) {
			continue;
		}
		let passedOn = linkDay(new Date(p.at));
		if (passedOn > date) passedOn = date;
		modules.push({ id: p.id, passedOn, correct: p.correct, total: p.total });
	}
	return { name: cleanName(name), date, modules };
}
