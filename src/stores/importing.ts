/**
 * Importing a JSON export on /results/: read, validate, and add it or ask what to do when an
 * assessment with its id exists. Loaded on the first import (see importFile in ./results).
 */
import type { Assessment, BankModel } from '../lib/model';
import { createAssessment } from '../lib/assessment/ops';
import { importSizeProblem, parseImport } from '../lib/export/json';
import { $assessments, addAssessment, replaceAssessment } from './assessments';
import type { ImportState } from './results';

/** Reads a JSON export and adds it, or asks what to do when an assessment with its id exists. */
export async function importJsonFile(file: File, bank: BankModel): Promise<ImportState> {
	const fail = (error: string): ImportState => ({ error, status: '', pending: null });
	const tooBig = importSizeProblem(file.size);
	if (tooBig) return fail(`“${file.name}” was not imported: ${tooBig}`);
	const text = await file.text().catch(() => null);
	if (text === null) return fail(`The file “${file.name}” could not be read.`);
	const outcome = parseImport(text, bank);
	if (!outcome.ok) return fail(`“${file.name}” was not imported: ${outcome.problem}`);
	const clash = $assessments.get().find((a) => a.id === outcome.assessment.id);
	if (clash)
		return {
			error: '',
			status: `“${clash.name}” already exists in this browser. Replace it, or import the file as a copy?`,
			pending: outcome.assessment,
		};
	addAssessment(outcome.assessment);
	return {
		error: '',
		status: `Imported “${outcome.assessment.name}”. ${outcome.warnings.join(' ')}`,
		pending: null,
	};
}

/** Settles an import that clashed: replace the saved assessment or import it as a copy. */
export function settleImport(pending: Assessment, choice: 'replace' | 'copy'): string {
	if (choice === 'replace') {
		replaceAssessment(pending);
		return `Replaced “${pending.name}” with the imported file.`;
	}
	const copy = createAssessment(pending.name, pending.bankVersion, new Date());
	addAssessment({ ...pending, id: copy.id });
	return `Imported “${pending.name}” as a copy.`;
}
