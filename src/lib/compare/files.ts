/**
 * Dropped or chosen JSON exports as comparison results, read with the export module's
 * `parseImport`. Kept apart from ./entries.ts so that the comparison page loads the import code
 * (and the export module it lives in) only when a file is actually dropped.
 */
import type { BankModel } from '../model';
import { parseImport } from '../export/json';
import { resultOfAssessment, type ReadOutcome } from './entries';

/** Reads one dropped or chosen file: a Trustline JSON export. Never throws. */
export function readFile(name: string, text: string, bank: BankModel): ReadOutcome {
	const outcome = parseImport(text, bank);
	if (!outcome.ok) {
		return { loaded: [], problems: [{ where: name, excerpt: '', message: outcome.problem }] };
	}
	const result = resultOfAssessment(outcome.assessment, bank);
	if (!result) {
		return {
			loaded: [],
			problems: [
				{
					where: name,
					excerpt: '',
					message: `It was answered against question bank version ${outcome.assessment.bankVersion}, which this site does not know, so it cannot be compared.`,
				},
			],
		};
	}
	return { loaded: [{ result, source: 'file' }], problems: [] };
}
