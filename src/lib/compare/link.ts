/**
 * Comparison links: every compared result, whole, in the fragment of `/compare/#c.…`, so a
 * comparison can be shared without a server and never reaches one.
 *
 * Fragment: `c.`, then base64url without padding of the payload followed by 4 bytes of CRC-32 of
 * the payload (the envelope every Trustline link shares, ../links/envelope.ts). Payload, format 1:
 *
 *   byte 0   format version, 1 (a higher one: 'unsupported-format', advise reloading)
 *   then     raw DEFLATE of the body:
 *              varint   number of results, 1 to MAX_COMPARED
 *              then     per result, in column order: varint byte length, then the result
 *                       exactly as a result link's payload holds it (../share/codec.ts), without
 *                       notes, its name being the column's label
 *
 * Reusing the result payload means one answer packing and one set of checks for both kinds of
 * link, and each result keeps the bank version it was answered against. Deflate shares the
 * repeated headers and similar names across results: eight results on the 66-control bank with
 * 20-character names make a link of about 400 characters (see link.test.ts).
 */
import {
	CHECKSUM_BYTES,
	linkMessage,
	maxFragmentChars,
	openLink,
	RECOPY,
	sealFragment,
	type LinkKind,
} from '../links/envelope';
import { ByteReader, ByteWriter } from '../bytes/bytes';
import { deflate, inflate } from '../bytes/deflate';
import type { BankModel } from '../model';
import { MAX_PAYLOAD_BYTES } from '../share/codec';
import { decodeResultPayload, encodeResultPayload } from '../share/multi';
import { validateShared, type SharedResult } from '../share/shared';
import { cleanName } from '../text';

/** What a comparison fragment starts with. */
export const COMPARISON_PREFIX = 'c.';
/** The payload layout this module writes. */
export const COMPARISON_FORMAT = 1;
/** Most results one comparison holds (and one link carries). */
export const MAX_COMPARED = 100;
/** Cap on the compressed payload: it keeps links within what browsers carry. */
export const MAX_COMPARISON_BYTES = 65_536;
/** Cap on the inflated body, against decompression bombs: MAX_COMPARED results of the longest kind. */
export const MAX_BODY_BYTES = MAX_COMPARED * 1024;
/** Comparison links in the one link envelope. */
export const COMPARISON_LINK: LinkKind = {
	prefix: COMPARISON_PREFIX,
	noun: 'comparison link',
	format: COMPARISON_FORMAT,
	maxPayloadBytes: MAX_COMPARISON_BYTES,
};
/** Longest fragment a reader looks at. */
export const MAX_COMPARISON_CHARS = maxFragmentChars(COMPARISON_LINK);

/** Why a comparison link did not open. */
export type ComparisonErrorReason =
	| 'empty'
	| 'not-a-comparison-link'
	| 'bad-characters'
	| 'damaged'
	| 'too-long'
	| 'unsupported-format'
	| 'invalid'
	| 'no-results';

/** A comparison link's results (each at its own bank version), and those that could not be read. */
export type ComparisonOutcome =
	| { ok: true; results: SharedResult[]; problems: string[] }
	| { ok: false; reason: ComparisonErrorReason; message: string };

/** One result to put in a link: the column's label is the name it carries. */
export interface LinkedResult {
	label: string;
	result: SharedResult;
}

const MESSAGES: Record<ComparisonErrorReason, string> = {
	empty: linkMessage(COMPARISON_LINK, 'empty'),
	'not-a-comparison-link': 'This is not a Trustline comparison link.',
	'bad-characters': linkMessage(COMPARISON_LINK, 'bad-characters'),
	damaged: `This comparison link is damaged or incomplete: some of its characters were changed or cut off, so it does not match its own check code. ${RECOPY}`,
	'too-long': linkMessage(COMPARISON_LINK, 'too-long'),
	'unsupported-format': linkMessage(COMPARISON_LINK, 'unsupported-format'),
	invalid:
		'This comparison link could not be read: it passed its check but its contents are not valid. Ask the person who sent it to share the comparison again.',
	'no-results': 'None of the results in this comparison link could be read.',
};

function failure(reason: ComparisonErrorReason, message = MESSAGES[reason]): ComparisonOutcome {
	return { ok: false, reason, message };
}

/**
 * Encodes results as a comparison fragment (without '#'), e.g. `c.AXic…`. Each result goes in
 * without notes, named by its label (cleaned; the result's own name when the label is empty).
 * Rejects with a RangeError for no results, more than MAX_COMPARED, or a payload over
 * MAX_COMPARISON_BYTES, and as encodeResult does for a result no link can carry.
 */
export async function encodeComparison(
	items: readonly LinkedResult[],
	bank: BankModel
): Promise<string> {
	if (items.length === 0) throw new RangeError('A comparison link needs at least one result');
	if (items.length > MAX_COMPARED)
		throw new RangeError(`A comparison link carries at most ${MAX_COMPARED} results`);
	const body = new ByteWriter().varint(items.length);
	for (const { label, result } of items) {
		const name = cleanName(label) || result.name;
		body.block(await encodeResultPayload({ ...result, name }, bank));
	}
	const payload = new ByteWriter()
		.u8(COMPARISON_FORMAT)
		.bytes(await deflate(body.finish()))
		.finish();
	if (payload.length > MAX_COMPARISON_BYTES)
		throw new RangeError('These results are too many to fit in one link');
	return sealFragment(COMPARISON_PREFIX, payload);
}

/**
 * Decodes a comparison fragment, with or without '#' (or a whole URL). Never rejects: a damaged,
 * foreign, hostile or too-new link resolves to `{ ok: false, reason, message }`. A result inside
 * that cannot be read (a bank version this site does not know) is listed in `problems` while the
 * others load. Each result comes back canonical for the bank version it was answered against
 * (validateShared passes); names remain untrusted: render them as text only.
 */
export async function decodeComparison(
	fragment: string,
	bank: BankModel
): Promise<ComparisonOutcome> {
	try {
		const outcome = await decodeUnguarded(fragment, bank);
		if (outcome.ok && !outcome.results.every((r) => validateShared(r, bank)))
			return failure('invalid');
		return outcome;
	} catch {
		return failure('invalid');
	}
}

/**
 * decodeComparison without its safety net, exported only so that fuzz tests see the decoder's own
 * behaviour.
 * @internal
 */
export async function decodeUnguarded(
	fragment: string,
	bank: BankModel
): Promise<ComparisonOutcome> {
	const opened = openLink(fragment, COMPARISON_LINK);
	if (!opened.ok) {
		switch (opened.reason) {
			case 'wrong-prefix':
				return failure('not-a-comparison-link');
			case 'checksum':
			case 'truncated':
				return failure('damaged');
			default:
				return failure(opened.reason);
		}
	}
	const body = await inflate(opened.payload.subarray(1), MAX_BODY_BYTES);
	if (!body) return failure('invalid');

	const r = new ByteReader(body);
	const count = r.varint();
	if (count < 1 || count > MAX_COMPARED) return failure('invalid');
	const blocks: Uint8Array[] = [];
	for (let i = 0; i < count; i++) blocks.push(r.block());
	if (r.overrun || r.malformed || r.remaining !== 0) return failure('invalid');

	const results: SharedResult[] = [];
	const problems: string[] = [];
	for (const [i, block] of blocks.entries()) {
		if (block.length + CHECKSUM_BYTES > MAX_PAYLOAD_BYTES) return failure('invalid');
		const outcome = await decodeResultPayload(block, bank);
		if (outcome.ok) results.push(outcome.result);
		else if (outcome.reason === 'unknown-bank-version' || outcome.reason === 'unsupported-format')
			problems.push(
				`Result ${i + 1} of ${count}: ${outcome.message.replace('This results link', 'It')}`
			);
		// The checksum held, so any other failure is not damage in transit but a bad writer.
		else return failure('invalid');
	}
	if (results.length === 0)
		return failure('no-results', `${MESSAGES['no-results']} ${problems.join(' ')}`.trim());
	return { ok: true, results, problems };
}
