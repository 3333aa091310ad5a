/**
 * Test-only fixtures: synthetic question banks of any size and history, so the share tests do not
 * depend on how much content/ holds at the moment. Not imported by site code.
 */
import { ENVIRONMENT_IDS, type BankControl, type BankModel } from '../model';

/** A control with the given code; its environment cycles so every section has some. */
export function fakeControl(code: number, index = code): BankControl {
	const environment = ENVIRONMENT_IDS[index % ENVIRONMENT_IDS.length]!;
	return {
		code,
		id: `control-${code}`,
		title: `Control ${code}`,
		question: `Does the team do thing number ${code}?`,
		environment,
		capability: 'Identity and access',
		weight: 2,
		mitigates: ['some-threat'],
		guide: `control-${code}`,
		levels: ['Nothing at all.', 'Some of it.', 'Most of it.', 'All of it, enforced.'],
	};
}

/** A bank of the given version holding `codes`, with earlier versions in `previous`. */
export function fakeBank(
	version: number,
	codes: number[],
	previous: { version: number; codes: number[] }[] = []
): BankModel {
	return {
		version,
		released: '2026-11-26',
		environments: ENVIRONMENT_IDS.map((id, order) => ({ id, name: id, order })),
		controls: codes.map((code, i) => fakeControl(code, i)),
		threats: [],
		previous,
	};
}

/** 66 controls, 22 per environment, with codes grouped by environment as the content uses them. */
export const CODES_66 = ENVIRONMENT_IDS.flatMap((_, env) =>
	Array.from({ length: 22 }, (_, i) => (env + 1) * 100 + i + 1)
);

/** A full-size bank at version 1. */
export const BANK_66 = fakeBank(1, CODES_66);
