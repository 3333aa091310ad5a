/**
 * Results inside links that carry several of them (the comparison link, src/lib/compare/link.ts).
 * Each result is packed exactly as a result link packs it (codec.ts: the payload without prefix
 * and checksum), and read back through decodeResult with all of its checks, so the answer packing
 * and its validation exist once. The outer link carries one checksum for all of them.
 *
 * Unlike decodeResult, which reads an older link against the current bank, these helpers keep
 * the version a result was answered against: a comparison compares results from different bank
 * versions only on the controls they share, so it needs to know which those are.
 */
import { CHECKSUM_BYTES, openLink, sealFragment } from '../links/envelope';
import type { BankModel } from '../model';
import {
	decodeResult,
	encodeResult,
	READABLE_FORMATS,
	MAX_PAYLOAD_BYTES,
	RESULT_LINK,
	RESULT_PREFIX,
	type DecodeOutcome,
} from './codec';
import { normalizeShared, versionCodes, type SharedResult } from './shared';

/**
 * The binary payload of a result link for `result`, without notes: what `encodeResult` seals
 * between its prefix and its checksum. Rejects as encodeResult does for a result no link carries.
 */
export async function encodeResultPayload(
	result: SharedResult,
	bank: BankModel
): Promise<Uint8Array> {
	const opened = openLink(await encodeResult(result, bank), RESULT_LINK);
	// encodeResult seals what openLink opens; anything else is a bug in one of them.
	if (!opened.ok) throw new Error(`A fresh result link did not open (${opened.reason})`);
	return opened.payload;
}

/** The bank version a result payload names (byte 1 of every format), or undefined. */
export function payloadBankVersion(payload: Uint8Array): number | undefined {
	return payload.length >= 2 && READABLE_FORMATS.includes(payload[0]!) ? payload[1] : undefined;
}

/**
 * `result` (as decodeResult returns it, on the current bank) restated at the bank version its
 * answers were given against: only the answers to codes that version holds are kept. The result
 * is canonical for that version (validateShared passes). Undefined for a version the bank does
 * not know.
 */
export function atVersion(
	result: SharedResult,
	version: number,
	bank: BankModel
): SharedResult | undefined {
	if (!versionCodes(bank, version)) return undefined;
	return normalizeShared({ ...result, bankVersion: version }, bank, false);
}

/**
 * Decodes a result link (any form decodeResult accepts) and keeps the bank version it was made
 * with: `result.bankVersion` is that version and its answers are those the version holds (answers
 * to retired controls are dropped, as decodeResult drops them; notes are left out). Never rejects.
 */
export async function decodeResultAtSource(
	fragment: string,
	bank: BankModel
): Promise<DecodeOutcome> {
	const outcome = await decodeResult(fragment, bank);
	if (!outcome.ok) return outcome;
	const opened = openLink(fragment, RESULT_LINK);
	const version = opened.ok ? payloadBankVersion(opened.payload) : undefined;
	const result = version === undefined ? undefined : atVersion(outcome.result, version, bank);
	if (!result) {
		return {
			ok: false,
			reason: 'invalid',
			message: 'This results link could not be read: its question-bank version is not valid.',
		};
	}
	return { ...outcome, result };
}

/** Decodes one result payload (as encodeResultPayload made it), keeping its bank version. Never rejects. */
export async function decodeResultPayload(
	payload: Uint8Array,
	bank: BankModel
): Promise<DecodeOutcome> {
	if (payload.length + CHECKSUM_BYTES > MAX_PAYLOAD_BYTES) {
		return {
			ok: false,
			reason: 'too-long',
			message: 'This result is longer than any link can be.',
		};
	}
	return decodeResultAtSource(sealFragment(RESULT_PREFIX, payload), bank);
}
