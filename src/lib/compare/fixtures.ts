/**
 * Test-only builders for the comparison tests: results and columns from short answer tables.
 * Not imported by site code.
 */
import type { AnswerValue, BankModel, Targets } from '../model';
import type { SharedResult } from '../share/shared';
import type { Column } from './grid';

/** Targets, Advanced everywhere. */
export const TARGETS: Targets = { developer: 2, platform: 2, application: 2 };

/** A result with the given answers (code -> value) on `version` (the bank's by default). */
export function resultOf(
	bank: BankModel,
	name: string,
	values: Record<number, AnswerValue>,
	version = bank.version,
	date = '2026-11-20'
): SharedResult {
	const answers: SharedResult['answers'] = {};
	for (const [code, value] of Object.entries(values)) answers[code] = { value };
	return { bankVersion: version, name, date, targets: { ...TARGETS }, answers };
}

/** A column holding `result`, keyed by its position. */
export function columnOf(result: SharedResult, index = 0): Column {
	return { key: `c${index}`, label: result.name, result, source: 'link' };
}

/** Every control of the bank answered with `pick(index)`. */
export function fullResult(
	bank: BankModel,
	name: string,
	pick: (index: number) => AnswerValue
): SharedResult {
	const values: Record<number, AnswerValue> = {};
	bank.controls.forEach((c, i) => (values[c.code] = pick(i)));
	return resultOf(bank, name, values);
}
