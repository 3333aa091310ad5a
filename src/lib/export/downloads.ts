/**
 * The files the results page offers for download, built on request: the results page loads this
 * module (and the formats it pulls in) only when the user asks for a download.
 */
import type { Assessment, BankModel } from '../model';
import type { ScoreResult } from '../scoring';
import { toCsv } from './csv';
import { toJson } from './json';
import { toActionPlan, toMarkdownReport, type MarkdownOptions } from './markdown';
import type { FormatKind } from './filename';

// The file names too, so the page loads them with the formats, not before.
export { exportFileName } from './filename';

/** The text of one download of an assessment; `options` go to the two Markdown formats. */
export function makeDownload(
	kind: FormatKind,
	assessment: Assessment,
	bank: BankModel,
	result: ScoreResult,
	options: MarkdownOptions = {}
): string {
	switch (kind) {
		case 'json':
			return toJson(assessment);
		case 'csv':
			return toCsv(assessment, bank);
		case 'md':
			return toMarkdownReport(assessment, bank, result, options);
		case 'plan':
			return toActionPlan(assessment, bank, result, options);
	}
}
