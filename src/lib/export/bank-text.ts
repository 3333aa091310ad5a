/**
 * The question bank's long texts (each control's question and four stage descriptions), which
 * `lightBank` leaves out of the results page's props to keep its HTML small. The exports that
 * quote them (tracker items, the CycloneDX attestation) fetch them from `/bank.json`, built from
 * content, only when the user exports, and put them back with `withBankText`.
 */
import type { BankModel } from '../model';

/** What `/bank.json` holds. */
export interface BankText {
	/** The bank version the texts belong to. */
	version: number;
	/** Question and stage descriptions (Traditional to Optimal) by control code. */
	controls: Record<string, { question: string; levels: [string, string, string, string] }>;
}

/** The texts of a (full) bank, as `/bank.json` serves them. */
export function bankTextOf(bank: BankModel): BankText {
	const controls: BankText['controls'] = {};
	for (const c of bank.controls)
		controls[String(c.code)] = { question: c.question, levels: [...c.levels] };
	return { version: bank.version, controls };
}

const isText = (x: unknown): x is string => typeof x === 'string';

/**
 * The bank with its texts filled in from `text` (what `/bank.json` returned, unchecked). Texts of
 * another bank version, or entries of the wrong shape, are ignored: the exports then say less
 * (no stage descriptions) but never say something from another version of a control.
 */
export function withBankText(bank: BankModel, text: unknown): BankModel {
	if (typeof text !== 'object' || text === null) return bank;
	const { version, controls } = text as { version?: unknown; controls?: unknown };
	if (version !== bank.version || typeof controls !== 'object' || controls === null) return bank;
	return {
		...bank,
		controls: bank.controls.map((c) => {
			const key = String(c.code);
			const entry: unknown = Object.hasOwn(controls, key)
				? (controls as Record<string, unknown>)[key]
				: undefined;
			if (typeof entry !== 'object' || entry === null) return c;
			const { question, levels } = entry as { question?: unknown; levels?: unknown };
			if (
				!isText(question) ||
				!Array.isArray(levels) ||
				levels.length !== 4 ||
				!levels.every(isText)
			) {
				return c;
			}
			return {
				...c,
				question,
				levels: [levels[0], levels[1], levels[2], levels[3]] as [string, string, string, string],
			};
		}),
	};
}
