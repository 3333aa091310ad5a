import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { lightBank } from '../model';
import { BANK } from './fixtures';
import { controlTextsOf as bankTextOf } from '../workshop/texts';
import { withBankText } from './bank-text';

describe('withBankText', () => {
	test('returns the full bank from the light one and the texts', () => {
		const text = JSON.parse(JSON.stringify(bankTextOf(BANK))) as unknown;
		const full = withBankText(lightBank(BANK), text);
		expect(full.controls).toEqual(BANK.controls);
	});

	test('returns the bank unchanged for texts of another version', () => {
		const light = lightBank(BANK);
		expect(withBankText(light, { ...bankTextOf(BANK), version: 99 })).toBe(light);
	});

	test('returns only the well-formed entries filled in', () => {
		const text = bankTextOf(BANK);
		text.controls['101'] = {
			question: 'Q?',
			levels: ['a', 'b', 'c'] as unknown as [string, string, string, string],
		};
		const full = withBankText(lightBank(BANK), text);
		expect(full.controls.find((c) => c.code === 101)?.levels).toEqual(['', '', '', '']);
		expect(full.controls.find((c) => c.code === 102)?.levels).toEqual(
			BANK.controls.find((c) => c.code === 102)?.levels
		);
	});

	test('never throws on anything a server could send', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				expect(() => withBankText(lightBank(BANK), value)).not.toThrow();
				expect(() => withBankText(lightBank(BANK), { version: 1, controls: value })).not.toThrow();
			})
		);
	});
});
