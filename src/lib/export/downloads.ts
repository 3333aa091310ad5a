/**
 * The files the results page offers for download, built on request: the results page loads this
 * module (and the formats it pulls in) only when the user asks for a download.
 */
import type { Assessment, BankModel } from '../model';
import type { ScoreResult } from '../scoring';
import { toCsv } from './csv';
import { toJson } from './json';
import { toActionPlan, toMarkdownReport } from './markdown';
import type { FormatKind } from './filename';

/** The text of one download of an assessment. */
export function makeDownload(
	kind: FormatKind,
	assessment: Assessment,
	bank: BankModel,
	result: ScoreResult
): string {
	switch (kind) {
		case 'json':
			return toJson(assessment);
		case 'csv':
			return toCsv(assessment, bank);
		case 'md':
			return toMarkdownReport(assessment, bank, result);
		case 'plan':
			return toActionPlan(assessment, bank, result);
	}
}
