/**
 * Result links: one assessment, whole, in the fragment of `/results/#r.…`, so sharing needs no
 * server and the result never reaches one (browsers do not send the fragment).
 *
 * Fragment: `r.`, then base64url without padding of the payload followed by 4 bytes of CRC-32
 * (IEEE) of the payload, big-endian (see ../links/envelope.ts). The checksum is verified before
 * anything is parsed or inflated, so damaged links cost almost nothing to reject. Payload, format 1:
 *
 *   byte 0       format version, 1 (a higher one: 'unsupported-format', advise reloading)
 *   byte 1       question-bank version (1-255) the answers were given against
 *   bytes 2-3    date: days since 2020-01-01, uint16 big-endian (up to 2199-06-04)
 *   byte 4       bits 0-1, 2-3, 4-5: target level per environment in ENVIRONMENT_IDS order
 *                (developer, platform, application); bit 6: a notes section follows the answers;
 *                bit 7: zero (reserved)
 *   then         name: varint byte length, then UTF-8
 *   then         answers: 3 bits per code of that bank version, codes ascending, most
 *                significant bit first, zero-padded to a whole byte. 0 unanswered, 1-4 level 0-3,
 *                5 Not applicable, 6 Don't know, 7 reserved
 *   then         only with bit 6: varint byte length, then the notes section compressed with raw
 *                DEFLATE. Uncompressed it is a run of records, one per control with text, in code
 *                order: varint (index of the control in the version's codes, minus the previous
 *                record's index, minus 1), then the note and the Not-applicable reason, each a
 *                varint byte length (0 = none) and UTF-8
 *
 * Format 2 (written since question bank version 2) is format 1 with one change, so a link for the
 * whole bank stays within 80 characters as the bank grows: the answers are the values above (0-6)
 * as one base-7 number, first code most significant, big-endian in exactly as many bytes as 7^n - 1
 * needs (see ../bytes/radix.ts): 28 bytes for 77 controls instead of 29.
 *
 * Format 3 (written only when the sender ticks "Include notes and evidence" and the result has
 * evidence, checked-on days or a review interval to carry) is format 2 followed by the evidence
 * section: varint byte length, then raw DEFLATE of what ./evidence-link.ts writes (the review
 * interval, then per answer its checked-on day and evidence entries). Links without it stay
 * format 2, byte for byte as before, and a site that predates format 3 asks its reader to reload.
 * Reading and writing the section loads ./evidence-link.ts on demand (chunk 'evidence-link'), so
 * pages pay for it only then.
 *
 * A notes or evidence section that cannot be read (it passed the checksum, so the link was made
 * wrong rather than damaged in transit) costs only itself: the result opens without the notes and
 * evidence, with a warning saying so.
 *
 * Varints are unsigned LEB128. A 77-control bank with a 20-character ASCII name and no notes is
 * 54 bytes of payload plus 4 of checksum in format 2: 80 characters with the prefix (format 1
 * would need 82; the 80-character bound holds up to 79 controls). Format 1 links still open. A
 * fourth environment, more than 255 bank versions or a new kind of answer needs format 3.
 */
import { BitReader } from '../bytes/bits';
import { ByteReader, ByteWriter, fromUtf8, utf8 } from '../bytes/bytes';
import { deflate, inflate } from '../bytes/deflate';
import {
	CHECKSUM_BYTES,
	linkMessage,
	maxFragmentChars,
	openLink,
	RECOPY,
	sealFragment,
	type LinkKind,
} from '../links/envelope';
import { packDigits, radixBytes, unpackDigits } from '../bytes/radix';
import {
	ENVIRONMENT_IDS,
	type AnswerValue,
	type Answers,
	type BankModel,
	type ControlAnswer,
	type Targets,
} from '../model';
import {
	dateOfDay,
	dayNumber,
	normalizeShared,
	validateShared,
	versionCodes,
	type SharedResult,
} from './shared';
import { cleanName, cleanNote, plural } from '../text';

/** What a result fragment starts with. */
export const RESULT_PREFIX = 'r.';
/** The payload layout this module writes. */
export const FORMAT_VERSION = 2;
/** The first format, still read: answers as 3 bits each and the name always length-prefixed. */
const FORMAT_1 = 1;
/** Format 2 with the evidence section after it, written only when there is evidence to carry. */
export const EVIDENCE_FORMAT = 3;
/** Every result format this code reads; bytes 1-4 (bank version, date, flags) mean the same in each. */
export const READABLE_FORMATS: readonly number[] = [FORMAT_1, FORMAT_VERSION, EVIDENCE_FORMAT];
/** How many different answer values a control can have (unanswered, four stages, N/A, Don't know). */
const ANSWER_VALUES = 7;
/**
 * Cap on the binary payload and, separately, on the inflated notes section. It stops
 * decompression bombs and keeps links within what browsers and chat apps carry.
 */
export const MAX_PAYLOAD_BYTES = 65_536;
/** Result links in the one link envelope. */
export const RESULT_LINK: LinkKind = {
	prefix: RESULT_PREFIX,
	noun: 'results link',
	format: FORMAT_VERSION,
	readable: READABLE_FORMATS,
	maxPayloadBytes: MAX_PAYLOAD_BYTES,
};
/** Longest fragment a reader looks at: a full payload in base64url, plus the prefix. */
export const MAX_FRAGMENT_CHARS = maxFragmentChars(RESULT_LINK);

const NOTES_FLAG = 0x40;
const RESERVED_FLAG = 0x80;
const ANSWER_BITS = 3;

/** The evidence section's code (format 3), loaded only when a link carries or will carry it. */
const evidenceLink = () => import('./evidence-link');

/** Why a link did not open. */
export type DecodeErrorReason =
	| 'empty'
	| 'not-a-result-link'
	| 'bad-characters'
	| 'truncated'
	| 'checksum'
	| 'too-long'
	| 'unsupported-format'
	| 'unknown-bank-version'
	| 'invalid';

/** Something the reader should know about a link that did open. */
export interface DecodeWarning {
	reason:
		'bank-changed' | 'unknown-codes' | 'truncated-text' | 'unreadable-notes' | 'unsafe-evidence';
	message: string;
	/** 'bank-changed': controls new since the link was made; 'unknown-codes': retired controls whose answers were dropped. */
	codes?: number[];
}

/** What decodeResult resolves to: the result and any warnings, or why it failed and what to do. */
export type DecodeOutcome =
	| { ok: true; result: SharedResult; warnings: DecodeWarning[] }
	| { ok: false; reason: DecodeErrorReason; message: string };

/** User-facing messages: what is wrong, then what to do. */
const MESSAGES: Record<DecodeErrorReason, string> = {
	empty: linkMessage(RESULT_LINK, 'empty'),
	'not-a-result-link': `This is not a Trustline results link. Check that you opened the link you were sent. ${RECOPY}`,
	'bad-characters': linkMessage(RESULT_LINK, 'bad-characters'),
	truncated: linkMessage(RESULT_LINK, 'truncated'),
	checksum: linkMessage(RESULT_LINK, 'checksum'),
	'too-long': `${linkMessage(RESULT_LINK, 'too-long')} Ask for a link without notes instead.`,
	'unsupported-format': linkMessage(RESULT_LINK, 'unsupported-format'),
	'unknown-bank-version': 'This results link uses a question bank this site does not know.',
	invalid:
		'This results link could not be read: it passed its check but its contents are not valid. Ask the person who sent it to share a new link from their assessment.',
};

function failure(reason: DecodeErrorReason, message = MESSAGES[reason]): DecodeOutcome {
	return { ok: false, reason, message };
}

function answerBits(answer: ControlAnswer | undefined): number {
	if (answer === undefined) return 0;
	if (answer.value === 'na') return 5;
	if (answer.value === 'unknown') return 6;
	return answer.value + 1;
}

/** The answer each 3-bit code stands for (the inverse of answerBits); 7 is reserved. */
const VALUE_OF_BITS: readonly (AnswerValue | undefined)[] = [
	undefined,
	0,
	1,
	2,
	3,
	'na',
	'unknown',
];

/** How many bytes the answers to `count` controls take in a format. */
function answerBytes(format: number, count: number): number {
	return format === FORMAT_1
		? Math.ceil((count * ANSWER_BITS) / 8)
		: radixBytes(count, ANSWER_VALUES);
}

/**
 * Format 1's answers: 3 bits per control, zero-padded to a whole byte; null when the padding is
 * not zero (the value 7 is caught by the caller, as every out-of-range value is).
 */
function readAnswerBits(bytes: Uint8Array, count: number): number[] | null {
	const bits = new BitReader(bytes);
	const out: number[] = [];
	for (let i = 0; i < count; i++) out.push(bits.read(ANSWER_BITS));
	return bits.read(bits.remaining) === 0 ? out : null;
}

/** The uncompressed notes section, or null when no answer has text. */
function notesSection(answers: Answers, codes: number[]): Uint8Array | null {
	const w = new ByteWriter();
	let previous = -1;
	codes.forEach((code, index) => {
		const answer = answers[String(code)];
		if (!answer || (!answer.note && !answer.naReason)) return;
		w.varint(index - previous - 1)
			.block(utf8(answer.note ?? ''))
			.block(utf8(answer.naReason ?? ''));
		previous = index;
	});
	return w.length ? w.finish() : null;
}

/**
 * Encodes a result as a link fragment (without '#'), e.g. `r.AQEaw…`. Text is cleaned and limited
 * first (see normalizeShared); notes, Not-applicable reasons, evidence, checked-on days and the
 * review interval are included only with `includeNotes` (the last three in format 3, with
 * ./evidence-link.ts, which then loads). Rejects with a RangeError when the notes do not fit MAX_PAYLOAD_BYTES (offer a
 * link without notes), and with a TypeError or RangeError for a result no link can carry.
 */
export async function encodeResult(
	result: SharedResult,
	bank: BankModel,
	options: { includeNotes?: boolean } = {}
): Promise<string> {
	let shared = normalizeShared(result, bank, options.includeNotes ?? false);
	const codes = versionCodes(bank, shared.bankVersion)!;
	let evidence: Uint8Array | null = null;
	if (options.includeNotes) {
		const section = await evidenceLink();
		shared = section.withEvidence(shared, result);
		evidence = await section.evidenceSection(shared, codes);
	}
	const notes = notesSection(shared.answers, codes);
	if (notes && notes.length > MAX_PAYLOAD_BYTES) {
		throw new RangeError('The notes are too long to fit in a link');
	}

	let flags = notes ? NOTES_FLAG : 0;
	ENVIRONMENT_IDS.forEach((id, i) => (flags |= shared.targets[id] << (2 * i)));
	const w = new ByteWriter()
		.u8(evidence ? EVIDENCE_FORMAT : FORMAT_VERSION)
		.u8(shared.bankVersion)
		.u16(dayNumber(shared.date)!)
		.u8(flags);
	w.block(utf8(shared.name));
	w.bytes(
		packDigits(
			codes.map((code) => answerBits(shared.answers[String(code)])),
			ANSWER_VALUES
		)
	);
	if (notes) w.block(await deflate(notes));
	if (evidence) w.block(evidence);
	if (w.length + CHECKSUM_BYTES > MAX_PAYLOAD_BYTES) {
		throw new RangeError('The notes are too long to fit in a link');
	}
	return sealFragment(RESULT_PREFIX, w.finish());
}

/**
 * Reads a notes section into `values` (answers by index); true when some text had to be cleaned,
 * null when the section cannot be read (then `values` may hold some of its notes: the caller
 * drops them all).
 */
async function readNotes(
	bytes: Uint8Array,
	values: (ControlAnswer | undefined)[]
): Promise<boolean | null> {
	const section = await inflate(bytes, MAX_PAYLOAD_BYTES);
	if (!section) return null;
	const n = new ByteReader(section);
	let index = -1;
	let cleaned = false;
	while (n.remaining > 0) {
		index += n.varint() + 1;
		const rawNote = fromUtf8(n.block());
		const rawReason = fromUtf8(n.block());
		const answer = values[index];
		if (n.overrun || n.malformed || !answer) return null;
		const note = cleanNote(rawNote);
		const reason = answer.value === 'na' ? cleanNote(rawReason) : '';
		if (note) answer.note = note;
		if (reason) answer.naReason = reason;
		cleaned ||= note !== rawNote || reason !== rawReason;
	}
	return cleaned;
}

/**
 * Whether bytes that failed their checksum look cut short rather than altered: the lengths their
 * own header announces run past the end. Only a guess for the message; both mean "copy again".
 */
function looksTruncated(bytes: Uint8Array, bank: BankModel): boolean {
	const r = new ByteReader(bytes);
	const format = r.u8();
	if (!READABLE_FORMATS.includes(format)) return false;
	const codes = versionCodes(bank, r.u8());
	if (!codes) return false;
	r.u16();
	const flags = r.u8();
	r.block();
	r.bytes(answerBytes(format, codes.length));
	if (flags & NOTES_FLAG) r.block();
	if (format === EVIDENCE_FORMAT) r.block();
	return !r.malformed && (r.overrun || r.remaining < CHECKSUM_BYTES);
}

/**
 * Decodes a result fragment, with or without its leading '#'. Never rejects: a damaged, cut-off,
 * foreign, hostile or too-new link resolves to `{ ok: false, reason, message }`, where `message`
 * tells the reader what is wrong and what to do. A link made against an earlier bank version
 * (listed in `bank.previous`) opens against the current one, with warnings: answers to retired
 * controls are dropped and listed, new controls count as unanswered. Names and notes come back
 * cleaned and limited, but remain untrusted: render them as text only; so do evidence entries.
 */
export async function decodeResult(fragment: string, bank: BankModel): Promise<DecodeOutcome> {
	try {
		const outcome = await decodeUnguarded(fragment, bank);
		// A last line of defence: whatever this function yields must be a canonical result.
		if (outcome.ok && !validateShared(outcome.result, bank)) return failure('invalid');
		return outcome;
	} catch {
		// Nothing should throw, but a link must never take the page down with it.
		return failure('invalid');
	}
}

/**
 * decodeResult without its safety net (the final validation and the catch-all), exported only so
 * that fuzz tests see the decoder's own behaviour: a bug the net would hide fails them instead.
 * @internal
 */
export async function decodeUnguarded(fragment: string, bank: BankModel): Promise<DecodeOutcome> {
	const opened = openLink(fragment, RESULT_LINK);
	if (!opened.ok) {
		switch (opened.reason) {
			case 'wrong-prefix':
				return failure('not-a-result-link');
			case 'checksum':
				return failure(
					opened.bytes && looksTruncated(opened.bytes, bank) ? 'truncated' : 'checksum'
				);
			default:
				return failure(opened.reason);
		}
	}

	const r = new ByteReader(opened.payload);
	const format = r.u8(); // One this code reads: openLink checked it.
	const version = r.u8();
	const codesThen = versionCodes(bank, version);
	if (!codesThen) {
		return failure(
			'unknown-bank-version',
			version > bank.version
				? `This results link uses question bank version ${version}, newer than this site's version ${bank.version}. Reload this page (or clear the browser cache) to get the latest questions, then open the link again.`
				: `This results link uses question bank version ${version}, which this site no longer knows. Ask the person who sent it to open their assessment on the current site and share a new link.`
		);
	}
	const day = r.u16();
	const flags = r.u8();
	const nameBytes = r.block();
	const packed = r.bytes(answerBytes(format, codesThen.length));
	const notesBytes = flags & NOTES_FLAG ? r.block() : undefined;
	const evidenceBytes = format === EVIDENCE_FORMAT ? r.block() : undefined;
	if (r.overrun || r.malformed || r.remaining !== 0 || flags & RESERVED_FLAG)
		return failure('invalid');
	const digits =
		format === FORMAT_1
			? readAnswerBits(packed, codesThen.length)
			: unpackDigits(packed, codesThen.length, ANSWER_VALUES);
	if (!digits) return failure('invalid');

	const targets = {} as Targets;
	ENVIRONMENT_IDS.forEach(
		(id, i) => (targets[id] = ((flags >> (2 * i)) & 3) as Targets[typeof id])
	);

	// Answers by index into codesThen; undefined for unanswered.
	const values: (ControlAnswer | undefined)[] = [];
	for (const n of digits) {
		if (n >= VALUE_OF_BITS.length) return failure('invalid');
		const value = VALUE_OF_BITS[n];
		values.push(value === undefined ? undefined : { value });
	}

	const rawName = fromUtf8(nameBytes);
	const name = cleanName(rawName);
	let textCleaned = name !== rawName;

	const warnings: DecodeWarning[] = [];
	// A notes or evidence section that cannot be read loses only itself (see the module comment).
	let unreadable = false;
	let reviewInterval: SharedResult['reviewInterval'];
	if (notesBytes) {
		const notes = await readNotes(notesBytes, values);
		if (notes === null) unreadable = true;
		else textCleaned ||= notes;
	}
	if (evidenceBytes && !unreadable) {
		const read = await evidenceLink().then((m) => m.readEvidenceSection(evidenceBytes, values));
		if (read === null) unreadable = true;
		else {
			reviewInterval = read.reviewInterval;
			textCleaned ||= read.cleaned;
			if (read.unsafe) warnings.push({ reason: 'unsafe-evidence', message: read.unsafe });
		}
	}
	if (unreadable) {
		values.forEach((answer, i) => (values[i] = answer && { value: answer.value }));
		reviewInterval = undefined;
		textCleaned = name !== rawName;
		warnings.push({
			reason: 'unreadable-notes',
			message: 'The notes and evidence in this link could not be read, so it opens without them.',
		});
	}

	const answers: Answers = {};
	if (version === bank.version) {
		codesThen.forEach((code, i) => {
			const answer = values[i];
			if (answer) answers[String(code)] = answer;
		});
	} else {
		const codesNow = versionCodes(bank, bank.version)!;
		const now = new Set(codesNow);
		const then = new Set(codesThen);
		const dropped: number[] = [];
		codesThen.forEach((code, i) => {
			const answer = values[i];
			if (!answer) return;
			if (now.has(code)) answers[String(code)] = answer;
			else dropped.push(code);
		});
		const added = codesNow.filter((code) => !then.has(code));
		warnings.push({
			reason: 'bank-changed',
			message:
				`This link was made with version ${version} of the question bank; this site uses version ${bank.version}. ` +
				(added.length
					? `${plural(added.length, 'question added since counts', 'questions added since count')} as unanswered. `
					: '') +
				'Some questions may have changed since, so read the answers with that in mind.',
			codes: added,
		});
		if (dropped.length) {
			warnings.push({
				reason: 'unknown-codes',
				message: `${plural(dropped.length, 'answer was', 'answers were')} ignored because the question is no longer in the bank (control ${dropped.join(', ')}).`,
				codes: dropped,
			});
		}
	}
	if (textCleaned) {
		warnings.push({
			reason: 'truncated-text',
			message:
				'Some text in this link was too long or held characters that cannot be shown, so it was shortened or cleaned.',
		});
	}

	const result: SharedResult = {
		bankVersion: bank.version,
		name,
		date: dateOfDay(day),
		targets,
		answers,
	};
	if (reviewInterval !== undefined) result.reviewInterval = reviewInterval;
	return { ok: true, result, warnings };
}
