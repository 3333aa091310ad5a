import { describe, expect, test } from 'vitest';
import { CODES_66, fakeBank } from './fixtures';
import { encodeResult, RESULT_PREFIX } from './codec';
import { sealFragment } from '../links/envelope';
import {
	atVersion,
	decodeResultAtSource,
	decodeResultPayload,
	encodeResultPayload,
	payloadBankVersion,
} from './multi';
import type { SharedResult } from './shared';

/** Version 2 is current; version 1 lacked the last 6 codes and held code 7, since retired. */
const BANK = fakeBank(2, CODES_66, [{ version: 1, codes: [...CODES_66.slice(0, 60), 7] }]);

const result = (bankVersion: number, answers: SharedResult['answers']): SharedResult => ({
	bankVersion,
	name: 'Payments',
	date: '2026-11-20',
	targets: { developer: 2, platform: 1, application: 3 },
	answers,
});

describe('encodeResultPayload', () => {
	test('returns the payload a result link seals, without prefix or checksum', async () => {
		const r = result(2, { 101: { value: 3, note: 'left out' } });
		const payload = await encodeResultPayload(r, BANK);
		expect(sealFragment(RESULT_PREFIX, payload)).toBe(await encodeResult(r, BANK));
		expect(payloadBankVersion(payload)).toBe(2);
	});
});

describe('payloadBankVersion', () => {
	test.each([
		[[], undefined],
		[[1], undefined],
		[[9, 1], undefined],
		[[1, 7, 0], 7],
	])('returns the version of %j: %s', (bytes, version) => {
		expect(payloadBankVersion(Uint8Array.from(bytes))).toBe(version);
	});
});

describe('decodeResultAtSource and decodeResultPayload', () => {
	test('keep the bank version a result was answered against, dropping retired controls', async () => {
		const old = result(1, { 101: { value: 2 }, 7: { value: 1 } });
		const outcome = await decodeResultAtSource(await encodeResult(old, BANK), BANK);
		expect(outcome.ok && outcome.result).toEqual(result(1, { 101: { value: 2 } }));
		expect(outcome.ok && outcome.warnings.map((w) => w.reason)).toEqual([
			'bank-changed',
			'unknown-codes',
		]);
		const again = await decodeResultPayload(await encodeResultPayload(old, BANK), BANK);
		expect(again.ok && again.result).toEqual(result(1, { 101: { value: 2 } }));
	});

	test('pass on decodeResult’s errors', async () => {
		const outcome = await decodeResultAtSource('#r.AAAA', BANK);
		expect(outcome.ok).toBe(false);
		const bad = await decodeResultPayload(Uint8Array.of(1, 9, 0, 0, 0, 0), BANK);
		expect(bad.ok || bad.reason).toBe('unknown-bank-version');
	});

	test('refuse a payload longer than any link', async () => {
		const outcome = await decodeResultPayload(new Uint8Array(70_000), BANK);
		expect(outcome.ok || outcome.reason).toBe('too-long');
	});
});

describe('atVersion', () => {
	test('returns the result restated at a version, or undefined for an unknown one', () => {
		const now = result(2, { 101: { value: 2 }, [CODES_66[65]!]: { value: 1 } });
		expect(atVersion(now, 1, BANK)).toEqual(result(1, { 101: { value: 2 } }));
		expect(atVersion(now, 5, BANK)).toBeUndefined();
	});
});
