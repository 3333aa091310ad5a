/**
 * The question bank's long texts (each control's question and four stage descriptions), which
 * `lightBank` leaves out of the results page's props to keep its HTML small. The exports that
 * quote them (tracker items, the CycloneDX attestation) fetch them from `/workshop/controls.json`,
 * the file the workshop reads (src/lib/workshop/texts.ts), only when the user exports, and put
 * them back with `withBankText`.
 */
import type { BankModel } from '../model';
import { readControlTexts } from '../workshop/texts';

/**
 * The bank with its texts filled in from `text` (what the file returned, unchecked). Texts of
 * another bank version, or entries of the wrong shape, are ignored: the exports then say less
 * (no stage descriptions) but never say something from another version of a control.
 */
export function withBankText(bank: BankModel, text: unknown): BankModel {
	const texts = readControlTexts(text, bank);
	if (!texts) return bank;
	return {
		...bank,
		controls: bank.controls.map((c) => {
			const entry = texts.get(c.code);
			return entry ? { ...c, question: entry.question, levels: entry.levels } : c;
		}),
	};
}
